// The free channel end to end through the emulator: a join request is greeted in private by Lucien and
// approved after the (injected, shortened) wait; a request withdrawn or approved by someone else is closed
// without an error; a post published from /admin carries reaction buttons that pay once per person and post,
// deduplicated with native reactions, capped per day, with counters redrawn once per window; a person who never
// started the bot is invited to, and paid when they do.
import type { Message } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobByKey } from '../../src/adapters/db/repositories/jobs.ts';
import { findUser } from '../../src/adapters/db/repositories/users.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { eventPayloads } from '../support/economy.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';
import type { TelegramClient } from '../support/telegram-client.ts';

const ADMIN_ID = 9_100_001;
const DELAY_SECONDS = 60;

describe('the free channel', () => {
  let t: TestDiana;
  let admin: TelegramClient;
  const clock = new ManualClock('2026-03-02T18:00:00Z');
  let free: number;

  beforeAll(async () => {
    t = await startTestDiana({
      clock,
      env: { ADMIN_TELEGRAM_IDS: String(ADMIN_ID), JOIN_REQUEST_DELAY_SECONDS: String(DELAY_SECONDS) },
    });
    free = t.emulator.channels.demo.free;
    admin = t.client({ id: ADMIN_ID, first_name: 'Lucía' });
    await admin.send('/start');
  });
  afterAll(() => t?.stop());

  const calls = (method: string) => t.emulator.calls.get(method) ?? 0;
  const balance = async (id: number) => (await findUser(t.diana.app.db, id))?.balance;

  /** A registered member of the free channel (joined through a request the bot approved). */
  async function member(options: { start?: boolean } = {}): Promise<TelegramClient> {
    const person = t.client({ id: uniqueUserId(), first_name: 'Ana' });
    if (options.start ?? true) await person.send('/start');
    const greeting = person.nextBotMessage();
    t.emulator.channels.requestJoin(person.id, free);
    await greeting;
    clock.advance(DELAY_SECONDS * 1000);
    await t.settle();
    expect(t.emulator.channels.canRead(person.id, free)).toBe(true);
    return person;
  }

  async function publish(text: string): Promise<Message> {
    const menu = await admin.send('/admin');
    const channels = await admin.press('Canales', menu);
    await admin.press('Publicar en el canal gratuito', channels.message);
    const preview = await admin.send(text);
    expect(admin.text(preview)).toContain('Vista previa para el canal gratuito');
    const published = await admin.press('Publicar', preview);
    expect(published.answer.text).toBe('Publicada.');
    return t.emulator.history(free).at(-1)!;
  }

  it('greets a join request in private and approves it after the wait, emitting ChannelJoined', async () => {
    const ana = t.client({ id: uniqueUserId(), first_name: 'Ana' });
    await ana.send('/start');
    const greeting = ana.nextBotMessage();
    t.emulator.channels.requestJoin(ana.id, free);
    expect((await greeting).text).toContain('He recibido su solicitud para entrar en su canal');

    await t.settle();
    clock.advance((DELAY_SECONDS - 1) * 1000);
    await t.settle();
    expect(t.emulator.channels.canRead(ana.id, free)).toBe(false);

    clock.advance(1000);
    await t.settle();
    expect(t.emulator.channels.canRead(ana.id, free)).toBe(true);
    // The approval and Telegram's chat_member update both report the join; it counts once.
    await expect.poll(() => eventPayloads(t.diana.app, ana.id, 'ChannelJoined')).toEqual([{ chatId: free }]);
    await t.settle();
    expect(await eventPayloads(t.diana.app, ana.id, 'ChannelJoined')).toHaveLength(1);
  });

  it('greets someone who never started the bot, inviting them to', async () => {
    const stranger = t.client({ id: uniqueUserId(), first_name: 'Eva' });
    const greeting = stranger.nextBotMessage();
    t.emulator.channels.requestJoin(stranger.id, free);
    expect((await greeting).text).toContain('escriba /start');
  });

  it('closes a withdrawn request and one approved by another admin without an error', async () => {
    const withdrawn = t.client({ id: uniqueUserId() });
    const approvedElsewhere = t.client({ id: uniqueUserId() });
    for (const person of [withdrawn, approvedElsewhere]) {
      const greeting = person.nextBotMessage();
      t.emulator.channels.requestJoin(person.id, free);
      await greeting;
    }
    t.emulator.channels.cancelRequest(withdrawn.id, free);
    await t.emulator.call('approveChatJoinRequest', { chat_id: free, user_id: approvedElsewhere.id });
    clock.advance(DELAY_SECONDS * 1000);
    await t.settle();

    const statuses = await t.diana.app.db
      .selectFrom('join_requests')
      .select(['user_id', 'status'])
      .where('user_id', 'in', [withdrawn.id, approvedElsewhere.id])
      .orderBy('user_id')
      .execute();
    expect(statuses).toEqual([
      { user_id: withdrawn.id, status: 'withdrawn' },
      { user_id: approvedElsewhere.id, status: 'already_member' },
    ]);
    const failed = await t.diana.app.db
      .selectFrom('jobs')
      .select('key')
      .where('kind', '=', 'join-approve')
      .where((eb) => eb.or([eb('status', '!=', 'done'), eb('last_error', 'is not', null)]))
      .execute();
    expect(failed).toEqual([]);
  });

  it('pays a reaction button once per person and post, deduplicated with native reactions', async () => {
    const ana = await member();
    const bob = await member();
    const post = await publish('Esta noche, el salón rojo.');
    expect(ana.buttons(post)).toEqual(['🔥', '😈', '💋', '❤️']);
    const before = await balance(ana.id);

    expect((await ana.pressInChannel(free, post, '🔥')).text).toBe(`+2 besitos 💋 Saldo: ${before! + 2}`);
    const again = await ana.pressInChannel(free, post, '😈');
    expect(again.text).toBe('Ya ha reaccionado a esta publicación con 🔥. Una vez basta.');
    t.emulator.reactions.react(ana.id, free, post.message_id, '💋');
    t.emulator.reactions.react(bob.id, free, post.message_id, '💋');
    await expect.poll(() => eventPayloads(t.diana.app, bob.id, 'ReactionRecorded')).toHaveLength(1);
    await bob.pressInChannel(free, post, '🔥');

    expect(await balance(ana.id)).toBe(before! + 2);
    expect(await eventPayloads(t.diana.app, ana.id, 'ReactionRecorded')).toEqual([
      { chatId: free, messageId: post.message_id, postId: expect.any(Number), emoji: '🔥' },
    ]);
    const keys = await t.diana.app.db
      .selectFrom('transactions')
      .select('idempotency_key')
      .where('reason', '=', 'reaction')
      .where('user_id', 'in', [ana.id, bob.id])
      .execute();
    expect(keys.map((k) => k.idempotency_key).sort()).toEqual(
      [
        `reaction:${ana.id}:${free}:${post.message_id}`,
        `reaction:${bob.id}:${free}:${post.message_id}`,
      ].sort(),
    );

    // The counters are redrawn once, when the window closes, with every reaction of the window.
    const edits = calls('editMessageReplyMarkup');
    clock.advance(t.diana.app.pack.channels.counter_refresh_seconds * 1000);
    await t.settle();
    expect(calls('editMessageReplyMarkup')).toBe(edits + 1);
    expect(ana.buttons(t.emulator.message(free, post.message_id))).toEqual(['🔥 1', '😈', '💋 1', '❤️']);
  });

  it('stops paying reactions at the daily cap', async () => {
    const ana = await member();
    const cap = t.diana.app.pack.economy.daily_caps.reaction!;
    const before = await balance(ana.id);
    for (let i = 0; i <= cap; i++) {
      const message = await t.diana.bot.api.sendMessage(free, `Susurro ${i}`);
      t.emulator.reactions.react(ana.id, free, message.message_id, '❤️');
    }
    await expect
      .poll(() => eventPayloads(t.diana.app, ana.id, 'ReactionRecorded'), { timeout: 20_000 })
      .toHaveLength(cap + 1);
    expect(await balance(ana.id)).toBe(before! + cap * 2);
    const post = await publish('Una más, por si acaso.');
    expect((await ana.pressInChannel(free, post, '❤️')).text).toContain(
      'Por hoy ya ha recibido todos los besitos',
    );
  });

  it('invites someone who never started the bot to, and pays them when they do', async () => {
    const eva = await member({ start: false });
    const post = await publish('Para quien aún no ha entrado.');
    const answer = await eva.pressInChannel(free, post, '💋');
    expect(answer.text).toContain('pulse Iniciar');
    expect(answer.url).toBe(`https://t.me/${t.emulator.bot.username}?start=canal`);
    expect(await findUser(t.diana.app.db, eva.id)).toBeUndefined();

    const welcome = await eva.send('/start canal');
    expect(welcome.text).toContain('20 besitos');
    await expect
      .poll(() => eva.botMessages().at(-1)?.text)
      .toContain('Por sus reacciones en el canal le he abonado 2');
    expect(await balance(eva.id)).toBe(22);
    await t.settle();
    expect(await eventPayloads(t.diana.app, eva.id, 'ChannelJoined')).toEqual([{ chatId: free }]);
    expect(await eventPayloads(t.diana.app, eva.id, 'ReactionRecorded')).toHaveLength(1);
  });

  it('publishes a post once however often Publish is tapped, and shows channel figures', async () => {
    const menu = await admin.send('/admin');
    const channels = await admin.press('Canales', menu);
    await admin.press('Publicar en el canal gratuito', channels.message);
    const preview = await admin.send('Doble toque');
    const publishButton = admin.button('Publicar', preview);
    const posts = t.emulator.history(free).length;
    const [first, second] = await Promise.all([
      admin.pressData(publishButton.data, preview.message_id),
      admin.pressData(publishButton.data, preview.message_id),
    ]);
    expect([first.answer.text, second.answer.text].sort()).toEqual([
      'Esa publicación ya se ha enviado.',
      'Publicada.',
    ]);
    expect(t.emulator.history(free)).toHaveLength(posts + 1);

    const stats = await admin.press('Canales', await admin.send('/admin'));
    const text = admin.text(stats.message);
    expect(text).toMatch(/Solicitudes: \d+ · aprobadas \d+ · pendientes \d+ · retiradas 1/);
    expect(text).toMatch(/«Esta noche, el salón rojo\.» · 2 \(🔥 1 · 💋 1\)/);
  });

  it('keeps the approval job once and idempotent across a lost completion', async () => {
    const person = t.client({ id: uniqueUserId() });
    const greeting = person.nextBotMessage();
    const update = t.emulator.channels.requestJoin(person.id, free);
    expect(update).toBe('requested');
    await greeting;
    clock.advance(DELAY_SECONDS * 1000);
    const approvals = calls('approveChatJoinRequest');
    await t.settle();
    expect(calls('approveChatJoinRequest')).toBe(approvals + 1);
    // The job's "done" is lost (a crash right after Telegram answered): it runs again and does nothing.
    const [row] = await t.diana.app.db
      .selectFrom('jobs')
      .select('key')
      .where('kind', '=', 'join-approve')
      .where('payload', '@>', JSON.stringify({ userId: person.id }) as never)
      .execute();
    await t.diana.app.db
      .updateTable('jobs')
      .set({ status: 'pending', run_at: clock.now() })
      .where('key', '=', row!.key)
      .execute();
    await t.settle();
    expect(calls('approveChatJoinRequest')).toBe(approvals + 1);
    expect((await jobByKey(t.diana.app.db, row!.key))?.status).toBe('done');
  });

  it('previews and publishes a post of 4,096 characters, and a photo with a caption of 1,024', async () => {
    const full = 'Diana espera. '.repeat(300).slice(0, 4096);
    const caption = 'La llave del jardín. '.repeat(60).slice(0, 1024);
    expect([full.length, full.trim().length, caption.length, caption.trim().length]).toEqual([
      4096, 4096, 1024, 1024,
    ]);

    const menu = await admin.send('/admin');
    const channels = await admin.press('Canales', menu);
    await admin.press('Publicar en el canal gratuito', channels.message);
    const heading = await admin.send(full);
    expect(admin.text(heading)).toContain('Vista previa para el canal gratuito');
    await expect.poll(() => admin.lastMenu().text).toBe(full);
    expect((await admin.press('Publicar', admin.lastMenu())).answer.text).toBe('Publicada.');
    expect(t.emulator.history(free).at(-1)?.text).toBe(full);

    const again = await admin.press('Canales', await admin.send('/admin'));
    await admin.press('Publicar en el canal gratuito', again.message);
    const photoHeading = admin.nextBotMessage();
    t.emulator.sendMedia(admin.id, 'photo', { url: 'https://example.org/jardin.jpg', caption });
    expect(admin.text(await photoHeading)).toContain('Vista previa para el canal gratuito');
    await expect.poll(() => admin.lastMenu().caption).toBe(caption);
    expect((await admin.press('Publicar', admin.lastMenu())).answer.text).toBe('Publicada.');
    const post = t.emulator.history(free).at(-1);
    expect(post?.caption).toBe(caption);
    expect(post?.photo?.[0]?.file_id).toBe('https://example.org/jardin.jpg');
  });
});
