// Signing in to the console through a one-time link: the link works once and for a few minutes; the refresh
// cookie is httpOnly and rotates; a rotated cookie that comes back ends the whole sign-in; access tokens last
// at most 15 minutes and carry the person's role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { setConsoleRole } from '../../src/adapters/db/repositories/console-sessions.ts';
import { startApi } from '../support/api.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';
import { signedWidgetLogin } from '../support/telegram-login.ts';

const ADMIN = 4_200_001;
const HELPER = 4_200_002;

describe.each(DATABASE_KINDS)('console sign-in (%s)', (kind) => {
  let database: Database;
  let api: Awaited<ReturnType<typeof startApi>>;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    api = await startApi(database);
    (api.app.adminIds as Set<number>).add(ADMIN);
  });
  afterAll(async () => {
    await api?.close();
    await database?.close();
  });

  const open = (token: string) =>
    api.http.inject({ method: 'GET', url: `/api/v1/session/login?token=${token}` });
  const cookieOf = (res: { headers: Record<string, unknown> }) =>
    /diana_refresh=([\w-]*)/.exec(String(res.headers['set-cookie']))?.[1];
  const refresh = (cookie: string | undefined) =>
    api.http.inject({
      method: 'POST',
      url: '/api/v1/session/refresh',
      headers: { cookie: `other=1; diana_refresh=${cookie}` },
    });

  it('signs an admin in once per link; the cookie is httpOnly; the access token acts as the admin', async () => {
    const token = await api.sessions.loginToken(ADMIN);
    expect(token).toBeDefined();
    const opened = await open(token!);
    expect(opened.statusCode).toBe(303);
    expect(opened.headers.location).toBe('/console/');
    const setCookie = String(opened.headers['set-cookie']);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Path=/api/v1/session');
    expect((await open(token!)).statusCode).toBe(401);

    const session = await refresh(cookieOf(opened));
    expect(session.statusCode).toBe(200);
    expect(session.json()).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: 900,
      telegramId: ADMIN,
      role: 'admin',
    });
    const me = await api.http.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${session.json().accessToken}` },
    });
    expect(me.json()).toEqual({
      kind: 'person',
      actor: `telegram:${ADMIN}`,
      role: 'admin',
      telegramId: ADMIN,
    });
  });

  it('a refresh cookie works once: one that comes back ends every session of that sign-in', async () => {
    const first = cookieOf(await open((await api.sessions.loginToken(ADMIN))!));
    const second = await refresh(first);
    expect(second.statusCode).toBe(200);
    const secondCookie = cookieOf(second);
    expect(secondCookie).not.toBe(first);
    // The first cookie, replayed (stolen): refused, and the whole family with it.
    const replay = await refresh(first);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().detail).toContain('already refreshed');
    expect((await refresh(secondCookie)).statusCode).toBe(401);
    expect(api.logs.lines).toContainEqual(expect.objectContaining({ level: 40, telegramId: ADMIN }));
  });

  it('access tokens end after 15 minutes, links after 10; a forged token is refused', async () => {
    const cookie = cookieOf(await open((await api.sessions.loginToken(ADMIN))!));
    const { accessToken } = (await refresh(cookie)).json();
    const staleLink = (await api.sessions.loginToken(ADMIN))!;
    const asToken = (t: string) =>
      api.http.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${t}` } });
    expect((await asToken(accessToken)).statusCode).toBe(200);
    const [head, body] = accessToken.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), sub: String(HELPER) }),
    ).toString('base64url');
    expect((await asToken(`${head}.${forged}.${accessToken.split('.')[2]}`)).statusCode).toBe(401);
    api.app.clock.advance(16 * 60_000);
    expect((await asToken(accessToken)).statusCode).toBe(401);
    expect((await open(staleLink)).statusCode).toBe(401);
  });

  it('a person with a role given by an admin signs in with that role; others get no link; logout ends it', async () => {
    expect(await api.sessions.loginToken(HELPER)).toBeUndefined();
    await setConsoleRole(api.app.db, {
      telegramId: HELPER,
      role: 'viewer',
      grantedBy: 'test',
      at: api.app.clock.now(),
    });
    const cookie = cookieOf(await open((await api.sessions.loginToken(HELPER))!));
    const session = await refresh(cookie);
    expect(session.json()).toMatchObject({ role: 'viewer' });
    const keys = await api.http.inject({
      method: 'GET',
      url: '/api/v1/keys',
      headers: { authorization: `Bearer ${session.json().accessToken}` },
    });
    expect(keys.statusCode).toBe(403);
    const latest = cookieOf(session);
    const out = await api.http.inject({
      method: 'POST',
      url: '/api/v1/session/logout',
      headers: { cookie: `diana_refresh=${latest}` },
    });
    expect(out.statusCode).toBe(204);
    expect((await refresh(latest)).statusCode).toBe(401);
    expect((await refresh(undefined)).statusCode).toBe(401);
  });

  it('an admin gives and takes console roles (audited); a role taken away ends the sessions at their next refresh', async () => {
    const PERSON = 4_200_003;
    const admin = api.as('admin');
    const given = await api.http.inject({
      method: 'PUT',
      url: `/api/v1/roles/${PERSON}`,
      headers: admin,
      payload: { role: 'operator' },
    });
    expect(given.json()).toEqual({ telegramId: PERSON, before: null, after: 'operator' });
    const configured = await api.http.inject({
      method: 'PUT',
      url: `/api/v1/roles/${ADMIN}`,
      headers: admin,
      payload: { role: 'viewer' },
    });
    expect(configured.statusCode).toBe(409);
    const holders = (await api.http.inject({ method: 'GET', url: '/api/v1/roles', headers: admin })).json()
      .items;
    expect(holders).toContainEqual(
      expect.objectContaining({ telegramId: ADMIN, role: 'admin', grantedBy: 'config' }),
    );
    expect(holders).toContainEqual(
      expect.objectContaining({
        telegramId: PERSON,
        role: 'operator',
        grantedBy: expect.stringMatching(/^key:\d+ admin-key$/),
      }),
    );

    const cookie = cookieOf(await open((await api.sessions.loginToken(PERSON))!));
    const session = await refresh(cookie);
    expect(session.json()).toMatchObject({ role: 'operator' });
    expect(
      (await api.http.inject({ method: 'DELETE', url: `/api/v1/roles/${PERSON}`, headers: admin }))
        .statusCode,
    ).toBe(200);
    expect(
      (await api.http.inject({ method: 'DELETE', url: `/api/v1/roles/${PERSON}`, headers: admin }))
        .statusCode,
    ).toBe(404);
    expect((await refresh(cookieOf(session))).statusCode).toBe(401);
    const audit = await api.app.db
      .selectFrom('audit_log')
      .select(['action', 'actor_role'])
      .where('ref', '=', `role:${PERSON}`)
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'role-grant', actor_role: 'admin' },
      { action: 'role-revoke', actor_role: 'admin' },
    ]);
  });

  it('signs in with the Telegram Login Widget when its proof checks out with the bot token', async () => {
    const TOKEN = '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef';
    const widget = await startApi(database, { deps: { botToken: TOKEN } });
    (widget.app.adminIds as Set<number>).add(ADMIN);
    try {
      const fields = {
        id: ADMIN,
        first_name: 'Lucía',
        auth_date: Math.floor(widget.app.clock.now().getTime() / 1000),
      };
      const login = signedWidgetLogin(fields, TOKEN);
      const signedIn = await widget.http.inject({
        method: 'POST',
        url: '/api/v1/session/telegram',
        payload: login,
      });
      expect(signedIn.statusCode).toBe(204);
      const cookie = cookieOf(signedIn);
      const session = await widget.http.inject({
        method: 'POST',
        url: '/api/v1/session/refresh',
        headers: { cookie: `diana_refresh=${cookie}` },
      });
      expect(session.json()).toMatchObject({ telegramId: ADMIN, role: 'admin' });
      const forged = await widget.http.inject({
        method: 'POST',
        url: '/api/v1/session/telegram',
        payload: { ...login, id: HELPER },
      });
      expect(forged.statusCode).toBe(401);
      const stranger = signedWidgetLogin({ ...fields, id: 4_299_999 }, TOKEN);
      expect(
        (await widget.http.inject({ method: 'POST', url: '/api/v1/session/telegram', payload: stranger }))
          .statusCode,
      ).toBe(403);
    } finally {
      await widget.close();
    }
    // Without the bot token the widget is not offered.
    expect(
      (
        await api.http.inject({
          method: 'POST',
          url: '/api/v1/session/telegram',
          payload: { id: 1, auth_date: 1, hash: 'x' },
        })
      ).statusCode,
    ).toBe(404);
  });
});
