// Diana's letter when Telegram fails half-way, on both databases: the send that failed gives its claim back, the
// job runs again after its backoff and the letter arrives once; a letter for an item the pack no longer
// answers is dropped with a log line, not retried for ever.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { changeItem } from '../../src/adapters/db/repositories/inventory.ts';
import { jobByKey } from '../../src/adapters/db/repositories/jobs.ts';
import { sideEffectDone } from '../../src/adapters/db/repositories/side-effects.ts';
import { useItem } from '../../src/app/economy/backpack.ts';
import { DIANA_LETTER_JOB, dianaLetterJob, letterKey } from '../../src/app/economy/letters.ts';
import { JobRunner } from '../../src/app/jobs/runner.ts';
import type { OutgoingMessage } from '../../src/app/telegram-gateway.ts';
import { registerUser } from '../../src/app/users.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { testApp } from '../support/app-context.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';
import { FakeGateway } from '../support/fake-gateway.ts';

/** Telegram failing the next `failures` sends (a 500, a network error) before it answers again. */
class FailingGateway extends FakeGateway {
  constructor(private failures: number) {
    super();
  }
  override async send(userId: number, message: OutgoingMessage) {
    if (this.failures-- > 0) throw new Error('Telegram said 500');
    return super.send(userId, message);
  }
}

describe.each(DATABASE_KINDS)('Diana’s letters (%s)', (kind) => {
  let database: Database;
  const clock = new ManualClock('2026-11-23T18:00:00Z');
  let nextId = 91_000;
  beforeAll(async () => {
    database = await freshDatabase(kind);
  });
  afterAll(() => database?.close());

  const leavesALetter = async (app: ReturnType<typeof testApp>) => {
    const id = nextId++;
    await registerUser(app, { id, firstName: `L${id}`, language: 'en' }, null);
    await changeItem(database.db, id, 'carta_perfumada', 1);
    expect(await useItem(app, id, 'carta_perfumada', 0)).toMatchObject({ ok: true, left: 0 });
    return id;
  };

  it('sends the letter once after a failed send, when the job runs again', async () => {
    const app = testApp(database, { clock });
    const telegram = new FailingGateway(1);
    const runner = new JobRunner(
      app,
      { [DIANA_LETTER_JOB]: dianaLetterJob(app, telegram) },
      { backoffMs: 1000 },
    );
    const id = await leavesALetter(app);
    const key = letterKey(id, 'carta_perfumada', 0);
    const wait = app.pack.items.get('carta_perfumada')!.reply!.after_minutes * 60_000;

    clock.advance(wait - 1000);
    expect(await runner.drain()).toBe(0);
    clock.advance(1000);
    expect(await runner.drain()).toBe(1);
    expect(telegram.sent(id)).toEqual([]);
    expect(await sideEffectDone(database.db, key)).toBe(false);
    expect(await jobByKey(database.db, key)).toMatchObject({ status: 'pending', attempts: 1 });

    clock.advance(1000);
    await runner.drain();
    clock.advance(60_000);
    await runner.drain();
    const letters = telegram.sent(id);
    expect(letters).toHaveLength(1);
    expect(letters[0]!.text).toContain('Miss Diana left this on the silver tray');
    expect(letters[0]!.text).toContain('I read your letter twice');
    expect(await sideEffectDone(database.db, key)).toBe(true);
    expect((await jobByKey(database.db, key))?.status).toBe('done');
  });

  it('drops a letter the pack no longer answers, with a log line, and does not retry it', async () => {
    const app = testApp(database, { clock });
    const telegram = new FakeGateway();
    const id = await leavesALetter(app);
    const { reply: _reply, ...silent } = app.pack.items.get('carta_perfumada')!;
    const changed = { ...app.pack, items: new Map(app.pack.items).set('carta_perfumada', silent) };
    const later = { ...app, pack: changed };
    const runner = new JobRunner(later, { [DIANA_LETTER_JOB]: dianaLetterJob(later, telegram) });
    clock.advance(24 * 3_600_000);
    await runner.drain();
    expect(telegram.sent(id)).toEqual([]);
    expect((await jobByKey(database.db, letterKey(id, 'carta_perfumada', 0)))?.status).toBe('done');
  });
});
