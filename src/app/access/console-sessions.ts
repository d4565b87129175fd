// Signing in to the console through Telegram. An admin asks /admin for a login link: single use, valid for a few
// minutes. Opening it starts a session: a short access token (a JWT, 15 minutes) for `Authorization: Bearer`,
// and a refresh token (kept in an httpOnly cookie) that is exchanged for a new pair. Each refresh token works
// once: one that comes back after it was exchanged has been stolen or replayed, so its whole family (every
// token descended from the same sign-in) is revoked. A person's role is read again at every refresh.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { Executor } from '../../adapters/db/database.ts';
import {
  consumeLogin,
  grantedRole,
  insertLogin,
  insertRefreshToken,
  lockRefreshToken,
  markRotated,
  revokeFamily,
} from '../../adapters/db/repositories/console-sessions.ts';
import { transact } from '../../adapters/db/repositories/events.ts';
import { isRole, type Role } from '../../domain/access.ts';
import type { AppContext } from '../services.ts';

export const LOGIN_LINK_TTL_MS = 10 * 60_000;
export const ACCESS_TOKEN_TTL_S = 15 * 60;
export const REFRESH_TOKEN_TTL_MS = 30 * 86_400_000;

export interface ConsoleSession {
  accessToken: string;
  /** Seconds the access token is valid. */
  expiresIn: number;
  refreshToken: string;
  telegramId: number;
  role: Role;
}

export type RefreshOutcome = ConsoleSession | 'invalid' | 'reused' | 'no_role';

const digestOf = (token: string) => createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');
const ISSUER = 'diana';

export class ConsoleSessions {
  private readonly key: Uint8Array;

  /** `secret` signs the access tokens (kept in the database, so every instance verifies every token). */
  constructor(
    private readonly app: AppContext,
    secret: string,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  /** The role a person signs in with: ADMIN_TELEGRAM_IDS are admins; others as an admin gave them. */
  async roleOf(telegramId: number, db: Executor = this.app.db): Promise<Role | undefined> {
    if (this.app.adminIds.has(telegramId)) return 'admin';
    const role = await grantedRole(db, telegramId);
    return role && isRole(role) ? role : undefined;
  }

  /** A one-time login token for a person with a role; undefined for anyone else. */
  async loginToken(telegramId: number): Promise<string | undefined> {
    if (!(await this.roleOf(telegramId))) return undefined;
    const token = newToken();
    const now = this.app.clock.now();
    await insertLogin(this.app.db, {
      digest: digestOf(token),
      telegramId,
      at: now,
      expiresAt: new Date(now.getTime() + LOGIN_LINK_TTL_MS),
    });
    return token;
  }

  /** Opens a session with a login token: once, while it is valid, for a person who still has a role. */
  async signIn(loginToken: string): Promise<ConsoleSession | 'invalid' | 'no_role'> {
    if (!/^[\w-]{20,100}$/.test(loginToken)) return 'invalid';
    const now = this.app.clock.now();
    const telegramId = await consumeLogin(this.app.db, digestOf(loginToken), now);
    if (telegramId === undefined) return 'invalid';
    return this.signInAs(telegramId);
  }

  /** Opens a session for a person whose identity is proven (a login link, the Telegram Login Widget). */
  async signInAs(telegramId: number): Promise<ConsoleSession | 'no_role'> {
    const now = this.app.clock.now();
    const role = await this.roleOf(telegramId);
    if (!role) return 'no_role';
    const refreshToken = newToken();
    await insertRefreshToken(this.app.db, {
      digest: digestOf(refreshToken),
      family: randomUUID(),
      telegramId,
      at: now,
      expiresAt: new Date(now.getTime() + REFRESH_TOKEN_TTL_MS),
    });
    return this.session(telegramId, role, refreshToken);
  }

  /** Exchanges a refresh token for a new pair; a token exchanged before revokes its family. */
  async refresh(refreshToken: string): Promise<RefreshOutcome> {
    if (!/^[\w-]{20,100}$/.test(refreshToken)) return 'invalid';
    const now = this.app.clock.now();
    const outcome = await transact(this.app.db, async (tx) => {
      const current = await lockRefreshToken(tx, digestOf(refreshToken));
      if (!current || current.revoked_at || current.expires_at <= now) return 'invalid' as const;
      if (current.rotated_at) {
        await revokeFamily(tx, current.family, now);
        return { reused: current.family, telegramId: current.telegram_id };
      }
      const role = await this.roleOf(current.telegram_id, tx);
      if (!role) {
        await revokeFamily(tx, current.family, now);
        return 'no_role' as const;
      }
      await markRotated(tx, current.digest, now);
      const next = newToken();
      await insertRefreshToken(tx, {
        digest: digestOf(next),
        family: current.family,
        telegramId: current.telegram_id,
        at: now,
        expiresAt: new Date(now.getTime() + REFRESH_TOKEN_TTL_MS),
      });
      return { next, telegramId: current.telegram_id, role };
    });
    if (typeof outcome === 'string') return outcome;
    if ('reused' in outcome) {
      this.app.log.warn(
        { telegramId: outcome.telegramId, family: outcome.reused },
        'a console refresh token came back after it was exchanged: every session of that sign-in is revoked',
      );
      return 'reused';
    }
    return this.session(outcome.telegramId, outcome.role, outcome.next);
  }

  /** Ends the sign-in this refresh token belongs to. */
  async signOut(refreshToken: string): Promise<void> {
    if (!/^[\w-]{20,100}$/.test(refreshToken)) return;
    await transact(this.app.db, async (tx) => {
      const current = await lockRefreshToken(tx, digestOf(refreshToken));
      if (current) await revokeFamily(tx, current.family, this.app.clock.now());
    });
  }

  /** The person and role an access token stands for, while it is valid. */
  async verify(accessToken: string): Promise<{ telegramId: number; role: Role } | undefined> {
    try {
      const { payload } = await jwtVerify(accessToken, this.key, {
        issuer: ISSUER,
        algorithms: ['HS256'],
        currentDate: this.app.clock.now(),
      });
      const telegramId = Number(payload.sub);
      const role = String(payload.role ?? '');
      return Number.isSafeInteger(telegramId) && isRole(role) ? { telegramId, role } : undefined;
    } catch {
      return undefined;
    }
  }

  private async session(telegramId: number, role: Role, refreshToken: string): Promise<ConsoleSession> {
    const now = Math.floor(this.app.clock.now().getTime() / 1000);
    const accessToken = await new SignJWT({ role })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setSubject(String(telegramId))
      .setIssuedAt(now)
      .setExpirationTime(now + ACCESS_TOKEN_TTL_S)
      .sign(this.key);
    return { accessToken, expiresIn: ACCESS_TOKEN_TTL_S, refreshToken, telegramId, role };
  }
}
