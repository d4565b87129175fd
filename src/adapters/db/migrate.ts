// Applies or rolls back the migrations of migrations/index.ts.
import { type MigrationResultSet, Migrator, sql } from 'kysely';
import type { Db } from './database.ts';
import { migrationProvider } from './migrations/index.ts';

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/**
 * Kysely looks for its migration tables in every schema unless told which one; with several schemas in one
 * database (tests, or other apps) it would find another schema's tables and skip creating its own.
 */
async function migrator(db: Db) {
  const { rows } = await sql<{ schema: string }>`SELECT current_schema() AS schema`.execute(db);
  return new Migrator({ db, provider: migrationProvider, migrationTableSchema: rows[0]?.schema ?? 'public' });
}

/**
 * Kysely's migrator also lists the tables of every schema of the database, with their columns; when one of them
 * (another test's schema, or a table or column another run's rollback drops) goes during that listing (test
 * runs side by side), PostgreSQL reports it as missing.
 */
export function vanishedDuringListing(error: unknown): boolean {
  return (
    error instanceof Error &&
    /^((schema|relation) "[^"]*"|column "[^"]*" of relation "[^"]*") does not exist$/.test(error.message)
  );
}

/** Nothing has been migrated when the listing fails, so the step is tried again. */
async function withRetry(
  step: (m: Migrator) => Promise<MigrationResultSet>,
  db: Db,
): Promise<MigrationResultSet> {
  for (let attempt = 1; ; attempt++) {
    const result = await step(await migrator(db));
    if (
      !vanishedDuringListing(result.error) ||
      attempt === 3 ||
      result.results?.some((r) => r.status !== 'NotExecuted')
    )
      return result;
  }
}

function check({ error, results }: MigrationResultSet): string[] {
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationError(`migration ${failed} failed: ${error instanceof Error ? error.message : error}`);
  }
  return (results ?? []).map((r) => r.migrationName);
}

/** Brings the schema to the latest version; returns the migrations it applied. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  return check(await withRetry((m) => m.migrateToLatest(), db));
}

/** Undoes the latest migration; returns the one it undid (none when the schema is empty). */
export async function rollbackOne(db: Db): Promise<string[]> {
  return check(await withRetry((m) => m.migrateDown(), db));
}

/** Undoes every migration. */
export async function rollbackAll(db: Db): Promise<string[]> {
  const undone: string[] = [];
  for (;;) {
    const step = await rollbackOne(db);
    if (step.length === 0) return undone;
    undone.push(...step);
  }
}
