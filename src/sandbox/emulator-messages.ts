// The emulator's message methods: sending text and photos (to private chats and channels), editing text,
// captions, media and keyboards, and deleting, with Telegram's errors.
import type { InlineKeyboardMarkup, Message, ReplyKeyboardMarkup } from 'grammy/types';
import { type BotApiEmulator, BotApiError, type Params } from './emulator.ts';

const MAX_TEXT = 4096;
const MAX_CAPTION = 1024;
const MAX_CALLBACK_DATA = 64;

export function checkText(text: unknown, what = 'message text'): string {
  if (typeof text !== 'string' || text.trim() === '')
    throw new BotApiError(400, `Bad Request: ${what} is empty`);
  if (text.length > MAX_TEXT) throw new BotApiError(400, 'Bad Request: message is too long');
  return text;
}

export function checkCaption(caption: unknown): string | undefined {
  if (typeof caption !== 'string') return undefined;
  if (caption.length > MAX_CAPTION) throw new BotApiError(400, 'Bad Request: message caption is too long');
  return caption;
}

/** Inline buttons (checked as Telegram does), or a reply keyboard under the composer (every key has a text). */
export function checkMarkup(markup: unknown): InlineKeyboardMarkup | undefined {
  if (markup === undefined || markup === null) return undefined;
  const parsed = (typeof markup === 'string' ? JSON.parse(markup) : markup) as InlineKeyboardMarkup &
    Partial<ReplyKeyboardMarkup>;
  for (const row of parsed.keyboard ?? []) {
    for (const key of row) {
      if (!(typeof key === 'string' ? key : key.text)) {
        throw new BotApiError(400, 'Bad Request: keyboard button text is empty');
      }
    }
  }
  for (const row of parsed.inline_keyboard ?? []) {
    for (const button of row) {
      if ('callback_data' in button && Buffer.byteLength(button.callback_data) > MAX_CALLBACK_DATA) {
        throw new BotApiError(400, 'Bad Request: BUTTON_DATA_INVALID');
      }
      if ('url' in button && !/^(https?|tg):\/\/\S+$/.test(button.url)) {
        throw new BotApiError(400, 'Bad Request: inline keyboard button URL is invalid');
      }
      if (!button.text)
        throw new BotApiError(400, 'Bad Request: text buttons are unallowed in the inline keyboard');
    }
  }
  return parsed;
}

/** Whether a send asks for a paid broadcast (a JSON true, or "true" in a form-encoded request). */
function paidBroadcast(p: Params): boolean {
  return p.allow_paid_broadcast === true || p.allow_paid_broadcast === 'true';
}

export function registerMessageMethods(em: BotApiEmulator): void {
  const photoOf = (fileId: string): Message['photo'] => [
    { file_id: fileId, file_unique_id: fileId, width: 800, height: 600 },
  ];

  const findMessage = (p: Params): { chatId: number; message: Message } => {
    const chatId = em.chatOf(p);
    const message = em.message(chatId, Number(p.message_id));
    if (!message) throw new BotApiError(400, 'Bad Request: message to edit not found');
    return { chatId, message };
  };

  const replaceMessage = (
    chatId: number,
    before: Message,
    changes: Partial<Message>,
    drop: readonly string[] = [],
  ): Message => {
    const after = { ...before, ...changes, edit_date: em.unixNow() } as Message;
    if (!changes.reply_markup) delete (after as { reply_markup?: unknown }).reply_markup;
    for (const field of drop) delete (after as unknown as Record<string, unknown>)[field];
    const same = JSON.stringify({ ...before, edit_date: 0 }) === JSON.stringify({ ...after, edit_date: 0 });
    if (same) {
      throw new BotApiError(
        400,
        'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
      );
    }
    em.put(chatId, after);
    em.emit({ kind: 'edit', chatId, message: after });
    return after;
  };

  em.handle('sendMessage', (p) => {
    const chatId = em.chatOf(p, { write: true });
    const text = checkText(p.text);
    const markup = checkMarkup(p.reply_markup);
    const message = em.store(chatId, { from: em.bot, text, ...(markup ? { reply_markup: markup } : {}) });
    if (paidBroadcast(p)) em.paidMessages++;
    em.emit({ kind: 'message', chatId, message });
    return message;
  });

  em.handle('sendPhoto', (p) => {
    const chatId = em.chatOf(p, { write: true });
    if (typeof p.photo !== 'string' || !p.photo)
      throw new BotApiError(400, 'Bad Request: there is no photo in the request');
    const caption = checkCaption(p.caption);
    const markup = checkMarkup(p.reply_markup);
    const message = em.store(chatId, {
      from: em.bot,
      photo: photoOf(p.photo),
      ...(caption !== undefined ? { caption } : {}),
      ...(markup ? { reply_markup: markup } : {}),
    });
    if (paidBroadcast(p)) em.paidMessages++;
    em.emit({ kind: 'message', chatId, message });
    return message;
  });

  em.handle('editMessageText', (p) => {
    const { chatId, message } = findMessage(p);
    if (message.text === undefined)
      throw new BotApiError(400, 'Bad Request: there is no text in the message to edit');
    const text = checkText(p.text);
    const markup = checkMarkup(p.reply_markup);
    return replaceMessage(chatId, message, { text, ...(markup ? { reply_markup: markup } : {}) });
  });

  em.handle('editMessageCaption', (p) => {
    const { chatId, message } = findMessage(p);
    if (message.photo === undefined)
      throw new BotApiError(400, 'Bad Request: there is no caption in the message to edit');
    const markup = checkMarkup(p.reply_markup);
    return replaceMessage(chatId, message, {
      caption: checkCaption(String(p.caption ?? '')) ?? '',
      ...(markup ? { reply_markup: markup } : {}),
    });
  });

  // Replaces the media of a message (and its caption); a text message gains the media, as Telegram allows.
  // Only photos are emulated, the only media Diana sends.
  em.handle('editMessageMedia', (p) => {
    const { chatId, message } = findMessage(p);
    let media: { type?: unknown; media?: unknown; caption?: unknown };
    try {
      media = (typeof p.media === 'string' ? JSON.parse(p.media) : p.media) ?? {};
    } catch {
      throw new BotApiError(400, "Bad Request: can't parse input media JSON object");
    }
    if (typeof media !== 'object')
      throw new BotApiError(400, "Bad Request: can't parse input media JSON object");
    if (typeof media.media !== 'string' || !media.media) {
      throw new BotApiError(400, "Bad Request: can't parse InputMedia: Media is not specified");
    }
    if (media.type !== 'photo') {
      throw new BotApiError(400, "Bad Request: can't parse InputMedia: Unsupported media type specified");
    }
    const caption = checkCaption(media.caption);
    const markup = checkMarkup(p.reply_markup);
    return replaceMessage(
      chatId,
      message,
      {
        photo: photoOf(media.media),
        ...(caption !== undefined ? { caption } : {}),
        ...(markup ? { reply_markup: markup } : {}),
      },
      ['text', 'entities', ...(caption === undefined ? ['caption'] : [])],
    );
  });

  em.handle('editMessageReplyMarkup', (p) => {
    const { chatId, message } = findMessage(p);
    const markup = checkMarkup(p.reply_markup);
    return replaceMessage(chatId, message, markup ? { reply_markup: markup } : {});
  });

  em.handle('deleteMessage', (p) => {
    const chatId = em.chatOf(p);
    const id = Number(p.message_id);
    if (!em.remove(chatId, id)) throw new BotApiError(400, 'Bad Request: message to delete not found');
    em.emit({ kind: 'delete', chatId, messageId: id });
    return true;
  });
}
