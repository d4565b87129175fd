// VIP tokens, grants and the invitations to the VIP channel.
import type { NotNull } from 'kysely';
import type { VipSource } from '../../../domain/vip.ts';
import type { Executor } from '../database.ts';
import type { VipGrantsTable, VipInvitesTable, VipTokensTable } from '../schema.ts';
import { camelized, type Row } from './rows.ts';

export type VipToken = Row<VipTokensTable>;

const selectToken = (db: Executor) => db.selectFrom('vip_tokens').selectAll();

export async function insertToken(
  db: Executor,
  t: { token: string; planId: string; createdBy: number; at: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('vip_tokens')
    .values({
      token: t.token,
      plan_id: t.planId,
      created_by: t.createdBy,
      created_at: t.at,
      expires_at: t.expiresAt,
    })
    .execute();
}

/** Reads a token and locks it until the transaction ends (two redemptions of one token queue up). */
export async function lockToken(tx: Executor, token: string): Promise<VipToken | undefined> {
  const row = await selectToken(tx).where('token', '=', token).forUpdate().executeTakeFirst();
  return row && camelized(row);
}

export async function findToken(db: Executor, token: string): Promise<VipToken | undefined> {
  const row = await selectToken(db).where('token', '=', token).executeTakeFirst();
  return row && camelized(row);
}

export async function markTokenRedeemed(tx: Executor, token: string, userId: number, at: Date) {
  await tx
    .updateTable('vip_tokens')
    .set({ redeemed_by: userId, redeemed_at: at })
    .where('token', '=', token)
    .execute();
}

/** Revokes an unused token; false when it was used or revoked already. */
export async function markTokenRevoked(db: Executor, token: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('vip_tokens')
    .set({ revoked_at: at })
    .where('token', '=', token)
    .where('redeemed_by', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function recentTokens(db: Executor, limit: number): Promise<VipToken[]> {
  const rows = await selectToken(db).orderBy('created_at', 'desc').orderBy('token').limit(limit).execute();
  return rows.map(camelized);
}

export type VipGrant = Row<VipGrantsTable>;

const selectGrant = (db: Executor) => db.selectFrom('vip_grants').selectAll();

/** Records a grant; undefined when its cause (`ref`) already granted VIP. */
export async function insertGrant(
  tx: Executor,
  g: {
    userId: number;
    planId: string | null;
    source: VipSource;
    ref: string;
    days: number;
    until: Date;
    at: Date;
  },
): Promise<VipGrant | undefined> {
  const row = await tx
    .insertInto('vip_grants')
    .values({
      user_id: g.userId,
      plan_id: g.planId,
      source: g.source,
      ref: g.ref,
      days: g.days,
      until: g.until,
      created_at: g.at,
    })
    .onConflict((oc) => oc.column('ref').doNothing())
    .returningAll()
    .executeTakeFirst();
  return row && camelized(row);
}

export async function findGrant(db: Executor, id: number): Promise<VipGrant | undefined> {
  const row = await selectGrant(db).where('id', '=', id).executeTakeFirst();
  return row && camelized(row);
}

export async function findGrantByRef(db: Executor, ref: string): Promise<VipGrant | undefined> {
  const row = await selectGrant(db).where('ref', '=', ref).executeTakeFirst();
  return row && camelized(row);
}

/** Marks grants revoked (one, or all of a user's that are still in force). */
export async function markGrantsRevoked(
  tx: Executor,
  which: { grantId: number } | { userId: number },
  at: Date,
): Promise<void> {
  let query = tx.updateTable('vip_grants').set({ revoked_at: at }).where('revoked_at', 'is', null);
  query =
    'grantId' in which ? query.where('id', '=', which.grantId) : query.where('user_id', '=', which.userId);
  await query.execute();
}

/** Users whose VIP is active at `now` (and, with `endsBy`, ends by then), soonest to end first. */
export async function activeVips(db: Executor, now: Date, limit: number, endsBy?: Date) {
  const rows = await activeVipQuery(db, now, endsBy)
    .select(['id', 'first_name', 'username', 'vip_until'])
    .$narrowType<{ vip_until: NotNull }>()
    .orderBy('vip_until')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(camelized);
}

export async function activeVipCount(db: Executor, now: Date, endsBy?: Date): Promise<number> {
  const row = await activeVipQuery(db, now, endsBy)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function activeVipQuery(db: Executor, now: Date, endsBy: Date | undefined) {
  const active = db.selectFrom('users').where('vip_until', '>', now);
  return endsBy ? active.where('vip_until', '<=', endsBy) : active;
}

export type VipInvite = Row<VipInvitesTable>;

const selectInvite = (db: Executor) => db.selectFrom('vip_invites').selectAll();

/**
 * Stores an invitation of a grant under its sequence number (0: the grant's own; then the fresh ones asked for
 * later); false when that number is taken (a concurrent run made it first).
 */
export async function insertInvite(
  db: Executor,
  i: {
    grantId: number;
    seq: number;
    userId: number;
    chatId: number;
    link: string;
    expiresAt: Date;
    at: Date;
  },
): Promise<boolean> {
  const result = await db
    .insertInto('vip_invites')
    .values({
      grant_id: i.grantId,
      seq: i.seq,
      user_id: i.userId,
      chat_id: i.chatId,
      invite_link: i.link,
      expires_at: i.expiresAt,
      created_at: i.at,
    })
    .onConflict((oc) => oc.columns(['grant_id', 'seq']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** A grant's latest invitation (its own, or the freshest asked for since). */
export async function latestInviteOfGrant(db: Executor, grantId: number): Promise<VipInvite | undefined> {
  const row = await selectInvite(db)
    .where('grant_id', '=', grantId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && camelized(row);
}

export async function findInviteByLink(db: Executor, link: string): Promise<VipInvite | undefined> {
  const row = await selectInvite(db).where('invite_link', '=', link).executeTakeFirst();
  return row && camelized(row);
}

/** A user's invitations that can still be used at `now`, newest first. */
export async function openInvites(db: Executor, userId: number, now: Date): Promise<VipInvite[]> {
  const rows = await selectInvite(db)
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('grant_id', 'desc')
    .orderBy('seq', 'desc')
    .execute();
  return rows.map(camelized);
}

/**
 * A user's invitations not used nor revoked (expired ones too: Telegram keeps them until revoked), made for
 * grants older than `grantedBefore` (a grant made since belongs to a newer VIP).
 */
export async function unusedInvites(db: Executor, userId: number, grantedBefore: Date): Promise<VipInvite[]> {
  const rows = await selectInvite(db)
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('grant_id', 'in', (qb) =>
      qb
        .selectFrom('vip_grants')
        .select('id')
        .where('user_id', '=', userId)
        .where('created_at', '<', grantedBefore),
    )
    .execute();
  return rows.map(camelized);
}

/** A user's newest grant still in force, if any. */
export async function latestGrant(db: Executor, userId: number): Promise<VipGrant | undefined> {
  const row = await selectGrant(db)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && camelized(row);
}

export async function markInviteUsed(db: Executor, link: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('vip_invites')
    .set({ used_at: at })
    .where('invite_link', '=', link)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function markInviteRevoked(db: Executor, link: string, at: Date): Promise<void> {
  await db
    .updateTable('vip_invites')
    .set({ revoked_at: at })
    .where('invite_link', '=', link)
    .where('revoked_at', 'is', null)
    .execute();
}

/** People the bot has seen in the VIP channel whose VIP time is over (or who never had any). */
export async function membersWithoutVip(db: Executor, chatId: number, now: Date): Promise<number[]> {
  const rows = await db
    .selectFrom('channel_members as m')
    .leftJoin('users as u', 'u.id', 'm.user_id')
    .select('m.user_id')
    .where('m.chat_id', '=', chatId)
    .where('m.is_member', '=', true)
    .where((eb) => eb.or([eb('u.vip_until', 'is', null), eb('u.vip_until', '<=', now)]))
    .orderBy('m.user_id')
    .execute();
  return rows.map((r) => r.user_id);
}
