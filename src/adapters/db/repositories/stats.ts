// Figures of the whole economy for the admins: what was issued and spent, who earned most, daily volume.
import { sql } from 'kysely';
import type { Executor } from '../database.ts';

export interface EconomyTotals {
  users: number;
  issued: number;
  spent: number;
  revoked: number;
  circulating: number;
}

export interface TopEarner {
  userId: number;
  firstName: string;
  username: string | null;
  totalEarned: number;
  balance: number;
}

export interface DayVolume {
  day: string;
  issued: number;
  spent: number;
  movements: number;
}

export async function economyTotals(db: Executor, revokeReason: string): Promise<EconomyTotals> {
  const result = await sql<EconomyTotals>`
    SELECT
      (SELECT COUNT(*) FROM users WHERE forgotten_at IS NULL) AS users,
      COALESCE(SUM(amount) FILTER (WHERE amount > 0), 0) AS issued,
      COALESCE(-SUM(amount) FILTER (WHERE amount < 0 AND reason <> ${revokeReason}), 0) AS spent,
      COALESCE(-SUM(amount) FILTER (WHERE amount < 0 AND reason = ${revokeReason}), 0) AS revoked,
      (SELECT COALESCE(SUM(balance), 0) FROM users) AS circulating
    FROM transactions
  `.execute(db);
  return result.rows[0]!;
}

export async function topEarners(db: Executor, limit: number): Promise<TopEarner[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'first_name', 'username', 'total_earned', 'balance'])
    .where('total_earned', '>', 0)
    .where('forgotten_at', 'is', null)
    .orderBy('total_earned', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    userId: r.id,
    firstName: r.first_name,
    username: r.username,
    totalEarned: r.total_earned,
    balance: r.balance,
  }));
}

/** Besitos issued and spent per day of `zone`, for days since `from`, newest first. */
export async function dailyVolume(db: Executor, zone: string, from: Date): Promise<DayVolume[]> {
  const result = await sql<DayVolume>`
    SELECT to_char(created_at AT TIME ZONE ${zone}, 'YYYY-MM-DD') AS day,
           COALESCE(SUM(amount) FILTER (WHERE amount > 0), 0) AS issued,
           COALESCE(-SUM(amount) FILTER (WHERE amount < 0), 0) AS spent,
           COUNT(*) AS movements
    FROM transactions
    WHERE created_at >= ${from}
    GROUP BY 1 ORDER BY 1 DESC
  `.execute(db);
  return result.rows;
}

export interface Audience {
  people: number;
  /** People seen in the last day, week and 30 days. */
  dau: number;
  wau: number;
  mau: number;
  vipActive: number;
  /** Stars paid and not refunded. */
  starsRevenue: number;
}

export async function audience(db: Executor, now: Date): Promise<Audience> {
  const day = 86_400_000;
  const since = (days: number) => new Date(now.getTime() - days * day);
  const result = await sql<Record<keyof Audience, string | number>>`
    SELECT COUNT(*) AS people,
           COUNT(*) FILTER (WHERE last_seen_at >= ${since(1)}) AS dau,
           COUNT(*) FILTER (WHERE last_seen_at >= ${since(7)}) AS wau,
           COUNT(*) FILTER (WHERE last_seen_at >= ${since(30)}) AS mau,
           COUNT(*) FILTER (WHERE vip_until > ${now}) AS "vipActive",
           (SELECT COALESCE(SUM(amount), 0) FROM star_payments WHERE refunded_at IS NULL) AS "starsRevenue"
    FROM users
  `.execute(db);
  const row = result.rows[0]!;
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)])) as unknown as Audience;
}

export interface DayAudience {
  day: string;
  newPeople: number;
  stars: number;
}

/** New people and Stars paid per local day since `from`. */
export async function dailyAudience(db: Executor, zone: string, from: Date): Promise<DayAudience[]> {
  const result = await sql<{ day: string; new_people: string | number; stars: string | number }>`
    SELECT day, SUM(new_people) AS new_people, SUM(stars) AS stars FROM (
      SELECT to_char(created_at AT TIME ZONE ${zone}, 'YYYY-MM-DD') AS day, COUNT(*) AS new_people, 0 AS stars
      FROM users WHERE created_at >= ${from} GROUP BY 1
      UNION ALL
      SELECT to_char(created_at AT TIME ZONE ${zone}, 'YYYY-MM-DD'), 0, COALESCE(SUM(amount), 0)
      FROM star_payments WHERE created_at >= ${from} AND refunded_at IS NULL GROUP BY 1
    ) t GROUP BY day
  `.execute(db);
  return result.rows.map((r) => ({ day: r.day, newPeople: Number(r.new_people), stars: Number(r.stars) }));
}
