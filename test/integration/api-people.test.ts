// People through the admin API: search and a person's card, and besitos granted with an Idempotency-Key — the
// same request again answers the same and pays nothing more, also after a failure half-way and when two copies
// race; a viewer gets 403 and nobody without a key gets in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { findUser } from '../../src/adapters/db/repositories/users.ts';
import { reconcile } from '../../src/app/reconcile.ts';
import type { Role } from '../../src/domain/access.ts';
import { startApi } from '../support/api.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';
import { addUser } from '../support/economy.ts';
import { failNextWrites } from '../support/faults.ts';

describe.each(DATABASE_KINDS)('admin API: people and besitos (%s)', (kind) => {
  let database: Database;
  let api: Awaited<ReturnType<typeof startApi>>;
  let nextId = 5000;
  const grant = (
    userId: number,
    key: string,
    body: object = { amount: 10, reason: 'soporte: compensación' },
    role: Role = 'operator',
  ) =>
    api.http.inject({
      method: 'POST',
      url: `/api/v1/users/${userId}/besitos`,
      headers: { ...api.as(role), 'idempotency-key': key },
      payload: body,
    });
  const balance = async (id: number) => (await findUser(api.app.db, id))?.balance;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    api = await startApi(database);
  });
  afterAll(async () => {
    await api?.close();
    await database?.close();
  });

  it('an operator grants 10 besitos; the same request again pays nothing more and answers the same', async () => {
    const user = await addUser(api.app, nextId++);
    const first = await grant(user, 'grant-0001');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({
      auditId: expect.any(Number),
      userId: user,
      amount: 10,
      reason: 'soporte: compensación',
      before: { balance: 0, totalEarned: 0 },
      after: { balance: 10, totalEarned: 10 },
    });
    const again = await grant(user, 'grant-0001');
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await balance(user)).toBe(10);
    // The same key for another request is refused, not mistaken for it.
    const other = await grant(user, 'grant-0001', { amount: 50, reason: 'otra cosa distinta' });
    expect(other.statusCode).toBe(422);
    expect(other.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(await balance(user)).toBe(10);
  });

  it('a viewer gets 403 problem+json, no key gets 401, and nothing moves', async () => {
    const user = await addUser(api.app, nextId++);
    const viewer = await grant(user, 'viewer-try', undefined, 'viewer');
    expect(viewer.statusCode).toBe(403);
    expect(viewer.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(viewer.json()).toMatchObject({ status: 403, detail: expect.stringContaining('operator') });
    const anonymous = await api.http.inject({
      method: 'POST',
      url: `/api/v1/users/${user}/besitos`,
      headers: { 'idempotency-key': 'anon-try' },
      payload: { amount: 10, reason: 'sin credenciales' },
    });
    expect(anonymous.statusCode).toBe(401);
    expect(await balance(user)).toBe(0);
  });

  it('a failure half-way moves nothing; the retry with the same key pays once', async () => {
    const user = await addUser(api.app, nextId++);
    await failNextWrites(api.app.db, 'events', 1);
    const failed = await grant(user, 'grant-fault-1', { amount: 25, reason: 'fallo a medias' });
    expect(failed.statusCode).toBe(500);
    expect(failed.json()).toMatchObject({ status: 500, requestId: failed.headers['x-request-id'] });
    expect(await balance(user)).toBe(0);
    const retried = await grant(user, 'grant-fault-1', { amount: 25, reason: 'fallo a medias' });
    expect(retried.statusCode).toBe(200);
    expect((await grant(user, 'grant-fault-1', { amount: 25, reason: 'fallo a medias' })).json()).toEqual(
      retried.json(),
    );
    expect(await balance(user)).toBe(25);
    expect((await reconcile(api.app.db)).problems).toEqual([]);
  });

  it('two copies of one request racing pay once and get one answer', async () => {
    const user = await addUser(api.app, nextId++);
    const [a, b] = await Promise.all([grant(user, 'race-1'), grant(user, 'race-1')]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(a.json()).toEqual(b.json());
    expect(await balance(user)).toBe(10);
  });

  it('a revoke below zero is refused (409) and audited as refused; the grant is audited with actor, role, request id', async () => {
    const user = await addUser(api.app, nextId++);
    await api.http.inject({
      method: 'POST',
      url: `/api/v1/users/${user}/besitos`,
      headers: { ...api.as('operator'), 'idempotency-key': 'g-audit', 'x-request-id': 'req-grant-audit' },
      payload: { amount: 5, reason: 'regalo de prueba' },
    });
    const refused = await grant(user, 'r-below', { amount: -50, reason: 'quitar demasiado' });
    expect(refused.statusCode).toBe(409);
    expect(await balance(user)).toBe(5);
    const audit = await api.app.db
      .selectFrom('audit_log')
      .select(['action', 'actor', 'actor_role', 'request_id', 'reason'])
      .where('target_user_id', '=', user)
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      {
        action: 'grant',
        actor: expect.stringMatching(/^key:\d+ operator-key$/),
        actor_role: 'operator',
        request_id: 'req-grant-audit',
        reason: 'regalo de prueba',
      },
      expect.objectContaining({ action: 'revoke-refused', actor_role: 'operator' }),
    ]);
  });

  it('bad input is a 400 naming the problem: no Idempotency-Key, zero, no reason, unknown person 404', async () => {
    const user = await addUser(api.app, nextId++);
    const noKey = await api.http.inject({
      method: 'POST',
      url: `/api/v1/users/${user}/besitos`,
      headers: api.as('operator'),
      payload: { amount: 10, reason: 'sin clave' },
    });
    expect(noKey.statusCode).toBe(400);
    expect(noKey.json().errors[0]).toMatchObject({ in: 'headers' });
    expect((await grant(user, 'zero', { amount: 0, reason: 'nada de nada' })).statusCode).toBe(400);
    expect((await grant(user, 'noreason', { amount: 3 })).statusCode).toBe(400);
    expect((await grant(987654321, 'ghost')).statusCode).toBe(404);
    expect(await balance(user)).toBe(0);
  });

  it('finds people by id, @username and name, a page at a time, and shows a card', async () => {
    for (let i = 0; i < 5; i++) await addUser(api.app, 9000 + i, { username: `rosa_${i}` });
    const byName = await api.http.inject({
      method: 'GET',
      url: '/api/v1/users?q=U900&limit=2',
      headers: api.as('viewer'),
    });
    expect(byName.statusCode).toBe(200);
    const first = byName.json();
    expect(first.items.map((p: { id: number }) => p.id)).toEqual([9000, 9001]);
    const second = (
      await api.http.inject({
        method: 'GET',
        url: `/api/v1/users?q=U900&limit=2&cursor=${first.next}`,
        headers: api.as('viewer'),
      })
    ).json();
    expect(second.items.map((p: { id: number }) => p.id)).toEqual([9002, 9003]);
    const byUsername = (
      await api.http.inject({ method: 'GET', url: '/api/v1/users?q=@ROSA_3', headers: api.as('viewer') })
    ).json();
    expect(byUsername.items.map((p: { id: number }) => p.id)).toEqual([9003]);
    const byId = (
      await api.http.inject({ method: 'GET', url: '/api/v1/users?q=9004', headers: api.as('viewer') })
    ).json();
    expect(byId).toEqual({ items: [expect.objectContaining({ id: 9004, username: 'rosa_4' })], next: null });
    const badCursor = await api.http.inject({
      method: 'GET',
      url: '/api/v1/users?q=U&cursor=%%%',
      headers: api.as('viewer'),
    });
    expect(badCursor.statusCode).toBe(400);

    await grant(9004, 'card-grant');
    const card = await api.http.inject({
      method: 'GET',
      url: '/api/v1/users/9004',
      headers: api.as('viewer'),
    });
    expect(card.statusCode).toBe(200);
    expect(card.json()).toMatchObject({
      person: { id: 9004, balance: 10 },
      level: expect.any(Number),
      isVip: false,
      story: null,
      inventory: [],
      recentLedger: [{ amount: 10, reason: 'admin_grant', balanceAfter: 10 }],
    });
    expect(
      (await api.http.inject({ method: 'GET', url: '/api/v1/users/424242', headers: api.as('viewer') }))
        .statusCode,
    ).toBe(404);
  });
});
