// The dailies' rows: a person's riddle of the day (attempts, solved, waiting for a typed answer) and the
// week's activity of everyone, for the standing. What the dailies paid lives in the ledger.
import type { WeeklyActivity } from '../../../domain/dailies/standing.ts';
import type { Executor } from '../database.ts';

export interface RiddleDayRow {
  attempts: number;
  solved: boolean;
  answerUntil: Date | null;
  lastMessageId: number | null;
}

export async function findRiddleDay(
  db: Executor,
  userId: number,
  day: string,
): Promise<RiddleDayRow | undefined> {
  const row = await db
    .selectFrom('riddle_days')
    .select(['attempts', 'solved', 'answer_until', 'last_message_id'])
    .where('user_id', '=', userId)
    .where('day', '=', day)
    .executeTakeFirst();
  return (
    row && {
      attempts: row.attempts,
      solved: row.solved,
      answerUntil: row.answer_until,
      lastMessageId: row.last_message_id === null ? null : Number(row.last_message_id),
    }
  );
}

/** Writes the person's riddle day (created on the first write). */
export async function saveRiddleDay(
  tx: Executor,
  userId: number,
  day: string,
  row: RiddleDayRow,
): Promise<void> {
  const values = {
    attempts: row.attempts,
    solved: row.solved,
    answer_until: row.answerUntil,
    last_message_id: row.lastMessageId,
  };
  await tx
    .insertInto('riddle_days')
    .values({ user_id: userId, day, ...values })
    .onConflict((oc) => oc.columns(['user_id', 'day']).doUpdateSet(values))
    .execute();
}

/** The day whose riddle waits for this person's typed answer at `now`, if any. */
export async function riddleAwaitingAnswer(
  db: Executor,
  userId: number,
  now: Date,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('riddle_days')
    .select('day')
    .where('user_id', '=', userId)
    .where('answer_until', '>', now)
    .orderBy('day', 'desc')
    .executeTakeFirst();
  return row?.day;
}

/** Everyone's activity besitos in [from, to), with the name they show (null when they keep it hidden). */
export async function weeklyActivity(db: Executor, from: Date, to: Date): Promise<WeeklyActivity[]> {
  const rows = await db
    .selectFrom('transactions as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select(['u.id', 'u.first_name', 'u.standing_hidden'])
    .select((eb) => eb.fn.sum<number>('t.activity').as('activity'))
    .where('t.activity', '>', 0)
    .where('t.created_at', '>=', from)
    .where('t.created_at', '<', to)
    .where('u.forgotten_at', 'is', null)
    .groupBy(['u.id', 'u.first_name', 'u.standing_hidden'])
    .execute();
  return rows.map((r) => ({
    userId: Number(r.id),
    name: r.standing_hidden ? null : r.first_name,
    activity: Number(r.activity),
  }));
}
