// Posts admins publish through the bot, and the reactions channel messages receive.
import { type Selectable, sql } from 'kysely';
import type { Executor } from '../database.ts';
import type { ChannelPostsTable } from '../schema.ts';
import { camelized, parsedJson, type Row } from './rows.ts';

export type ChannelPost = Row<ChannelPostsTable>;

const selectPost = (db: Executor) => db.selectFrom('channel_posts').selectAll();

function toPost(row: Selectable<ChannelPostsTable>): ChannelPost {
  return { ...camelized(row), emojis: parsedJson(row.emojis) };
}

export async function insertDraft(
  db: Executor,
  d: { chatId: number; text: string; photo: string | null; emojis: string[]; createdBy: number; at: Date },
): Promise<ChannelPost> {
  const row = await db
    .insertInto('channel_posts')
    .values({
      chat_id: d.chatId,
      text: d.text,
      photo: d.photo,
      emojis: JSON.stringify(d.emojis),
      created_by: d.createdBy,
      created_at: d.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toPost(row);
}

/** Whether a channel has any post (a draft, or one published). */
export async function channelHasPosts(db: Executor, chatId: number): Promise<boolean> {
  const row = await db
    .selectFrom('channel_posts')
    .select('id')
    .where('chat_id', '=', chatId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function findPost(db: Executor, id: number): Promise<ChannelPost | undefined> {
  const row = await selectPost(db).where('id', '=', id).executeTakeFirst();
  return row && toPost(row);
}

export async function findPostByMessage(
  db: Executor,
  chatId: number,
  messageId: number,
): Promise<ChannelPost | undefined> {
  const row = await selectPost(db)
    .where('chat_id', '=', chatId)
    .where('message_id', '=', messageId)
    .executeTakeFirst();
  return row && toPost(row);
}

/** Takes a draft to publish it; false when it is not a draft any more (published, or a tap in flight). */
export async function claimDraft(db: Executor, id: number): Promise<boolean> {
  const result = await db
    .updateTable('channel_posts')
    .set({ status: 'publishing' })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Gives a claimed draft back (Telegram refused it), so it can be published later. */
export async function releaseDraft(db: Executor, id: number): Promise<void> {
  await db
    .updateTable('channel_posts')
    .set({ status: 'draft' })
    .where('id', '=', id)
    .where('status', '=', 'publishing')
    .execute();
}

export async function markPublished(db: Executor, id: number, messageId: number, at: Date): Promise<void> {
  await db
    .updateTable('channel_posts')
    .set({ status: 'published', message_id: messageId, published_at: at })
    .where('id', '=', id)
    .execute();
}

/** Records a person's first reaction to a channel message; false when they had already reacted to it. */
export async function insertReaction(
  db: Executor,
  r: {
    chatId: number;
    messageId: number;
    userId: number;
    emoji: string;
    source: 'button' | 'native';
    postId: number | null;
    at: Date;
  },
): Promise<boolean> {
  const result = await db
    .insertInto('reactions')
    .values({
      chat_id: r.chatId,
      message_id: r.messageId,
      user_id: r.userId,
      emoji: r.emoji,
      source: r.source,
      post_id: r.postId,
      created_at: r.at,
    })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function findReaction(db: Executor, chatId: number, messageId: number, userId: number) {
  const row = await db
    .selectFrom('reactions')
    .select(['emoji', 'credited_at'])
    .where('chat_id', '=', chatId)
    .where('message_id', '=', messageId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row && { emoji: row.emoji, credited: row.credited_at !== null };
}

export async function markReactionCredited(
  db: Executor,
  r: { chatId: number; messageId: number; userId: number },
  at: Date,
): Promise<void> {
  await db
    .updateTable('reactions')
    .set({ credited_at: at })
    .where('chat_id', '=', r.chatId)
    .where('message_id', '=', r.messageId)
    .where('user_id', '=', r.userId)
    .execute();
}

export interface UncreditedReaction {
  chatId: number;
  messageId: number;
  postId: number | null;
  emoji: string;
}

/** Reactions of a person who had not started the bot yet, oldest first (their rewards wait for them). */
export async function uncreditedReactions(db: Executor, userId: number): Promise<UncreditedReaction[]> {
  const rows = await db
    .selectFrom('reactions')
    .select(['chat_id', 'message_id', 'post_id', 'emoji'])
    .where('user_id', '=', userId)
    .where('credited_at', 'is', null)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({ chatId: r.chat_id, messageId: r.message_id, postId: r.post_id, emoji: r.emoji }));
}

/** How many people chose each emoji on a channel message. */
export async function reactionCounts(
  db: Executor,
  chatId: number,
  messageId: number,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('reactions')
    .select(['emoji', (eb) => eb.fn.countAll<number>().as('n')])
    .where('chat_id', '=', chatId)
    .where('message_id', '=', messageId)
    .groupBy('emoji')
    .execute();
  return new Map(rows.map((r) => [r.emoji, Number(r.n)]));
}

export interface PostStats {
  id: number;
  chatId: number;
  text: string;
  photo: boolean;
  publishedAt: Date | null;
  reactions: number;
  /** Counts per emoji, in the order of the post's buttons (native reactions with other emoji after). */
  byEmoji: Array<[string, number]>;
}

/** The latest published posts with their reactions, newest first. */
export async function recentPostStats(db: Executor, limit: number): Promise<PostStats[]> {
  const result = await sql<{
    id: number;
    chat_id: number;
    text: string;
    photo: string | null;
    published_at: Date | null;
    emojis: string[] | string;
    by_emoji: Record<string, number> | string | null;
  }>`
    SELECT p.id, p.chat_id, p.text, p.photo, p.published_at, p.emojis,
           (SELECT jsonb_object_agg(emoji, n) FROM (
              SELECT r.emoji, COUNT(*) AS n FROM reactions r
              WHERE r.chat_id = p.chat_id AND r.message_id = p.message_id GROUP BY r.emoji
            ) counts) AS by_emoji
    FROM channel_posts p
    WHERE p.status = 'published'
    ORDER BY p.id DESC
    LIMIT ${limit}
  `.execute(db);
  return result.rows.map((r) => {
    const counts = Object.entries(parsedJson(r.by_emoji ?? {}));
    const buttons = parsedJson(r.emojis);
    const place = (emoji: string) => (buttons.includes(emoji) ? buttons.indexOf(emoji) : buttons.length);
    return {
      id: r.id,
      chatId: r.chat_id,
      text: r.text,
      photo: r.photo !== null,
      publishedAt: r.published_at,
      reactions: counts.reduce((total, [, n]) => total + Number(n), 0),
      byEmoji: counts
        .map(([emoji, n]): [string, number] => [emoji, Number(n)])
        .sort((a, b) => place(a[0]) - place(b[0])),
    };
  });
}

export async function reactionTotal(db: Executor, chatId: number): Promise<number> {
  const row = await db
    .selectFrom('reactions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('chat_id', '=', chatId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
