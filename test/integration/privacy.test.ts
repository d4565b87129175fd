// Data rights on both databases: a person's export holds what is kept about them; forgetting them keeps the
// books balanced under a pseudonymous id, frees their Telegram id (their next registration is a new person),
// is audited when an admin does it, and is completed by the purge job; the append-only rules of the ledger and
// the audit log allow exactly that pseudonymisation and nothing else.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { setMembership } from '../../src/adapters/db/repositories/channels.ts';
import { transact } from '../../src/adapters/db/repositories/events.ts';
import { economyTotals, topEarners } from '../../src/adapters/db/repositories/stats.ts';
import { findUser } from '../../src/adapters/db/repositories/users.ts';
import { tableContents } from '../../src/adapters/db/snapshot.ts';
import { previewAudience } from '../../src/app/broadcasts/broadcasts.ts';
import { JobRunner } from '../../src/app/jobs/runner.ts';
import {
  exportPersonalData,
  forgetPerson,
  PRIVACY_LEAVE_VIP_JOB,
  PRIVACY_PURGE_JOB,
  privacyLeaveVipJob,
  privacyPurgeJob,
} from '../../src/app/privacy.ts';
import { reconcile } from '../../src/app/reconcile.ts';
import { registerUser } from '../../src/app/users.ts';
import { TEST_CHANNELS } from '../support/app-context.ts';
import { COMMUNITY_ADMIN, populateCommunity } from '../support/community.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';
import { economyApp } from '../support/economy.ts';
import { FakeGateway } from '../support/fake-gateway.ts';
import { failNextWrites } from '../support/faults.ts';

describe.each(DATABASE_KINDS)('data rights (%s)', (kind) => {
  let database: Database;
  let app: ReturnType<typeof economyApp>;
  let pseudonymTaken = 0;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    app = economyApp(database);
    await populateCommunity(app, 1000, 3);
  });
  afterAll(() => database?.close());

  const ledgerOf = (userId: number) =>
    app.db
      .selectFrom('transactions')
      .select(['amount', 'balance_after', 'reason', 'idempotency_key', 'created_at'])
      .where('user_id', '=', userId)
      .orderBy('id')
      .execute();

  it('exports everything kept about a person as one JSON document', async () => {
    await app.db
      .insertInto('conversation_memory')
      .values({
        user_id: 1000,
        summary: 'habla del jardín',
        facts: JSON.stringify(['tiene un gato']),
        updated_at: new Date(),
      })
      .execute();
    const data = await exportPersonalData(app, 1000);
    expect(data).toMatchObject({
      format: 'diana-personal-data',
      profile: { id: 1000, first_name: 'Persona 1000', username: 'persona_1000' },
      conversation: {
        memory: [expect.objectContaining({ summary: 'habla del jardín' })],
        messagesToDiana: [],
        days: [],
        usage: [],
      },
    });
    expect(data?.ledger.length).toBe((await ledgerOf(1000)).length);
    expect(data?.story).toHaveLength(1);
    expect(data?.orders).toHaveLength(1);
    expect(data?.progress.length).toBeGreaterThan(0);
    expect(data?.vip.grants).toHaveLength(1);
    expect(JSON.parse(JSON.stringify(data))).toEqual(expect.objectContaining({ version: 1 }));
    expect(await exportPersonalData(app, 4242)).toBeUndefined();
  });

  it('a forgetting that fails half-way changes nothing, and the next attempt completes it', async () => {
    await populateCommunity(app, 3000, 1);
    const before = await tableContents(app.db);
    await failNextWrites(app.db, 'forgotten_people', 1);
    await expect(forgetPerson(app, 3000, { by: 'person' })).rejects.toThrow(/injected fault/);
    expect(await tableContents(app.db)).toEqual(before);
    const outcome = await forgetPerson(app, 3000, { by: 'person' });
    expect(outcome).toMatchObject({ forgotten: true, auditId: null });
    expect(await findUser(app.db, 3000)).toBeUndefined();
    expect((await reconcile(app.db)).problems).toEqual([]);
    // The first pseudonym is taken: the next one is below it.
    pseudonymTaken = outcome.forgotten ? outcome.pseudonym : 0;
  });

  it('forgets a person: books balanced under a pseudonym, profile and activity gone, id free again', async () => {
    const before = await ledgerOf(1000);
    const balance = (await findUser(app.db, 1000))?.balance;
    const audience = await previewAudience(app, {});
    const outcome = await forgetPerson(app, 1000, {
      by: 'admin',
      adminId: COMMUNITY_ADMIN,
      reason: 'petición por correo',
      key: 'forget:1',
    });
    const pseudonym = pseudonymTaken - 1;
    expect(outcome).toEqual({ forgotten: true, pseudonym, auditId: expect.any(Number) });
    expect(await findUser(app.db, 1000)).toBeUndefined();
    // Out of every broadcast's audience: the pseudonym is nobody to write to.
    expect(await previewAudience(app, {})).toBe(audience - 1);
    const pseudonymous = await app.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', pseudonym)
      .executeTakeFirst();
    expect(pseudonymous).toMatchObject({
      first_name: '',
      username: null,
      last_name: null,
      start_payload: null,
      balance,
    });
    expect(pseudonymous?.forgotten_at).toBeInstanceOf(Date);
    const after = await ledgerOf(pseudonym);
    expect(after.map((r) => [r.amount, r.balance_after, r.reason, r.created_at])).toEqual(
      before.map((r) => [r.amount, r.balance_after, r.reason, r.created_at]),
    );
    expect(after.map((r) => r.idempotency_key)).toEqual(
      before.map((r) => r.idempotency_key.replace(/(^|:)1000(?=:|$)/g, `$1${pseudonym}`)),
    );
    expect((await reconcile(app.db)).problems).toEqual([]);
    // Nothing left under the Telegram id, anywhere.
    for (const table of [
      'transactions',
      'story_saves',
      'goal_progress',
      'notifications',
      'orders',
      'vip_grants',
      'events',
      'conversation_memory',
    ]) {
      const { rows } = await sql<{
        n: number;
      }>`SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE user_id = 1000`.execute(app.db);
      expect(rows[0]?.n, table).toBe(0);
    }
    const audits = await app.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
    expect(audits.map((a) => [a.action, a.target_user_id])).toEqual([
      ['vip-grant', pseudonym],
      ['vip-grant', pseudonymTaken],
      ['forget', pseudonym],
    ]);
    expect(JSON.stringify(audits)).not.toContain('1000');
    // Out of the lists: the people counted and the top earners are the people there are.
    expect((await economyTotals(app.db, 'admin_revoke')).users).toBe(2);
    expect((await topEarners(app.db, 10)).map((e) => e.userId).sort()).toEqual([1001, 1002]);
    // A second request finds nobody; the next registration is a new person with a welcome bonus.
    expect(await forgetPerson(app, 1000, { by: 'person' })).toEqual({ forgotten: false });
    const again = await registerUser(app, { id: 1000, firstName: 'Otra', language: 'es' }, null);
    expect(again).toMatchObject({ created: true, welcomeBonus: app.pack.economy.rewards.welcome });
    expect((await reconcile(app.db)).problems).toEqual([]);
  });

  it('takes a forgotten person out of the VIP channel, then keeps their Telegram id nowhere', async () => {
    await populateCommunity(app, 4000, 1);
    const vip = TEST_CHANNELS.vip!;
    await setMembership(app.db, { chatId: vip, userId: 4000, isMember: true, at: app.clock.now() });
    const outcome = await forgetPerson(app, 4000, { by: 'person' });
    expect(outcome.forgotten).toBe(true);
    const telegram = new FakeGateway();
    const jobs = new JobRunner(app, { [PRIVACY_LEAVE_VIP_JOB]: privacyLeaveVipJob(app, telegram) });
    await app.db
      .updateTable('jobs')
      .set({ status: 'cancelled' })
      .where('kind', '!=', PRIVACY_LEAVE_VIP_JOB)
      .execute();
    expect(await jobs.runDue()).toBe(true);
    expect(telegram.calls).toEqual([{ method: 'removeMember', args: [vip, 4000] }]);
    const left = await app.db
      .selectFrom('jobs')
      .select(['payload', 'status'])
      .where('kind', '=', PRIVACY_LEAVE_VIP_JOB)
      .execute();
    expect(left).toEqual([{ payload: {}, status: 'done' }]);
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM (
        SELECT user_id FROM channel_members WHERE user_id = 4000
        UNION ALL SELECT target_user_id FROM audit_log WHERE target_user_id = 4000
        UNION ALL SELECT user_id FROM transactions WHERE user_id = 4000) t`.execute(app.db);
    expect(rows[0]?.n).toBe(0);
    expect((await reconcile(app.db)).problems).toEqual([]);
    // Restore the pending jobs the other tests expect.
    await app.db
      .updateTable('jobs')
      .set({ status: 'pending' })
      .where('kind', '=', PRIVACY_PURGE_JOB)
      .execute();
  });

  it('the ledger and the audit log allow that pseudonymisation and nothing else', async () => {
    const attempt = (statement: (tx: Parameters<Parameters<typeof transact>[1]>[0]) => Promise<unknown>) =>
      transact(app.db, statement);
    const declare = (from: number, to: number) => (tx: Parameters<Parameters<typeof transact>[1]>[0]) =>
      sql`SELECT set_config('diana.pseudonymise', ${`${from}>${to}`}, true)`.execute(tx);
    await app.db.insertInto('users').values({ id: -50, first_name: '', language: 'es' }).execute();
    // Undeclared.
    await expect(
      attempt((tx) => sql`UPDATE transactions SET user_id = -50 WHERE user_id = 1001`.execute(tx)),
    ).rejects.toThrow(/append-only/);
    // Declared, but to a Telegram id, with an amount changed, a key not rewritten, or a deletion.
    await expect(
      attempt(async (tx) => {
        await declare(1001, 1002)(tx);
        await sql`UPDATE transactions SET user_id = 1002, idempotency_key = pseudonymised(idempotency_key, 1001, 1002) WHERE user_id = 1001`.execute(
          tx,
        );
      }),
    ).rejects.toThrow(/append-only/);
    await expect(
      attempt(async (tx) => {
        await declare(1001, -50)(tx);
        await sql`UPDATE transactions SET user_id = -50, amount = amount + 1,
          idempotency_key = pseudonymised(idempotency_key, 1001, -50), ref = pseudonymised(ref, 1001, -50)
          WHERE user_id = 1001`.execute(tx);
      }),
    ).rejects.toThrow(/append-only/);
    await expect(
      attempt(async (tx) => {
        await declare(1001, -50)(tx);
        await sql`UPDATE transactions SET user_id = -50 WHERE user_id = 1001`.execute(tx);
      }),
    ).rejects.toThrow(/append-only/);
    await expect(
      attempt(async (tx) => {
        await declare(1001, -50)(tx);
        await sql`DELETE FROM transactions WHERE user_id = 1001`.execute(tx);
      }),
    ).rejects.toThrow(/append-only/);
    // Declared for someone else.
    await expect(
      attempt(async (tx) => {
        await declare(1002, -50)(tx);
        await sql`UPDATE transactions SET user_id = -50, idempotency_key = pseudonymised(idempotency_key, 1001, -50),
          ref = pseudonymised(ref, 1001, -50) WHERE user_id = 1001`.execute(tx);
      }),
    ).rejects.toThrow(/append-only/);
    await expect(
      attempt(async (tx) => {
        await declare(-1, -50)(tx);
        await sql`UPDATE audit_log SET target_user_id = -50, reason = 'otra' WHERE target_user_id = -1`.execute(
          tx,
        );
      }),
    ).rejects.toThrow(/append-only/);
    // Exactly the pseudonymisation goes through (and is rolled back here).
    await expect(
      attempt(async (tx) => {
        await declare(1001, -50)(tx);
        await sql`UPDATE transactions SET user_id = -50, idempotency_key = pseudonymised(idempotency_key, 1001, -50),
          ref = pseudonymised(ref, 1001, -50) WHERE user_id = 1001`.execute(tx);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect((await ledgerOf(1001)).length).toBeGreaterThan(0);
    await app.db.deleteFrom('users').where('id', '=', -50).execute();
    expect((await reconcile(app.db)).problems).toEqual([]);
  });

  it('the purge job completes it after 30 days; the books stay', async () => {
    const events = () => app.db.selectFrom('events').select('id').where('user_id', '=', -1).execute();
    expect((await events()).length).toBeGreaterThan(0);
    const jobs = new JobRunner(app, { [PRIVACY_PURGE_JOB]: privacyPurgeJob(app) });
    await app.db
      .updateTable('jobs')
      .set({ status: 'cancelled' })
      .where('kind', '!=', PRIVACY_PURGE_JOB)
      .execute();
    app.clock.advance(29 * 24 * 3_600_000);
    expect(await jobs.runDue()).toBe(false);
    app.clock.advance(2 * 24 * 3_600_000);
    expect(await jobs.runDue()).toBe(true);
    expect(await jobs.runDue()).toBe(true);
    expect(await jobs.runDue()).toBe(true);
    expect(await jobs.runDue()).toBe(false);
    expect(await events()).toEqual([]);
    const records = await app.db
      .selectFrom('forgotten_people')
      .selectAll()
      .orderBy('pseudonym', 'desc')
      .execute();
    expect(records).toMatchObject([
      { pseudonym: -1, requested_by: 'person', purged_at: app.clock.now() },
      { pseudonym: -2, requested_by: 'admin', purged_at: app.clock.now() },
      { pseudonym: -3, requested_by: 'person', purged_at: app.clock.now() },
    ]);
    expect((await ledgerOf(-2)).length).toBeGreaterThan(0);
    expect((await reconcile(app.db)).problems).toEqual([]);
  });
});
