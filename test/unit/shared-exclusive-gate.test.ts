import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SharedExclusiveGate } from '../../src/adapters/db/shared-exclusive-gate.ts';

describe('shared/exclusive gate', () => {
  it('lets shared holders in together, an exclusive one alone, first come first served', async () => {
    const gate = new SharedExclusiveGate();
    const log: string[] = [];
    await gate.acquireShared();
    await gate.acquireShared();
    const writer = gate.acquireExclusive().then(() => log.push('writer'));
    const lateReader = gate.acquireShared().then(() => log.push('late reader'));
    await new Promise((r) => setTimeout(r, 5));
    expect(log).toEqual([]); // the writer waits for both readers; the late reader waits behind the writer
    gate.releaseShared();
    gate.releaseShared();
    await writer;
    await new Promise((r) => setTimeout(r, 5));
    expect(log).toEqual(['writer']);
    gate.releaseExclusive();
    await lateReader;
    expect(log).toEqual(['writer', 'late reader']);
  });

  it('never lets an exclusive holder overlap anyone (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }), async (modes) => {
        const gate = new SharedExclusiveGate();
        let shared = 0;
        let exclusive = 0;
        await Promise.all(
          modes.map(async (isExclusive, i) => {
            if (isExclusive) {
              await gate.acquireExclusive();
              exclusive++;
              expect(shared).toBe(0);
              expect(exclusive).toBe(1);
              await new Promise((r) => setTimeout(r, i % 3));
              exclusive--;
              gate.releaseExclusive();
            } else {
              await gate.acquireShared();
              shared++;
              expect(exclusive).toBe(0);
              await new Promise((r) => setTimeout(r, i % 2));
              shared--;
              gate.releaseShared();
            }
          }),
        );
      }),
      { numRuns: 50 },
    );
  });
});
