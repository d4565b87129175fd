// The emulator's editMessageMedia answers like Telegram: photos replace photos (or join a text message),
// malformed media and long captions are refused with Telegram's errors, an identical edit is "not modified".

import type { Message } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { BotApiEmulator } from '../../src/sandbox/emulator.ts';

describe('emulator editMessageMedia', () => {
  const emulator = new BotApiEmulator();
  emulator.addUser({ id: 1, first_name: 'Ana' });
  // Telegram lets a bot write only to people who opened the chat with it.
  emulator.sendText(1, '/start');
  const send = async (method: string, params: Record<string, unknown>) =>
    (await emulator.call(method, { chat_id: 1, ...params })) as Message;
  const edit = (message_id: number, media: unknown) =>
    emulator.call('editMessageMedia', { chat_id: 1, message_id, media });

  it('replaces the photo and caption of a message', async () => {
    const photo = await send('sendPhoto', { photo: 'a.jpg', caption: 'one' });
    const edited = (await edit(
      photo.message_id,
      JSON.stringify({ type: 'photo', media: 'b.jpg', caption: 'two' }),
    )) as Message;
    expect(edited).toMatchObject({
      message_id: photo.message_id,
      caption: 'two',
      photo: [{ file_id: 'b.jpg' }],
    });
    await expect(
      edit(photo.message_id, { type: 'photo', media: 'b.jpg', caption: 'two' }),
    ).rejects.toMatchObject({
      code: 400,
      description: expect.stringContaining('message is not modified'),
    });
  });

  it('adds media to a text message', async () => {
    const text = await send('sendMessage', { text: 'hello' });
    const edited = (await edit(text.message_id, { type: 'photo', media: 'c.jpg' })) as Message;
    expect(edited.text).toBeUndefined();
    expect(edited.photo?.[0]?.file_id).toBe('c.jpg');
  });

  it('refuses what Telegram refuses', async () => {
    const photo = await send('sendPhoto', { photo: 'a.jpg' });
    await expect(edit(photo.message_id, '{not json')).rejects.toMatchObject({
      description: "Bad Request: can't parse input media JSON object",
    });
    await expect(edit(photo.message_id, { type: 'photo' })).rejects.toMatchObject({
      description: "Bad Request: can't parse InputMedia: Media is not specified",
    });
    await expect(edit(999, { type: 'photo', media: 'x.jpg' })).rejects.toMatchObject({
      description: 'Bad Request: message to edit not found',
    });
    await expect(
      edit(photo.message_id, { type: 'photo', media: 'x.jpg', caption: 'x'.repeat(1025) }),
    ).rejects.toMatchObject({
      description: 'Bad Request: message caption is too long',
    });
    await expect(send('sendPhoto', { photo: 'a.jpg', caption: 'x'.repeat(1025) })).rejects.toMatchObject({
      description: 'Bad Request: message caption is too long',
    });
  });
});
