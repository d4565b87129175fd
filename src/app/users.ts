// Registering visitors and their preferences.

import { appendEvents, transact } from '../adapters/db/repositories/events.ts';
import {
  findUser,
  type PersonSummary,
  registerAtOnce,
  searchUsers,
  setAddress,
  setBroadcasts,
  setLanguage,
  setNotifications,
  setStandingHidden,
  type TelegramProfile,
  touchUser,
  type Upserted,
  type User,
  type UserSearch,
  upsertUser,
  usersByUsername,
} from '../adapters/db/repositories/users.ts';
import { isAddress } from '../domain/address.ts';
import type { UserQuery } from '../domain/admin-input.ts';
import { type LedgerEntry, ledgerKeys } from '../domain/economy/ledger.ts';
import type { DomainEvent } from '../domain/events.ts';
import { managedChannels } from './channels/membership.ts';
import { creditWaitingRewards } from './channels/waiting-rewards.ts';
import { openingAward, openingEvents } from './ledger.ts';
import type { AppContext } from './services.ts';

export interface Registration {
  user: User;
  created: boolean;
  welcomeBonus: number;
  /** Besitos for reactions in the channels made before starting the bot, paid now. */
  waitingRewards: number;
}

/**
 * /start: creates the user once and pays the welcome bonus (and rewards waiting from the channels) once,
 * whatever the number of concurrent or repeated calls. A later /start only refreshes the names (and keeps a
 * new deep-link payload). `known` is the user as already loaded for this update, if registered.
 */
export async function registerUser(
  app: AppContext,
  profile: TelegramProfile,
  startPayload: string | null,
  known?: User,
): Promise<Registration> {
  if (known && !startPayload) {
    await touchUser(app.db, profile);
    return {
      user: { ...known, firstName: profile.firstName },
      created: false,
      welcomeBonus: 0,
      waitingRewards: 0,
    };
  }
  const now = app.clock.now();
  // The welcome gift opens the account in the statement that creates it.
  const welcome = openingAward(app.pack, now, {
    userId: profile.id,
    base: app.pack.economy.rewards.welcome,
    reason: 'welcome',
    key: ledgerKeys.welcome(profile.id),
  });
  const registered: DomainEvent = {
    type: 'UserRegistered',
    userId: profile.id,
    at: now,
    payload: { language: profile.language, startPayload },
  };
  // Most people arrive with nothing waiting from the channels: one statement registers them whole.
  const atOnce = await transact(app.db, async (tx) => {
    const upserted = await registerAtOnce(tx, profile, startPayload, now, managedChannels(app), welcome, [
      { event: registered, if: 'created' },
      ...(welcome ? openingEvents(app.pack, welcome) : []).map((event) => ({ event, if: 'opened' as const })),
    ]);
    return upserted && registration(upserted, welcome, 0);
  });
  if (atOnce) return atOnce;
  return transact(app.db, async (tx) => {
    const upserted = await upsertUser(tx, profile, startPayload, now, managedChannels(app), welcome);
    if (!upserted.created) return registration(upserted, welcome, 0);
    await appendEvents(tx, [registered]);
    if (welcome && upserted.opened) await appendEvents(tx, openingEvents(app.pack, welcome));
    // Reactions and channel joins from before the user started the bot count from now.
    const paidWaiting = await creditWaitingRewards(tx, app, profile.id, upserted);
    const { user } = upserted;
    user.balance += paidWaiting;
    user.totalEarned += paidWaiting;
    // Reactions are activity, and a person who has just registered is not VIP: all of it counts.
    user.activityEarned += paidWaiting;
    return registration(upserted, welcome, paidWaiting);
  });
}

/** What a registration tells the person: the gift only if this call opened the account. */
function registration(
  { user, created, opened }: Upserted,
  welcome: LedgerEntry | undefined,
  waitingRewards: number,
): Registration {
  return { user, created, welcomeBonus: created && opened ? (welcome?.amount ?? 0) : 0, waitingRewards };
}

export async function changeLanguage(app: AppContext, userId: number, language: string): Promise<void> {
  if (!app.pack.locales.codes.includes(language)) return;
  await transact(app.db, async (tx) => {
    await setLanguage(tx, userId, language);
    await appendEvents(tx, [{ type: 'LanguageChanged', userId, payload: { language } }]);
  });
}

export async function changeBroadcasts(app: AppContext, userId: number, on: boolean): Promise<void> {
  await setBroadcasts(app.db, userId, on);
}

/** Whether the person's name shows in the weekly standing (hidden: they appear as a discreet guest). */
export async function changeStandingHidden(app: AppContext, userId: number, hidden: boolean): Promise<void> {
  await setStandingHidden(app.db, userId, hidden);
}

/** How Lucien addresses the person from now on; false (nothing changes) for an unknown form. */
export async function changeAddress(app: AppContext, userId: number, address: string): Promise<boolean> {
  if (!isAddress(address)) return false;
  await setAddress(app.db, userId, address);
  return true;
}

export async function changeNotifications(app: AppContext, userId: number, on: boolean): Promise<void> {
  await setNotifications(app.db, userId, on);
}

/**
 * The person an admin means by an id or a @username: `ambiguous` when two people are stored with the name (one
 * of them renamed since they were last seen), so that nothing is done to the wrong person.
 */
export async function findByQuery(
  app: AppContext,
  query: UserQuery,
): Promise<User | 'unknown' | 'ambiguous'> {
  if ('id' in query) return (await findUser(app.db, query.id)) ?? 'unknown';
  const found = await usersByUsername(app.db, query.username);
  if (found.length > 1) return 'ambiguous';
  return found[0] ?? 'unknown';
}

/**
 * People for an operator's search box: a numeric id, a @username or a name (or their beginning); by id,
 * `limit` at a time, after the id `after` (the last one of the previous page).
 */
export async function searchPeople(
  app: AppContext,
  text: string,
  after: number | undefined,
  limit: number,
): Promise<{ people: PersonSummary[]; more: boolean }> {
  const q = text.trim();
  const search: UserSearch = /^\d{1,15}$/.test(q)
    ? { id: Number(q) }
    : q.startsWith('@')
      ? { username: q }
      : { name: q };
  const found = await searchUsers(app.db, search, after, limit + 1);
  return { people: found.slice(0, limit), more: found.length > limit };
}
