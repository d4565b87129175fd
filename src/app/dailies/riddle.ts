// The riddle of the day: one riddle per local day, a few answers a day, paid once through the ledger (reason
// `riddle`, key riddle:<user>:<day>). Typed text is an answer only while the person's riddle waits for one
// (after they tap "answer", for the pack's minutes); any other text stays a message to Diana.
import type { Executor } from '../../adapters/db/database.ts';
import {
  findRiddleDay,
  type RiddleDayRow,
  riddleAwaitingAnswer,
  saveRiddleDay,
} from '../../adapters/db/repositories/dailies.ts';
import { appendEvents, transact } from '../../adapters/db/repositories/events.ts';
import { UnknownUser } from '../../adapters/db/repositories/ledger.ts';
import { lockUser, type User } from '../../adapters/db/repositories/users.ts';
import type { Riddle } from '../../content/dailies-schema.ts';
import { localDate } from '../../domain/calendar.ts';
import { poolIndex } from '../../domain/dailies/pool.ts';
import { answerMatches, judgeAttempt } from '../../domain/dailies/riddles.ts';
import { ledgerKeys } from '../../domain/economy/ledger.ts';
import { award } from '../ledger.ts';
import type { AppContext } from '../services.ts';
import { zoneOf } from '../zone.ts';
import { dailiesOf } from './rules.ts';

export interface RiddleStatus {
  day: string;
  riddle: Riddle;
  attempts: number;
  left: number;
  solved: boolean;
  /** Typed text is taken as an answer now. */
  waiting: boolean;
}

export type RiddleAnswer =
  | { kind: 'solved'; status: RiddleStatus; amount: number; balance: number }
  | { kind: 'wrong' | 'out' | 'closed'; status: RiddleStatus };

const EMPTY_DAY: RiddleDayRow = { attempts: 0, solved: false, answerUntil: null, lastMessageId: null };

/** The riddle of a local day: the same for everyone whose day it is, the pool read in order. */
export function riddleOfDay(app: Pick<AppContext, 'pack'>, day: string): Riddle {
  const { pool } = dailiesOf(app).riddles;
  return pool[poolIndex(day, pool.length)]!;
}

function statusOf(app: AppContext, day: string, row: RiddleDayRow, now: Date): RiddleStatus {
  const max = dailiesOf(app).riddles.attempts;
  const left = row.solved ? 0 : Math.max(0, max - row.attempts);
  return {
    day,
    riddle: riddleOfDay(app, day),
    attempts: row.attempts,
    left,
    solved: row.solved,
    waiting: left > 0 && row.answerUntil !== null && row.answerUntil > now,
  };
}

async function load(app: AppContext, db: Executor, user: User, now: Date, day?: string) {
  const today = day ?? localDate(now, zoneOf(app, user));
  const row = (await findRiddleDay(db, user.id, today)) ?? EMPTY_DAY;
  return { day: today, row };
}

export async function riddleStatus(app: AppContext, user: User): Promise<RiddleStatus> {
  const now = app.clock.now();
  const { day, row } = await load(app, app.db, user, now);
  return statusOf(app, day, row, now);
}

/** "Answer" tapped (`waiting` true) or "not now" (false): whether typed text is an answer from now on. */
export async function awaitRiddleAnswer(
  app: AppContext,
  userId: number,
  waiting: boolean,
): Promise<RiddleStatus> {
  const now = app.clock.now();
  const minutes = dailiesOf(app).riddles.answer_minutes;
  return transact(app.db, async (tx) => {
    const user = await lockUser(tx, userId);
    if (!user) throw new UnknownUser(`user ${userId} is not registered`);
    const { day, row } = await load(app, tx, user, now);
    const open = waiting && statusOf(app, day, row, now).left > 0;
    const next = { ...row, answerUntil: open ? new Date(now.getTime() + minutes * 60_000) : null };
    await saveRiddleDay(tx, userId, day, next);
    return statusOf(app, day, next, now);
  });
}

/**
 * A typed answer: undefined when no riddle waits for one (the text is for Diana). The same message delivered
 * again (`messageId`) is not a second attempt; solving pays once per day whatever happens.
 */
export async function answerRiddle(
  app: AppContext,
  userId: number,
  text: string,
  messageId: number,
): Promise<RiddleAnswer | undefined> {
  const now = app.clock.now();
  const { riddles } = dailiesOf(app);
  // Most text is for Diana: a plain read lets it through without taking the person's lock.
  if (!(await riddleAwaitingAnswer(app.db, userId, now))) return undefined;
  return transact(app.db, async (tx) => {
    const user = await lockUser(tx, userId);
    if (!user) throw new UnknownUser(`user ${userId} is not registered`);
    const waitingDay = await riddleAwaitingAnswer(tx, userId, now);
    if (!waitingDay) return undefined;
    // The riddle of the day the person asked to answer, even if their midnight passed while they typed.
    const { day, row } = await load(app, tx, user, now, waitingDay);
    if (row.lastMessageId === messageId) return { kind: 'closed', status: statusOf(app, day, row, now) };
    const riddle = riddleOfDay(app, day);
    const correct = answerMatches(text, Object.values(riddle.answers).flat());
    const outcome = judgeAttempt(row, correct, riddles.attempts);
    if (outcome.kind === 'closed') {
      const closed = { ...row, answerUntil: null };
      await saveRiddleDay(tx, userId, day, closed);
      return { kind: 'closed', status: statusOf(app, day, closed, now) };
    }
    const next: RiddleDayRow = {
      attempts: outcome.attempts,
      solved: outcome.kind === 'solved',
      answerUntil: outcome.kind === 'wrong' ? row.answerUntil : null,
      lastMessageId: messageId,
    };
    await saveRiddleDay(tx, userId, day, next);
    const status = statusOf(app, day, next, now);
    if (outcome.kind !== 'solved') return { kind: outcome.kind, status };
    const paid = await award(tx, app.pack, now, {
      userId,
      base: riddles.reward,
      reason: 'riddle',
      key: ledgerKeys.riddle(userId, day),
      ref: riddle.id,
      zone: app.timeZone,
    });
    await appendEvents(tx, [
      {
        type: 'RiddleSolved',
        userId,
        at: now,
        payload: { day, riddle: riddle.id, attempts: outcome.attempts, amount: paid.amount },
      },
    ]);
    return { kind: 'solved', status, amount: paid.amount, balance: paid.balance };
  });
}
