// The heap's growth between full collections: held short on PostgreSQL, where the process's own heap is the
// only one; left to V8 on the embedded database, whose thread would slow with it.
import { spawnSync } from 'node:child_process';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { heapFlags, settleHeap } from '../../src/heap-policy.ts';

describe('heap policy', () => {
  it('grows the heap by 20% at a time on PostgreSQL and leaves V8 its own way on the embedded database', () => {
    expect(heapFlags('postgres')).toBe('--heap-growing-percent=20');
    expect(heapFlags('embedded')).toBeUndefined();
  });

  it('is a setting V8 knows, applied without a warning or an error', () => {
    const script = `import { setFlagsFromString } from 'node:v8'; setFlagsFromString(${JSON.stringify(heapFlags('postgres'))}); console.log('applied');`;
    // V8 only warns (on stderr) of a setting it does not know.
    const { stdout, stderr } = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(stderr).toBe('');
    expect(stdout.trim()).toBe('applied');
  });

  it('makes one full collection once the process has started on PostgreSQL, so the setting holds from then on', async () => {
    const kinds: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        kinds.push((entry as unknown as { detail: { kind: number } }).detail.kind);
    });
    observer.observe({ entryTypes: ['gc'] });
    try {
      settleHeap('postgres');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(kinds).toContain(constants.NODE_PERFORMANCE_GC_MAJOR);
    } finally {
      observer.disconnect();
    }
  });
});
