// The one renderer of menu screens: a text and an inline keyboard, shown by editing the message whose
// button was tapped, or as a new message when the screen is opened by a command.
import { InlineKeyboard } from 'grammy';
import type { BotContext } from './context.ts';
import { isTelegramFailure } from './telegram-errors.ts';

/** Telegram's limits: characters in a message, and in a photo's caption. */
export const MAX_MESSAGE_CHARS = 4096;
export const MAX_CAPTION_CHARS = 1024;

export interface Screen {
  text: string;
  keyboard: InlineKeyboard;
  /** An image shown above the text (a URL or a Telegram file id). */
  photo?: string | undefined;
}

export interface ButtonSpec {
  label: string;
  action: string;
  args?: (string | number)[];
}

/** Builds a keyboard of signed buttons, one array per row. */
export function keyboard(ctx: BotContext, rows: ButtonSpec[][]): InlineKeyboard {
  return InlineKeyboard.from(
    rows
      .filter((row) => row.length > 0)
      .map((row) => row.map((b) => InlineKeyboard.text(b.label, ctx.button(b.action, ...(b.args ?? []))))),
  );
}

export async function showScreen(ctx: BotContext, screen: Screen): Promise<void> {
  const message = ctx.callbackQuery?.message;
  if (message) {
    const hadPhoto = 'photo' in message && message.photo !== undefined;
    if (hadPhoto === Boolean(screen.photo)) {
      try {
        if (screen.photo) {
          await ctx.editMessageMedia(
            { type: 'photo', media: screen.photo, caption: screen.text },
            { reply_markup: screen.keyboard },
          );
        } else {
          await ctx.editMessageText(screen.text, { reply_markup: screen.keyboard });
        }
        return;
      } catch (error) {
        if (isTelegramFailure(error, 'not_modified')) return;
        if (!isTelegramFailure(error, 'message_gone')) throw error;
      }
    } else {
      // Telegram cannot turn a text message into a photo or back; replace it.
      await ctx.deleteMessage().catch(() => undefined);
    }
  }
  if (screen.photo) {
    await ctx.replyWithPhoto(screen.photo, { caption: screen.text, reply_markup: screen.keyboard });
  } else {
    await ctx.reply(screen.text, { reply_markup: screen.keyboard });
  }
}
