// Registering visitors and their preferences.

import { appendEvents } from '../adapters/db/repositories/events.ts';
import {
  setLanguage,
  type TelegramProfile,
  type User,
  upsertUser,
} from '../adapters/db/repositories/users.ts';
import { ledgerKeys } from '../domain/economy/ledger.ts';
import { award } from './ledger.ts';
import type { AppContext } from './services.ts';

export interface Registration {
  user: User;
  created: boolean;
  welcomeBonus: number;
}

/**
 * /start: creates the user once and pays the welcome bonus once, whatever the number of concurrent or repeated
 * calls. A later /start only refreshes the names (and keeps a new deep-link payload).
 */
export async function registerUser(
  app: AppContext,
  profile: TelegramProfile,
  startPayload: string | null,
): Promise<Registration> {
  const bonus = app.pack.economy.rewards.welcome;
  return app.db.transaction().execute(async (tx) => {
    const { user, created } = await upsertUser(tx, profile, startPayload);
    if (!created) return { user, created, welcomeBonus: 0 };
    await appendEvents(tx, [
      { type: 'UserRegistered', userId: user.id, payload: { language: user.language, startPayload } },
    ]);
    if (bonus > 0) {
      const paid = await award(tx, app.pack, app.clock.now(), {
        userId: user.id,
        base: bonus,
        reason: 'welcome',
        key: ledgerKeys.welcome(user.id),
        zone: app.timeZone,
      });
      user.balance = paid.balance;
      user.totalEarned = paid.totalEarned;
    }
    return { user, created, welcomeBonus: bonus };
  });
}

export async function changeLanguage(app: AppContext, userId: number, language: string): Promise<void> {
  if (!app.pack.locales.codes.includes(language)) return;
  await app.db.transaction().execute(async (tx) => {
    await setLanguage(tx, userId, language);
    await appendEvents(tx, [{ type: 'LanguageChanged', userId, payload: { language } }]);
  });
}
