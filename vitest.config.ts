import { defineConfig } from 'vitest/config';
import { SlowFirst } from './test/support/slow-first.ts';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 90_000,
    pool: 'forks',
    // Three files at a time on two cores: several spend most of their time waiting (a 5,000-person broadcast at
    // Telegram's pace, processes started and killed, the rollup's minute), and the third keeps the cores busy.
    maxWorkers: 3,
    sequence: { sequencer: SlowFirst },
    env: { LOG_LEVEL: 'silent' },
  },
});
