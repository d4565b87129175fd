// Reading and writing users.
import { sql } from 'kysely';
import type { LedgerEntry } from '../../../domain/economy/ledger.ts';
import type { DomainEvent } from '../../../domain/events.ts';
import type { Executor } from '../database.ts';
import { lastInTransaction, lockBetweenTransactions } from '../pglite-dialect.ts';
import { eventsWrittenIf } from './events.ts';
import { openingEntry } from './ledger.ts';

export interface TelegramProfile {
  id: number;
  firstName: string;
  lastName?: string | undefined;
  username?: string | undefined;
  language: string;
}

export interface User {
  id: number;
  firstName: string;
  lastName: string | null;
  username: string | null;
  language: string;
  balance: number;
  totalEarned: number;
  /** Besitos earned by activity (src/domain/economy/activity.ts): the level follows it. */
  activityEarned: number;
  /** How Lucien addresses them (src/domain/address.ts); null until they choose (neutral wording). */
  address: string | null;
  startPayload: string | null;
  notifications: boolean;
  /** False when they turned broadcasts off. */
  broadcasts: boolean;
  /** True when they keep their name out of the weekly standing. */
  standingHidden: boolean;
  timeZone: string | null;
  /** Quiet hours they chose ('HH:MM-HH:MM' or 'off'); null keeps the pack's. Read through app/quiet-hours.ts. */
  quietHours: string | null;
  vipUntil: Date | null;
  createdAt: Date;
}

/** What upsertUser did: the person, and what the statement read and wrote for them. */
export interface Upserted {
  user: User;
  created: boolean;
  opened: boolean;
  reactionsWaiting: boolean;
  channelsJoined: number[];
}

/**
 * Creates the user or refreshes their names, holding the person's registration lock (see lockRegistration)
 * from then until the transaction ends. Returns whether this call created them (of two concurrent calls
 * exactly one sees `created`), whether reactions they made in the channels are waiting to be paid, and which of
 * `channels` they are in (what they did before registering, read once the lock is held). A new account opens
 * with `opening` (the welcome gift) in the same statement: `opened` tells whether it was written.
 */
export async function upsertUser(
  db: Executor,
  profile: TelegramProfile,
  startPayload: string | null,
  /** When the person arrives, by the app's clock (their first day counts from it); the database's when absent. */
  at?: Date,
  /** The channels whose membership counts (the deployment's). */
  channels: readonly number[] = [],
  /** The account's first ledger entry, should this call create the user. */
  opening?: LedgerEntry,
): Promise<Upserted> {
  // Without `whole`, the statement writes the person whatever waits for them: it always answers a row.
  return (await upsert(db, profile, startPayload, at, channels, opening))!;
}

/**
 * A registration in one statement, the transaction's last: upsertUser's, which also writes the registration's
 * events (each one when the user is `created`, or when the account is `opened`). For a new person who did
 * something in the channels before (reactions to pay, channels joined) it writes nothing at all and answers
 * undefined: their registration takes more than one statement (upsertUser, then what waits).
 */
export function registerAtOnce(
  db: Executor,
  profile: TelegramProfile,
  startPayload: string | null,
  at: Date,
  channels: readonly number[],
  opening: LedgerEntry | undefined,
  events: readonly { event: DomainEvent; if: 'created' | 'opened' }[],
): Promise<Upserted | undefined> {
  return upsert(db, profile, startPayload, at, channels, opening, events);
}

async function upsert(
  db: Executor,
  profile: TelegramProfile,
  startPayload: string | null,
  at: Date | undefined,
  channels: readonly number[],
  opening: LedgerEntry | undefined,
  whole?: readonly { event: DomainEvent; if: 'created' | 'opened' }[],
): Promise<Upserted | undefined> {
  // The lock comes first, in a statement of its own: a statement sees what was committed when it began, and the
  // use-case that held the lock (a reaction recorded meanwhile) commits while this one waits for it.
  await lockRegistration(db, profile.id);
  const id = sql`${profile.id}::bigint`;
  const inChannels = channels.length === 0 ? sql`false` : sql`m.chat_id IN (${sql.join(channels)})`;
  const waiting = whole
    ? sql`NOT EXISTS (SELECT 1 FROM users WHERE id = ${id}) AND (
        EXISTS (SELECT 1 FROM reactions r WHERE r.user_id = ${id} AND r.credited_at IS NULL)
        OR EXISTS (SELECT 1 FROM channel_members m WHERE m.user_id = ${id} AND m.is_member AND ${inChannels}))`
    : sql`false`;
  const events = whole && eventsWrittenIf(db, 'person', whole);
  const arrived = sql`COALESCE(${at ?? null}::timestamptz, now())`;
  const statement = sql<UserRow & Omit<UpsertedRow, keyof UserRow>>`
    WITH waiting AS (SELECT ${waiting} AS anything),
    entry AS (${opening ? openingEntry(opening, sql`NOT (SELECT anything FROM waiting)`) : NO_ENTRY}),
    person AS (
      INSERT INTO users (id, first_name, last_name, username, language, start_payload, created_at, last_seen_at,
                         balance, total_earned, activity_earned)
      SELECT ${id}, ${profile.firstName}::text, ${profile.lastName ?? null}::text, ${profile.username ?? null}::text,
             ${profile.language}::text, ${startPayload}::text, ${arrived}, ${arrived},
             COALESCE((SELECT amount FROM entry), 0), COALESCE((SELECT amount FROM entry), 0),
             COALESCE((SELECT activity FROM entry), 0)
      WHERE NOT (SELECT anything FROM waiting)
      ON CONFLICT (id) DO UPDATE SET
        first_name = excluded.first_name, last_name = excluded.last_name, username = excluded.username,
        -- Whoever writes to the bot can be reached again.
        unreachable_at = NULL,
        start_payload = coalesce(excluded.start_payload, users.start_payload)
      RETURNING *, (xmax = 0) AS created, EXISTS (SELECT 1 FROM entry) AS opened,
        EXISTS (SELECT 1 FROM reactions r WHERE r.user_id = users.id AND r.credited_at IS NULL) AS reactions_waiting,
        ARRAY(SELECT m.chat_id FROM channel_members m WHERE m.user_id = users.id AND m.is_member AND ${inChannels})
          AS channels_joined
    )${events ? sql`, written AS (${events.insert})` : sql``}
    SELECT * FROM person`.compile(db);
  const [row] = (await db.executeQuery(events ? lastInTransaction(statement) : statement)).rows;
  if (!row) return undefined;
  events?.wrote(row);
  return {
    user: toUser(row),
    created: row.created,
    opened: row.opened,
    reactionsWaiting: row.reactions_waiting,
    channelsJoined: row.channels_joined.map(Number).sort((a, b) => channels.indexOf(a) - channels.indexOf(b)),
  };
}

interface UpsertedRow {
  created: boolean;
  opened: boolean;
  reactions_waiting: boolean;
  channels_joined: string[];
}

/** An account opened without an entry. */
const NO_ENTRY = sql<{
  amount: number;
  activity: number;
}>`SELECT 0::bigint AS amount, 0 AS activity WHERE false`;

/**
 * Serializes, until the transaction ends, a person's registration with the use-cases that record what they
 * did before registering (reactions, channel joins): run at the same time, each would otherwise miss the
 * other's uncommitted rows, and the reward would wait forever. (Telegram ids stay below 2^53, clear of the
 * migrator's own advisory lock key.)
 */
export async function lockRegistration(tx: Executor, id: number): Promise<void> {
  await tx.executeQuery(
    lockBetweenTransactions(sql`SELECT pg_advisory_xact_lock(${id}::bigint)`.compile(tx)),
  );
}

/** Whether the person is a user, for a use-case that records what they did, in the registration's order. */
export async function isRegistered(tx: Executor, id: number): Promise<boolean> {
  await lockRegistration(tx, id);
  return Boolean(await findUser(tx, id));
}

export async function findUser(db: Executor, id: number): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toUser(row);
}

/**
 * Locks a user's row until the transaction ends and returns the user: every use-case that changes what a
 * user owns takes this lock first, so its checks and its writes see no concurrent change of that user.
 */
export async function lockUser(tx: Executor, id: number): Promise<User | undefined> {
  const row = await tx.selectFrom('users').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return row && toUser(row);
}

/**
 * The people whose stored @username is this one (names are refreshed on every update and a name has one
 * holder at a time, so more than one means a stale name: the caller refuses to guess). At most two.
 */
export async function usersByUsername(db: Executor, username: string): Promise<User[]> {
  const rows = await db
    .selectFrom('users')
    .selectAll()
    .where(sql`lower(username)`, '=', username.replace(/^@/, '').toLowerCase())
    .limit(2)
    .execute();
  return rows.map(toUser);
}

export type UserSearch = { id: number } | { username: string } | { name: string };

/** What a list of people shows of each one. */
export type PersonSummary = Pick<
  User,
  'id' | 'firstName' | 'lastName' | 'username' | 'language' | 'balance' | 'vipUntil' | 'createdAt'
>;

type PersonSummaryRow = Pick<
  UserRow,
  'id' | 'first_name' | 'last_name' | 'username' | 'language' | 'balance' | 'vip_until' | 'created_at'
>;

/**
 * The people matching a search, by id: an exact id, a @username that starts so, or a first name, last name or
 * full name that starts so (any case). `after` continues a previous page; one row more than `limit` tells there is a next page.
 * Written as a statement rather than built: the operators' search is the admin API's busiest route, and building
 * the query took more CPU than PostgreSQL takes to answer it.
 */
export async function searchUsers(
  db: Executor,
  search: UserSearch,
  after: number | undefined,
  limit: number,
): Promise<PersonSummary[]> {
  const conditions = [searchCondition(search), ...(after === undefined ? [] : [sql`id > ${after}`])];
  const { rows } = await sql<PersonSummaryRow>`
    SELECT id, first_name, last_name, username, language, balance, vip_until, created_at
    FROM users WHERE ${sql.join(conditions, sql` AND `)} ORDER BY id LIMIT ${limit}
  `.execute(db);
  return rows.map(toSummary);
}

function toSummary(row: PersonSummaryRow): PersonSummary {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    username: row.username,
    language: row.language,
    balance: row.balance,
    vipUntil: row.vip_until,
    createdAt: row.created_at,
  };
}

/** A LIKE pattern for what starts with `text`, in lower case (its wildcards taken literally). */
const startingWith = (text: string) => `${text.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`;

/** What a search asks of a person, each on an index: the id, or the lower-case beginning of a name. */
function searchCondition(search: UserSearch) {
  if ('id' in search) return sql`id = ${search.id}`;
  if ('username' in search)
    return sql`lower(username) LIKE ${startingWith(search.username.replace(/^@/, ''))}`;
  // The beginning of the first or the last name, or of the full name when it has a space.
  const name = startingWith(search.name);
  const fullName = search.name.includes(' ')
    ? sql` OR lower(first_name || ' ' || coalesce(last_name, '')) LIKE ${name}`
    : sql``;
  return sql`(lower(first_name) LIKE ${name} OR lower(last_name) LIKE ${name}${fullName})`;
}

/** Refreshes the names Telegram reports for a known user. */
export async function touchUser(db: Executor, profile: TelegramProfile): Promise<void> {
  await db
    .updateTable('users')
    .set({
      first_name: profile.firstName,
      last_name: profile.lastName ?? null,
      username: profile.username ?? null,
      unreachable_at: null,
    })
    .where('id', '=', profile.id)
    .execute();
}

export async function setAddress(db: Executor, id: number, address: string): Promise<void> {
  await db.updateTable('users').set({ address }).where('id', '=', id).execute();
}

export async function setTimeZone(db: Executor, id: number, zone: string): Promise<void> {
  await db.updateTable('users').set({ time_zone: zone }).where('id', '=', id).execute();
}

export async function setQuietHours(db: Executor, id: number, quietHours: string): Promise<void> {
  await db.updateTable('users').set({ quiet_hours: quietHours }).where('id', '=', id).execute();
}

export async function setNotifications(db: Executor, id: number, on: boolean): Promise<void> {
  await db.updateTable('users').set({ notifications: on }).where('id', '=', id).execute();
}

export async function setBroadcasts(db: Executor, id: number, on: boolean): Promise<void> {
  await db.updateTable('users').set({ broadcasts: on }).where('id', '=', id).execute();
}

export async function setStandingHidden(db: Executor, id: number, hidden: boolean): Promise<void> {
  await db.updateTable('users').set({ standing_hidden: hidden }).where('id', '=', id).execute();
}

export async function setLanguage(db: Executor, id: number, language: string): Promise<void> {
  await db.updateTable('users').set({ language }).where('id', '=', id).execute();
}

export type UserRow = {
  id: number;
  first_name: string;
  last_name: string | null;
  username: string | null;
  language: string;
  balance: number;
  total_earned: number;
  activity_earned: number;
  address: string | null;
  start_payload: string | null;
  notifications: boolean;
  broadcasts: boolean;
  standing_hidden: boolean;
  time_zone: string | null;
  quiet_hours: string | null;
  vip_until: Date | null;
  created_at: Date;
};

export function toUser(row: UserRow): User {
  return {
    ...toSummary(row),
    totalEarned: row.total_earned,
    activityEarned: row.activity_earned,
    address: row.address,
    startPayload: row.start_payload,
    notifications: row.notifications,
    broadcasts: row.broadcasts,
    standingHidden: row.standing_hidden,
    timeZone: row.time_zone,
    quietHours: row.quiet_hours,
  };
}
