// A person's data rights: take a copy of everything kept about them, and be forgotten.
//
// Forgetting is one transaction under the person's lock. What the books need stays, under a pseudonymous id (a
// negative user id that nothing links to the person): the ledger, orders, VIP grants and Stars payments, and
// the audit rows about them; their keys and references are rewritten (the person's id becomes the
// pseudonym), which is the one change the append-only rules of the ledger and the audit log allow. Everything
// else goes at once: the profile (name, username, start link), story saves, progress, inventory, daily
// claims, channel memberships and reactions, waiting announcements and jobs, and the updates they sent that
// are handled; inside the VIP channel, a job takes them out. Their Telegram id is free again: their next /start
// is a new visitor. The event history moves to the pseudonym and the purge job deletes it, with the VIP
// invitations, after PURGE_AFTER_DAYS.
import { sql } from 'kysely';
import type { Executor } from '../adapters/db/database.ts';
import { writeAudit } from '../adapters/db/repositories/audit.ts';
import { isMember } from '../adapters/db/repositories/channels.ts';
import { transact } from '../adapters/db/repositories/events.ts';
import { scheduleJob } from '../adapters/db/repositories/jobs.ts';
import { lockUser } from '../adapters/db/repositories/users.ts';
import type { JobHandler } from './jobs/runner.ts';
import type { AppContext } from './services.ts';
import type { TelegramGateway } from './telegram-gateway.ts';

export const PURGE_AFTER_DAYS = 30;
export const PRIVACY_PURGE_JOB = 'privacy-purge';
/** Takes a forgotten person out of the VIP channel; the only place their Telegram id stays, until it runs. */
export const PRIVACY_LEAVE_VIP_JOB = 'privacy-leave-vip';
const DAY_MS = 24 * 3_600_000;

/** What a person gets when they ask for their data: one JSON document. */
export interface PersonalData {
  format: 'diana-personal-data';
  version: 1;
  exportedAt: string;
  profile: Record<string, unknown>;
  ledger: Record<string, unknown>[];
  orders: Record<string, unknown>[];
  inventory: Record<string, unknown>[];
  itemUses: Record<string, unknown>[];
  dailyGifts: Record<string, unknown>[];
  riddles: Record<string, unknown>[];
  story: Record<string, unknown>[];
  /** The story variants the person was shown (story experiments). */
  storyVariants: Record<string, unknown>[];
  progress: Record<string, unknown>[];
  vip: { until: unknown; grants: Record<string, unknown>[]; invitations: Record<string, unknown>[] };
  payments: Record<string, unknown>[];
  channels: Record<string, unknown>[];
  reactions: Record<string, unknown>[];
  joinRequests: Record<string, unknown>[];
  notifications: Record<string, unknown>[];
  events: Record<string, unknown>[];
  /** What Diana remembers of the person, their messages to her inbox, the days they talked and their usage. */
  conversation: {
    memory: Record<string, unknown>[];
    messagesToDiana: Record<string, unknown>[];
    days: Record<string, unknown>[];
    usage: Record<string, unknown>[];
  };
}

const rowsOf = async (db: Executor, table: string, userId: number, column = 'user_id', order = '1') => {
  const { rows } = await sql<Record<string, unknown>>`
    SELECT * FROM ${sql.table(table)} WHERE ${sql.ref(column)} = ${userId} ORDER BY ${sql.raw(order)}`.execute(
    db,
  );
  return rows;
};

/** Everything kept about a person, or undefined when they are unknown. */
export async function exportPersonalData(app: AppContext, userId: number): Promise<PersonalData | undefined> {
  return transact(app.db, async (tx) => {
    const profile = await rowsOf(tx, 'users', userId, 'id');
    const user = profile[0];
    if (!user) return undefined;
    return {
      format: 'diana-personal-data',
      version: 1,
      exportedAt: app.clock.now().toISOString(),
      profile: user,
      ledger: await rowsOf(tx, 'transactions', userId, 'user_id', 'id'),
      orders: await rowsOf(tx, 'orders', userId),
      inventory: await rowsOf(tx, 'inventory', userId),
      itemUses: await rowsOf(tx, 'item_uses', userId),
      dailyGifts: await rowsOf(tx, 'daily_claims', userId),
      riddles: await rowsOf(tx, 'riddle_days', userId),
      story: await rowsOf(tx, 'story_saves', userId),
      storyVariants: await rowsOf(tx, 'story_exposures', userId),
      progress: await rowsOf(tx, 'goal_progress', userId),
      vip: {
        until: user.vip_until ?? null,
        grants: await rowsOf(tx, 'vip_grants', userId, 'user_id', 'id'),
        invitations: await rowsOf(tx, 'vip_invites', userId),
      },
      payments: await rowsOf(tx, 'star_payments', userId, 'user_id', 'id'),
      channels: await rowsOf(tx, 'channel_members', userId),
      reactions: await rowsOf(tx, 'reactions', userId),
      joinRequests: await rowsOf(tx, 'join_requests', userId),
      notifications: await rowsOf(tx, 'notifications', userId, 'user_id', 'id'),
      events: await rowsOf(tx, 'events', userId, 'user_id', 'id'),
      conversation: {
        memory: await rowsOf(tx, 'conversation_memory', userId),
        messagesToDiana: await rowsOf(tx, 'conversation_inbox', userId, 'user_id', 'id'),
        days: await rowsOf(tx, 'conversation_days', userId),
        usage: await rowsOf(tx, 'conversation_usage', userId),
      },
    };
  });
}

export type ForgetRequest = { by: 'person' } | { by: 'admin'; adminId: number; reason: string; key: string };

export type ForgetOutcome =
  | { forgotten: true; pseudonym: number; auditId: number | null }
  | { forgotten: false };

/** Forgets a person (see the top of this file); `forgotten: false` when there is nobody by that id. */
export async function forgetPerson(
  app: AppContext,
  userId: number,
  request: ForgetRequest,
): Promise<ForgetOutcome> {
  if (userId <= 0) return { forgotten: false };
  const now = app.clock.now();
  return transact(app.db, async (tx) => {
    const user = await lockUser(tx, userId);
    if (!user) return { forgotten: false };
    // One pseudonym at a time: the next one below every id there is.
    await sql`SELECT pg_advisory_xact_lock(hashtext('diana.pseudonyms'))`.execute(tx);
    const { rows } = await sql<{ next: number }>`
      SELECT LEAST(-1, COALESCE(MIN(id), 0) - 1)::bigint AS next FROM users`.execute(tx);
    const pseudonym = Number(rows[0]?.next ?? -1);
    await tx
      .insertInto('users')
      .values({
        id: pseudonym,
        first_name: '',
        language: user.language,
        balance: user.balance,
        total_earned: user.totalEarned,
        notifications: false,
        created_at: user.createdAt,
        last_seen_at: now,
        forgotten_at: now,
      })
      .execute();
    await sql`SELECT set_config('diana.pseudonymise', ${`${userId}>${pseudonym}`}, true)`.execute(tx);
    await sql`
      UPDATE transactions SET user_id = ${pseudonym},
        idempotency_key = pseudonymised(idempotency_key, ${userId}, ${pseudonym}),
        ref = pseudonymised(ref, ${userId}, ${pseudonym})
      WHERE user_id = ${userId}`.execute(tx);
    await sql`
      UPDATE audit_log SET target_user_id = ${pseudonym}, ref = pseudonymised(ref, ${userId}, ${pseudonym})
      WHERE target_user_id = ${userId}`.execute(tx);
    await sql`SELECT set_config('diana.pseudonymise', '', true)`.execute(tx);
    for (const table of ['orders', 'vip_grants', 'vip_invites', 'star_payments'] as const) {
      await sql`UPDATE ${sql.table(table)} SET user_id = ${pseudonym} WHERE user_id = ${userId}`.execute(tx);
    }
    // Inside the VIP channel, they leave it (scheduled below): their VIP time went with them.
    const vipChannel = app.channels.vip;
    const inVipChannel = vipChannel !== undefined && (await isMember(tx, vipChannel, userId));
    await sql`UPDATE vip_tokens SET redeemed_by = ${pseudonym} WHERE redeemed_by = ${userId}`.execute(tx);
    // Handled events stay (under the pseudonym) until the purge; waiting ones would act for nobody.
    await sql`UPDATE events SET user_id = ${pseudonym} WHERE user_id = ${userId} AND status = 'done'`.execute(
      tx,
    );
    await sql`DELETE FROM events WHERE user_id = ${userId}`.execute(tx);
    for (const table of [
      'story_saves',
      'goal_progress',
      'goal_distinct_values',
      'notifications',
      'daily_claims',
      'riddle_days',
      'item_uses',
      'inventory',
      'channel_members',
      'reactions',
      'join_requests',
      'story_exposures',
    ]) {
      await sql`DELETE FROM ${sql.table(table)} WHERE user_id = ${userId}`.execute(tx);
    }
    await sql`
      DELETE FROM jobs WHERE status IN ('pending', 'cancelled', 'dead') AND (payload->>'userId' = ${String(userId)}
        OR payload->>'grantId' IN (SELECT id::text FROM vip_grants WHERE user_id = ${pseudonym}))`.execute(
      tx,
    );
    await sql`
      DELETE FROM update_inbox WHERE status <> 'handling' AND body IS NOT NULL
        AND jsonb_path_exists(body, 'lax $.**.from.id ? (@ == $id)', jsonb_build_object('id', ${userId}::bigint))`.execute(
      tx,
    );
    if (inVipChannel) {
      await scheduleJob(tx, {
        kind: PRIVACY_LEAVE_VIP_JOB,
        key: `${PRIVACY_LEAVE_VIP_JOB}:${pseudonym}`,
        runAt: now,
        payload: { chatId: vipChannel, userId },
      });
    }
    await tx.deleteFrom('users').where('id', '=', userId).execute();
    const purgeAfter = new Date(now.getTime() + PURGE_AFTER_DAYS * DAY_MS);
    await tx
      .insertInto('forgotten_people')
      .values({ pseudonym, forgotten_at: now, purge_after: purgeAfter, requested_by: request.by })
      .execute();
    await scheduleJob(tx, {
      kind: PRIVACY_PURGE_JOB,
      key: `${PRIVACY_PURGE_JOB}:${pseudonym}`,
      runAt: purgeAfter,
      payload: { pseudonym },
    });
    let auditId: number | null = null;
    if (request.by === 'admin') {
      // The audit names the pseudonym only: the log must not undo what it records.
      auditId = await writeAudit(
        tx,
        {
          adminId: request.adminId,
          action: 'forget',
          targetUserId: pseudonym,
          before: null,
          after: { pseudonym, purgeAfter: purgeAfter.toISOString() },
          reason: request.reason,
          ref: request.key,
        },
        now,
      );
    }
    app.log.info({ pseudonym, by: request.by }, 'a person was forgotten');
    return { forgotten: true, pseudonym, auditId };
  });
}

/** Completes a forgetting: the pseudonym's event history and VIP invitations go; the books stay. */
export function privacyPurgeJob(app: AppContext): JobHandler {
  return async (job) => {
    const pseudonym = Number(job.payload.pseudonym);
    if (!Number.isInteger(pseudonym) || pseudonym >= 0)
      throw new Error(`not a pseudonym: ${job.payload.pseudonym}`);
    await transact(app.db, async (tx) => {
      const events = await tx.deleteFrom('events').where('user_id', '=', pseudonym).executeTakeFirst();
      const invites = await tx.deleteFrom('vip_invites').where('user_id', '=', pseudonym).executeTakeFirst();
      await tx
        .updateTable('forgotten_people')
        .set({ purged_at: app.clock.now() })
        .where('pseudonym', '=', pseudonym)
        .execute();
      app.log.info(
        { pseudonym, events: Number(events.numDeletedRows), invitations: Number(invites.numDeletedRows) },
        'a forgotten person purged',
      );
    });
  };
}

/**
 * Takes a forgotten person out of the VIP channel (able to come back as anyone can), then blanks the job's
 * payload: once done, their Telegram id is kept nowhere. Running again after a crash removes them again,
 * which changes nothing.
 */
export function privacyLeaveVipJob(app: AppContext, telegram: TelegramGateway): JobHandler {
  return async (job) => {
    const chatId = Number(job.payload.chatId);
    const userId = Number(job.payload.userId);
    if (Number.isSafeInteger(chatId) && Number.isSafeInteger(userId) && userId > 0) {
      const outcome = await telegram.removeMember(chatId, userId);
      app.log.info({ outcome }, 'a forgotten person left the VIP channel');
    }
    await app.db
      .updateTable('jobs')
      .set({ payload: JSON.stringify({}) })
      .where('id', '=', job.id)
      .execute();
  };
}
