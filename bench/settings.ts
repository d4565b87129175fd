// What every benchmark reads from its environment: bounded numbers and the PostgreSQL to use (loopback only).
import pg from 'pg';

/** The PostgreSQL benchmarks run on: BENCH_DATABASE_URL, else the tests' database. */
export const BENCH_DATABASE_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';

/** The benchmarks' PostgreSQL with every statement in `schema` (a bot started on it keeps its tables there). */
export const schemaUrl = (schema: string) => `${BENCH_DATABASE_URL}?options=-c%20search_path%3D${schema}`;

/** A number from the environment (`fallback` when unset), refused outside [min, max]. */
export function boundedNumber(name: string, fallback: number, min: number, max: number): number {
  const value = process.env[name] === undefined ? fallback : Number(process.env[name]);
  if (!Number.isFinite(value) || value < min || value > max)
    throw new Error(`${name} must be a number between ${min} and ${max}`);
  return value;
}

/** Runs one statement on the benchmarks' PostgreSQL (making or dropping a schema). */
export async function adminStatement(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: BENCH_DATABASE_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
