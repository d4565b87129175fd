// The context every handler receives: grammY's, plus the app, the user, their language and a logger.
import type { Context } from 'grammy';
import type { Logger } from 'pino';
import type { AppContext } from '../../app/services.ts';
import type { TranslationArgs } from '../../content/locales.ts';
import type { User } from '../db/repositories/users.ts';
import type { CallbackAction, CallbackCodec } from './callback-codec.ts';

export interface DianaFlavor {
  app: AppContext;
  codec: CallbackCodec;
  log: Logger;
  /** The registered user behind the update, if any. */
  user: User | undefined;
  locale: string;
  /** Translates a locale key in the user's language. */
  t(key: string, args?: TranslationArgs): string;
  /** Signed button data for this user. */
  button(action: string, ...args: (string | number)[]): string;
  /** The decoded button of a callback query; undefined when forged or foreign. */
  action: CallbackAction | undefined;
  /** 1 for an update's first handling; more when the inbox attempts it again after a failure. */
  attempt: number;
}

export type BotContext = Context & DianaFlavor;
