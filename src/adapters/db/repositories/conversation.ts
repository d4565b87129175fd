// Talking to Diana: memory, usage and its cost, the gate's verdicts, conversation days and the creator's inbox.
import { sql } from 'kysely';
import type { Executor } from '../database.ts';

/** Model names of replies that cost nothing. */
export const SCRIPTED_MODEL = 'scripted';
export const CACHE_MODEL = 'cache';

export interface Memory {
  summary: string;
  facts: string[];
  updatedAt: Date | null;
}

export async function readMemory(db: Executor, userId: number): Promise<Memory> {
  const row = await db
    .selectFrom('conversation_memory')
    .select(['summary', 'facts', 'updated_at'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row
    ? { summary: row.summary, facts: row.facts, updatedAt: row.updated_at }
    : { summary: '', facts: [], updatedAt: null };
}

/** Forgets everything Diana remembers of a person; true when there was something to forget. */
export async function eraseMemory(db: Executor, userId: number): Promise<boolean> {
  const result = await db.deleteFrom('conversation_memory').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export interface UsageDelta {
  userId: number;
  day: string;
  model: string;
  promptTokens: number;
  completionTokens: number;
  costMicroUsd: number;
}

/** Adds one message (its tokens and cost) to the person's row of the day and model, and to the day's spending. */
export async function recordUsage(db: Executor, u: UsageDelta): Promise<void> {
  await sql`WITH ${usageWrites(u.userId, u.day, [u])} SELECT 1`.execute(db);
}

/**
 * The statements adding a message's usage (one row per model) to the person's rows of the day, and its cost to
 * the day's running total (left alone when it cost nothing), as parts of one WITH statement.
 */
function usageWrites(userId: number, day: string, usage: ReadonlyArray<Omit<UsageDelta, 'userId' | 'day'>>) {
  const rows = sql.join(
    usage.map(
      (u) =>
        sql`(${userId}, ${day}, ${u.model}, 1, ${u.promptTokens}, ${u.completionTokens}, ${u.costMicroUsd})`,
    ),
  );
  const cost = costOf(usage);
  return sql`usage AS (
      INSERT INTO conversation_usage
        (user_id, day, model, messages, prompt_tokens, completion_tokens, cost_micro_usd)
      VALUES ${rows}
      ON CONFLICT (user_id, day, model) DO UPDATE SET
        messages = conversation_usage.messages + excluded.messages,
        prompt_tokens = conversation_usage.prompt_tokens + excluded.prompt_tokens,
        completion_tokens = conversation_usage.completion_tokens + excluded.completion_tokens,
        cost_micro_usd = conversation_usage.cost_micro_usd + excluded.cost_micro_usd
      RETURNING 1
    )${
      cost > 0
        ? sql`, spend AS (
      INSERT INTO conversation_spend (day, cost_micro_usd) VALUES (${day}, ${cost})
      ON CONFLICT (day) DO UPDATE SET cost_micro_usd = conversation_spend.cost_micro_usd + excluded.cost_micro_usd
      RETURNING cost_micro_usd
    )`
        : sql``
    }`;
}

const costOf = (usage: ReadonlyArray<{ costMicroUsd: number }>) =>
  usage.reduce((sum, u) => sum + u.costMicroUsd, 0);

/** Money spent on `day` and in its month up to it (the budgets' periods), in millionths of a dollar. */
export async function spentOn(db: Executor, day: string): Promise<{ day: number; month: number }> {
  const row = await db
    .selectFrom('conversation_spend')
    .select([
      sql<string>`coalesce(sum(cost_micro_usd) FILTER (WHERE day = ${day}), 0)`.as('day'),
      sql<string>`coalesce(sum(cost_micro_usd), 0)`.as('month'),
    ])
    .where('day', '>=', `${day.slice(0, 8)}01`)
    .where('day', '<=', day)
    .executeTakeFirstOrThrow();
  return { day: Number(row.day), month: Number(row.month) };
}

export interface UsageRow {
  day: string;
  model: string;
  people: number;
  messages: number;
  tokens: number;
  costMicroUsd: number;
}

/** Usage per day and model since a day, newest first (for /admin). */
export async function usageSince(db: Executor, fromDay: string): Promise<UsageRow[]> {
  const rows = await db
    .selectFrom('conversation_usage')
    .select([
      'day',
      'model',
      sql<string>`count(*)`.as('people'),
      sql<string>`sum(messages)`.as('messages'),
      sql<string>`sum(prompt_tokens + completion_tokens)`.as('tokens'),
      sql<string>`sum(cost_micro_usd)`.as('cost'),
    ])
    .where('day', '>=', fromDay)
    .groupBy(['day', 'model'])
    .orderBy('day', 'desc')
    .orderBy('model')
    .execute();
  return rows.map((r) => ({
    day: r.day,
    model: r.model,
    people: Number(r.people),
    messages: Number(r.messages),
    tokens: Number(r.tokens),
    costMicroUsd: Number(r.cost),
  }));
}

/** Judged and refused model replies since an instant (the admins' rejection rate). */
export async function verdictsSince(db: Executor, since: Date): Promise<{ judged: number; refused: number }> {
  const row = await db
    .selectFrom('conversation_verdicts')
    .select([
      sql<string>`count(*)`.as('judged'),
      sql<string>`count(*) filter (where not accepted)`.as('refused'),
    ])
    .where('created_at', '>=', since)
    .executeTakeFirstOrThrow();
  return { judged: Number(row.judged), refused: Number(row.refused) };
}

/** Records that a person talked to Diana on a day; true only the first time that day. */
export async function markConversationDay(db: Executor, userId: number, day: string): Promise<boolean> {
  const result = await db
    .insertInto('conversation_days')
    .values({ user_id: userId, day })
    .onConflict((oc) => oc.columns(['user_id', 'day']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export interface InboxMessage {
  id: number;
  userId: number;
  text: string;
  status: 'open' | 'answered';
  createdAt: Date;
}

export async function addToInbox(db: Executor, userId: number, text: string, at: Date): Promise<number> {
  const row = await db
    .insertInto('conversation_inbox')
    .values({ user_id: userId, text, created_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** The oldest open messages first, and how many are open. */
export async function openInbox(
  db: Executor,
  limit: number,
): Promise<{ open: number; first: InboxMessage[] }> {
  const [rows, count] = await Promise.all([
    db
      .selectFrom('conversation_inbox')
      .select(['id', 'user_id', 'text', 'status', 'created_at'])
      .where('status', '=', 'open')
      .orderBy('id')
      .limit(limit)
      .execute(),
    db
      .selectFrom('conversation_inbox')
      .select(sql<string>`count(*)`.as('n'))
      .where('status', '=', 'open')
      .executeTakeFirstOrThrow(),
  ]);
  return {
    open: Number(count.n),
    first: rows.map((r) => ({
      id: Number(r.id),
      userId: r.user_id,
      text: r.text,
      status: r.status,
      createdAt: r.created_at,
    })),
  };
}

/** Marks an open message answered; its author, or undefined when it was answered already (or never was). */
export async function answerInbox(
  tx: Executor,
  id: number,
  answer: { text: string; adminId: number; at: Date },
): Promise<{ userId: number; text: string } | undefined> {
  const row = await tx
    .updateTable('conversation_inbox')
    .set({ status: 'answered', answer: answer.text, answered_by: answer.adminId, answered_at: answer.at })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .returning(['user_id', 'text'])
    .executeTakeFirst();
  return row && { userId: row.user_id, text: row.text };
}

export interface ConversationState {
  activityEarned: number;
  vipUntil: Date | null;
  save: { node: string; chapter: string; relationship: number; emotion: string; flags: string[] } | undefined;
  memory: Memory;
  /** The person's model usage on `usageDay`. */
  used: { messages: number; tokens: number };
  /** Whether `personDay` is already a conversation day. */
  talkedToday: boolean;
  /** Whether the riddle of the day waits for the person's typed answer at `at`. */
  answersRiddle: boolean;
}

/** Everything a message to Diana needs to know of its person, in one round trip. */
export async function readConversationState(
  db: Executor,
  userId: number,
  days: { usageDay: string; personDay: string; at: Date },
): Promise<ConversationState | undefined> {
  const row = await db
    .selectFrom('users as u')
    .leftJoin('story_saves as s', 's.user_id', 'u.id')
    .leftJoin('conversation_memory as m', 'm.user_id', 'u.id')
    .select([
      'u.activity_earned',
      'u.vip_until',
      's.node',
      's.chapter',
      's.relationship',
      's.emotion',
      's.flags',
      'm.summary',
      'm.facts',
      'm.updated_at',
      sql<string>`(SELECT coalesce(sum(messages), 0) FROM conversation_usage c WHERE c.user_id = u.id AND c.day = ${days.usageDay} AND c.model NOT IN (${SCRIPTED_MODEL}, ${CACHE_MODEL}))`.as(
        'used_messages',
      ),
      sql<string>`(SELECT coalesce(sum(prompt_tokens + completion_tokens), 0) FROM conversation_usage c WHERE c.user_id = u.id AND c.day = ${days.usageDay} AND c.model NOT IN (${SCRIPTED_MODEL}, ${CACHE_MODEL}))`.as(
        'used_tokens',
      ),
      sql<boolean>`EXISTS (SELECT 1 FROM conversation_days d WHERE d.user_id = u.id AND d.day = ${days.personDay})`.as(
        'talked_today',
      ),
      sql<boolean>`EXISTS (SELECT 1 FROM riddle_days r WHERE r.user_id = u.id AND r.answer_until > ${days.at})`.as(
        'answers_riddle',
      ),
    ])
    .where('u.id', '=', userId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    activityEarned: row.activity_earned,
    vipUntil: row.vip_until,
    save:
      row.node === null
        ? undefined
        : {
            node: row.node,
            chapter: row.chapter ?? '',
            relationship: row.relationship ?? 0,
            emotion: row.emotion ?? '',
            flags: [...(row.flags ?? [])],
          },
    memory: { summary: row.summary ?? '', facts: row.facts ?? [], updatedAt: row.updated_at },
    used: { messages: Number(row.used_messages), tokens: Number(row.used_tokens) },
    talkedToday: Boolean(row.talked_today),
    answersRiddle: Boolean(row.answers_riddle),
  };
}

export interface VerdictRow {
  model: string;
  attempt: number;
  score: number;
  accepted: boolean;
  reasons: string[];
}

/**
 * What one message leaves behind, in one statement: its usage rows (one per model, or the scripted/cache row)
 * and its cost in the day's spending, the gate's verdicts, and the memory of the person. When it cost anything,
 * the day's and the month's spending with it, as spentOn reads them (a budget's warning needs no other read).
 */
export async function recordExchange(
  db: Executor,
  exchange: {
    userId: number;
    day: string;
    usage: Array<{ model: string; promptTokens: number; completionTokens: number; costMicroUsd: number }>;
    verdicts: VerdictRow[];
    memory: { summary: string; facts: string[] };
    at: Date;
  },
): Promise<{ day: number; month: number } | undefined> {
  const { userId, day, at } = exchange;
  const spent = costOf(exchange.usage) > 0;
  const verdicts = exchange.verdicts.length
    ? sql`, verdicts AS (INSERT INTO conversation_verdicts (user_id, model, attempt, score, accepted, reasons) VALUES ${sql.join(
        exchange.verdicts.map(
          (v) =>
            sql`(${userId}, ${v.model}, ${v.attempt}, ${v.score}, ${v.accepted}, ${JSON.stringify(v.reasons)}::jsonb)`,
        ),
      )} RETURNING 1)`
    : sql``;
  const { rows } = await sql<{ day: string; earlier: string }>`
    WITH memory AS (
      INSERT INTO conversation_memory (user_id, summary, facts, updated_at)
      VALUES (${userId}, ${exchange.memory.summary}, ${JSON.stringify(exchange.memory.facts)}::jsonb, ${at})
      ON CONFLICT (user_id) DO UPDATE
        SET summary = excluded.summary, facts = excluded.facts, updated_at = excluded.updated_at
      RETURNING 1
    ), ${usageWrites(userId, day, exchange.usage)}${verdicts}
    ${
      spent
        ? sql`SELECT (SELECT cost_micro_usd FROM spend) AS day, (SELECT coalesce(sum(cost_micro_usd), 0)
      FROM conversation_spend WHERE day >= ${`${day.slice(0, 8)}01`} AND day < ${day}) AS earlier`
        : sql`SELECT 1`
    }
  `.execute(db);
  const row = rows[0];
  return spent && row ? { day: Number(row.day), month: Number(row.earlier) + Number(row.day) } : undefined;
}
