// Broadcasts through the admin API on both databases: the audience of a segment, a broadcast created once per
// Idempotency-Key (another request under the same key is 422), its status and counts as it is sent, cancel,
// a paid broadcast, bad input as 400 problems, and the roles (viewer reads, operator writes).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { BroadcastSender } from '../../src/app/broadcasts/sender.ts';
import { startApi } from '../support/api.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';
import { addUser } from '../support/economy.ts';
import { FakeGateway } from '../support/fake-gateway.ts';

describe.each(DATABASE_KINDS)('admin API: broadcasts (%s)', (kind) => {
  let database: Database;
  let api: Awaited<ReturnType<typeof startApi>>;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    api = await startApi(database);
    const now = api.app.clock.now().getTime();
    for (let i = 0; i < 5; i++)
      await addUser(api.app, 8_200_001 + i, i < 2 ? { vipUntil: new Date(now + 86_400_000 * (i + 2)) } : {});
  });
  afterAll(async () => {
    await api?.close();
    await database?.close();
  });

  it('previews a segment, creates a broadcast once per key, follows it to the end, and cancels another', async () => {
    expect((await api.call('GET', '/segments/preview', 'viewer')).json()).toEqual({
      segment: {},
      audience: 5,
    });
    const vip = await api.call('GET', '/segments/preview?vip=true&languages=es,en', 'viewer');
    expect(vip.json()).toEqual({ segment: { vip: true, languages: ['es', 'en'] }, audience: 2 });
    expect((await api.call('GET', '/segments/preview?vipEndingWithinDays=2', 'viewer')).json().audience).toBe(
      1,
    );
    expect((await api.call('GET', '/segments/preview?minLevel=0', 'viewer')).statusCode).toBe(400);
    expect((await api.call('GET', '/segments/preview?colour=red', 'viewer')).statusCode).toBe(400);

    const body = {
      message: { text: 'Capítulo nuevo', buttons: [{ target: 'story' }] },
      segment: { vip: true },
    };
    const headers = { 'idempotency-key': 'bc-1' };
    const created = await api.call('POST', '/broadcasts', 'operator', { payload: body, headers });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as number;
    expect(created.json()).toMatchObject({ status: 'scheduled', counts: { audience: 2, remaining: 2 } });
    const again = await api.call('POST', '/broadcasts', 'operator', { payload: body, headers });
    expect(again.statusCode).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(id);
    const other = await api.call('POST', '/broadcasts', 'operator', {
      payload: { ...body, message: { text: 'Otro' } },
      headers,
    });
    expect(other.statusCode).toBe(422);
    expect((await api.call('POST', '/broadcasts', 'operator', { payload: body })).statusCode).toBe(400);
    const empty = await api.call('POST', '/broadcasts', 'operator', {
      payload: { message: { text: '  ' } },
      headers: { 'idempotency-key': 'bc-empty' },
    });
    expect(empty.statusCode).toBe(400);

    const telegram = new FakeGateway();
    await new BroadcastSender(api.app, telegram).drain();
    expect(telegram.count('send')).toBe(2);
    const done = await api.call('GET', `/broadcasts/${id}`, 'viewer');
    expect(done.json()).toMatchObject({
      status: 'done',
      counts: { audience: 2, sent: 2, failed: 0, blocked: 0, skipped: 0, remaining: 0 },
      etaSeconds: 0,
    });
    expect((await api.call('POST', `/broadcasts/${id}/cancel`, 'operator')).statusCode).toBe(409);

    const later = await api.call('POST', '/broadcasts', 'operator', {
      payload: { message: { text: 'Mañana' }, send_at: new Date(Date.now() + 86_400_000).toISOString() },
      headers: { 'idempotency-key': 'bc-2' },
    });
    expect(later.json()).toMatchObject({ status: 'scheduled', counts: { audience: 5 } });
    const cancelled = await api.call('POST', `/broadcasts/${later.json().id}/cancel`, 'operator');
    expect(cancelled.json().status).toBe('cancelled');
    expect((await api.call('GET', '/broadcasts/999999', 'viewer')).statusCode).toBe(404);
    const audit = await api.app.db
      .selectFrom('audit_log')
      .select(['action', 'actor_role'])
      .where('ref', '=', `broadcast:${later.json().id}`)
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'broadcast.create', actor_role: 'operator' },
      { action: 'broadcast.cancel', actor_role: 'operator' },
    ]);
  });

  it('sends a photo with the text as its caption, and refuses a plain-http photo or a caption too long for one', async () => {
    const photo = 'https://example.org/capitulo-2.jpg';
    const created = await api.call('POST', '/broadcasts', 'operator', {
      payload: { message: { text: 'Ha llegado el capítulo 2', photo }, segment: { vip: true } },
      headers: { 'idempotency-key': 'bc-photo' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ photo, text: 'Ha llegado el capítulo 2' });
    const telegram = new FakeGateway();
    await new BroadcastSender(api.app, telegram).drain();
    expect(telegram.sent(8_200_001)).toEqual([{ text: 'Ha llegado el capítulo 2', photo }]);
    expect((await api.call('GET', `/broadcasts/${created.json().id}`, 'viewer')).json().photo).toBe(photo);

    for (const [key, message] of [
      ['bc-http', { text: 'x', photo: 'http://example.org/a.jpg' }],
      ['bc-long', { text: 'x'.repeat(1025), photo }],
    ] as const) {
      const refused = await api.call('POST', '/broadcasts', 'operator', {
        payload: { message },
        headers: { 'idempotency-key': key },
      });
      expect(refused.statusCode).toBe(400);
    }
    // Without a photo, the same long text is a message of its own.
    const long = await api.call('POST', '/broadcasts', 'operator', {
      payload: { message: { text: 'x'.repeat(1025) }, segment: { vip: true } },
      headers: { 'idempotency-key': 'bc-long-text' },
    });
    expect(long.statusCode).toBe(201);
    expect(long.json().photo).toBeNull();
  });

  it('creates a paid broadcast, sent as paid; refuses a paid flag that is not a boolean', async () => {
    const document = (await api.http.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    const body = document.paths['/api/v1/broadcasts'].post.requestBody.content['application/json'].schema;
    expect(body.properties.paid).toMatchObject({ type: 'boolean', default: false });

    const payload = { message: { text: 'Estreno en directo' }, segment: { vip: true }, paid: true };
    const created = await api.call('POST', '/broadcasts', 'operator', {
      payload,
      headers: { 'idempotency-key': 'bc-paid' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ paid: true, counts: { audience: 2 } });
    // The same key for the same message sent free is another request.
    const free = await api.call('POST', '/broadcasts', 'operator', {
      payload: { ...payload, paid: false },
      headers: { 'idempotency-key': 'bc-paid' },
    });
    expect(free.statusCode).toBe(422);
    const telegram = new FakeGateway();
    await new BroadcastSender(api.app, telegram).drain();
    // The free broadcast left by the test before goes out beside it, as free messages.
    expect(telegram.paidSends()).toBe(2);
    expect(telegram.sent(8_200_001).filter((m) => m.text === 'Estreno en directo')).toHaveLength(1);
    const done = await api.call('GET', `/broadcasts/${created.json().id}`, 'viewer');
    expect(done.json()).toMatchObject({ paid: true, status: 'done', counts: { sent: 2 } });
    const audit = await api.app.db
      .selectFrom('audit_log')
      .select('after')
      .where('ref', '=', `broadcast:${created.json().id}`)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.after)).toContain('"paid":true');

    for (const [key, paid] of [
      ['bc-paid-text', 'yes'],
      ['bc-paid-number', 1],
      ['bc-paid-null', null],
    ] as const) {
      const refused = await api.call('POST', '/broadcasts', 'operator', {
        payload: { ...payload, paid },
        headers: { 'idempotency-key': key },
      });
      expect(refused.statusCode, key).toBe(400);
      expect(refused.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(refused.json().detail ?? refused.json().title).toMatch(/paid/);
    }
    // Broadcasts created without the flag are free.
    const plain = await api.call('POST', '/broadcasts', 'operator', {
      payload: { message: { text: 'Sin prisa' }, segment: { vip: true } },
      headers: { 'idempotency-key': 'bc-plain' },
    });
    expect(plain.json().paid).toBe(false);
  });

  it('a viewer cannot create or cancel', async () => {
    const denied = await api.call('POST', '/broadcasts', 'viewer', {
      payload: { message: { text: 'x' } },
      headers: { 'idempotency-key': 'bc-v' },
    });
    expect(denied.statusCode).toBe(403);
    expect((await api.call('POST', '/broadcasts/1/cancel', 'viewer')).statusCode).toBe(403);
  });
});
