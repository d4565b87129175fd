// The console's sign-in: roles given to Telegram people, one-time login links and rotating refresh tokens (all
// stored as digests).
import type { Executor } from '../database.ts';
import type { ConsoleRolesTable } from '../schema.ts';

export async function grantedRole(db: Executor, telegramId: number) {
  const row = await db
    .selectFrom('console_roles')
    .select('role')
    .where('telegram_id', '=', telegramId)
    .executeTakeFirst();
  return row?.role;
}

export async function setConsoleRole(
  db: Executor,
  r: { telegramId: number; role: ConsoleRolesTable['role']; grantedBy: string; at: Date },
): Promise<void> {
  await db
    .insertInto('console_roles')
    .values({ telegram_id: r.telegramId, role: r.role, granted_by: r.grantedBy, granted_at: r.at })
    .onConflict((oc) =>
      oc.column('telegram_id').doUpdateSet({ role: r.role, granted_by: r.grantedBy, granted_at: r.at }),
    )
    .execute();
}

export async function removeConsoleRole(db: Executor, telegramId: number): Promise<boolean> {
  const result = await db
    .deleteFrom('console_roles')
    .where('telegram_id', '=', telegramId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function consoleRoles(db: Executor) {
  return db.selectFrom('console_roles').selectAll().orderBy('telegram_id').execute();
}

export async function insertLogin(
  db: Executor,
  l: { digest: string; telegramId: number; at: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('console_logins')
    .values({ digest: l.digest, telegram_id: l.telegramId, created_at: l.at, expires_at: l.expiresAt })
    .execute();
}

/** Uses a login link: its person, once, while it is valid; undefined otherwise. */
export async function consumeLogin(db: Executor, digest: string, now: Date): Promise<number | undefined> {
  const row = await db
    .updateTable('console_logins')
    .set({ used_at: now })
    .where('digest', '=', digest)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('telegram_id')
    .executeTakeFirst();
  return row?.telegram_id;
}

export async function insertRefreshToken(
  db: Executor,
  t: { digest: string; family: string; telegramId: number; at: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('console_refresh_tokens')
    .values({
      digest: t.digest,
      family: t.family,
      telegram_id: t.telegramId,
      created_at: t.at,
      expires_at: t.expiresAt,
    })
    .execute();
}

/** The refresh token, locked until the transaction ends (two refreshes with one token queue up). */
export async function lockRefreshToken(tx: Executor, digest: string) {
  return tx
    .selectFrom('console_refresh_tokens')
    .selectAll()
    .where('digest', '=', digest)
    .forUpdate()
    .executeTakeFirst();
}

export async function markRotated(tx: Executor, digest: string, at: Date): Promise<void> {
  await tx
    .updateTable('console_refresh_tokens')
    .set({ rotated_at: at })
    .where('digest', '=', digest)
    .execute();
}

export async function revokeFamily(db: Executor, family: string, at: Date): Promise<void> {
  await db
    .updateTable('console_refresh_tokens')
    .set({ revoked_at: at })
    .where('family', '=', family)
    .where('revoked_at', 'is', null)
    .execute();
}
