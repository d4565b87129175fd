// `npm run progress:backfill [-- --dry-run]`: gives users who already played the progress their history earns
// on missions and achievements added to the pack since. With --dry-run it only shows who would unlock what.
import { backfill } from '../app/progress/backfill.ts';
import { channelSettings } from '../app/services.ts';
import { loadConfig } from '../config.ts';
import { loadPack } from '../content/pack.ts';
import { systemClock } from '../domain/clock.ts';
import { createLogger } from '../logger.ts';
import { withConfiguredDatabase } from './database.ts';

const dryRun = process.argv.includes('--dry-run');

await withConfiguredDatabase(async ({ db }) => {
  const config = loadConfig(process.env, { tool: true });
  const lines = await backfill(
    {
      db,
      pack: loadPack(config.contentDir),
      clock: systemClock,
      log: createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, false),
      adminIds: new Set(config.adminTelegramIds),
      timeZone: config.tzDefault,
      channels: channelSettings(config),
    },
    { dryRun },
  );
  for (const l of lines) {
    console.log(
      `user ${l.userId}\t${l.goalId}\t${l.progress}/${l.target}\t${l.reached ? 'unlocks' : 'progress'}`,
    );
  }
  const unlocks = lines.filter((l) => l.reached).length;
  console.log(
    `${dryRun ? 'would give' : 'gave'} progress on ${lines.length} goal(s), ${unlocks} unlock(s)${dryRun ? ' (dry run: nothing written)' : ''}`,
  );
  return 0;
});
