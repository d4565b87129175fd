// The order the suite's files start in: the longest ones first, so that their minutes (a 5,000-person broadcast
// at Telegram's pace, thousands of concurrent ledger operations, processes started and killed) overlap the many
// short files instead of trailing after them. The rest keep vitest's own order (its cache of the last run's
// durations when there is one). Measured durations on the project's 2-core machine, longest first.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const LONGEST = [
  'test/e2e/broadcasts-kill.test.ts',
  'test/property/economy.property.test.ts',
  'test/e2e/faults-postgres.test.ts',
  'test/integration/backup.test.ts',
  'test/e2e/process.test.ts',
  'test/integration/backup-commands.test.ts',
  'test/e2e/conversation-budget.test.ts',
  'test/property/event-streams.test.ts',
  'test/integration/analytics.test.ts',
  'test/browser/console.test.ts',
];

export class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const at = LONGEST.findIndex((name) => file.moduleId.endsWith(name));
      return at === -1 ? LONGEST.length : at;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
