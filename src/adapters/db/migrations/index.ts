// Every migration, in order. Each one has an up and a down; names never change once released.
import type { Migration, MigrationProvider } from 'kysely';
import * as foundation from './0001_foundation.ts';

const migrations: Record<string, Migration> = {
  '0001_foundation': foundation,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
