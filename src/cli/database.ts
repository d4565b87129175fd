// Opens the configured database for a command-line tool, with the same one-line errors as `npm start`.
import { type Database, openDatabase } from '../adapters/db/database.ts';
import { ConfigError, loadConfig } from '../config.ts';

export async function withConfiguredDatabase(run: (database: Database) => Promise<number>): Promise<never> {
  let code = 1;
  try {
    const config = loadConfig(process.env, { tool: true });
    const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
    try {
      code = await run(database);
    } finally {
      await database.close();
    }
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : `failed: ${(error as Error).message}`);
    code = 1;
  }
  process.exit(code);
}
