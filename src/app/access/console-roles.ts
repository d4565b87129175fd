// Who may sign in to the console, and with which role: ADMIN_TELEGRAM_IDS are admins (from the configuration);
// admins give the other roles to Telegram people. Giving and taking a role are audited.
import { writeAudit } from '../../adapters/db/repositories/audit.ts';
import {
  consoleRoles,
  grantedRole,
  removeConsoleRole,
  setConsoleRole,
} from '../../adapters/db/repositories/console-sessions.ts';
import { transact } from '../../adapters/db/repositories/events.ts';
import type { Role } from '../../domain/access.ts';
import type { AppContext } from '../services.ts';

export interface RoleHolder {
  telegramId: number;
  role: Role;
  /** `config` for ADMIN_TELEGRAM_IDS (changed only there); otherwise who gave it. */
  grantedBy: string;
  grantedAt: Date | null;
}

export async function roleHolders(app: AppContext): Promise<RoleHolder[]> {
  const given = await consoleRoles(app.db);
  return [
    ...[...app.adminIds].map((telegramId) => ({
      telegramId,
      role: 'admin' as const,
      grantedBy: 'config',
      grantedAt: null,
    })),
    ...given
      .filter((g) => !app.adminIds.has(g.telegram_id))
      .map((g) => ({
        telegramId: g.telegram_id,
        role: g.role,
        grantedBy: g.granted_by,
        grantedAt: g.granted_at,
      })),
  ];
}

export type RoleChange =
  | { ok: true; before: Role | null; after: Role | null }
  | { ok: false; reason: 'configured_admin' | 'no_role' };

/** Gives a person a role (or another one); ADMIN_TELEGRAM_IDS are changed in the configuration only. */
export async function giveRole(
  app: AppContext,
  r: { telegramId: number; role: Role; by: string; adminId: number },
): Promise<RoleChange> {
  if (app.adminIds.has(r.telegramId)) return { ok: false, reason: 'configured_admin' };
  const now = app.clock.now();
  return transact(app.db, async (tx) => {
    const before = (await grantedRole(tx, r.telegramId)) ?? null;
    await setConsoleRole(tx, { telegramId: r.telegramId, role: r.role, grantedBy: r.by, at: now });
    await writeAudit(
      tx,
      {
        adminId: r.adminId,
        action: 'role-grant',
        targetUserId: r.telegramId,
        before: { role: before },
        after: { role: r.role },
        reason: null,
        ref: `role:${r.telegramId}`,
      },
      now,
    );
    return { ok: true, before, after: r.role };
  });
}

/** Takes a person's role away: their sessions end at their next refresh (15 minutes at most). */
export async function takeRole(app: AppContext, telegramId: number, adminId: number): Promise<RoleChange> {
  if (app.adminIds.has(telegramId)) return { ok: false, reason: 'configured_admin' };
  const now = app.clock.now();
  return transact(app.db, async (tx) => {
    const before = (await grantedRole(tx, telegramId)) ?? null;
    if (!before || !(await removeConsoleRole(tx, telegramId))) return { ok: false, reason: 'no_role' };
    await writeAudit(
      tx,
      {
        adminId,
        action: 'role-revoke',
        targetUserId: telegramId,
        before: { role: before },
        after: { role: null },
        reason: null,
        ref: `role:${telegramId}`,
      },
      now,
    );
    return { ok: true, before, after: null };
  });
}
