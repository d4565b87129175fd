// `npm run apikey`: API keys for scripts and services.
//   npm run apikey -- create --role operator --name deploy-bot   prints the key, once (only its digest is kept)
//   npm run apikey -- list                                        every key, its role and last use
//   npm run apikey -- revoke 3                                    refused within 5 s (a running Diana trusts a key it found for 5 s)
// With the embedded database, run it while Diana is stopped (one process at a time opens it).
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { migrateToLatest } from '../adapters/db/migrate.ts';
import { actingAs } from '../adapters/db/repositories/audit.ts';
import { apiKeys, createApiKey, revokeApiKey } from '../app/access/api-keys.ts';
import { isRole, ROLES } from '../domain/access.ts';
import { systemClock } from '../domain/clock.ts';
import { withConfiguredDatabase } from './database.ts';

const USAGE = `usage: npm run apikey -- create --role ${ROLES.join('|')} --name NAME
       npm run apikey -- list
       npm run apikey -- revoke ID`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { role: { type: 'string' }, name: { type: 'string' } },
  strict: false,
});
const [command, id] = positionals;
const cli = `cli:${userInfo().username}`;

await withConfiguredDatabase(async ({ db }) => {
  await migrateToLatest(db);
  const app = { db, clock: systemClock };
  const asCli = <T>(work: () => Promise<T>) =>
    actingAs({ actor: cli, role: 'admin', requestId: `cli-${process.pid}` }, work);
  if (command === 'create') {
    const role = String(values.role ?? '');
    const name = String(values.name ?? '').trim();
    if (!isRole(role) || !name || name.length > 64) {
      console.error(
        `${!isRole(role) ? `--role must be one of ${ROLES.join(', ')}` : '--name must be 1 to 64 characters'}\n${USAGE}`,
      );
      return 1;
    }
    const { key, apiKey } = await asCli(() => createApiKey(app, { name, role, createdBy: cli }));
    console.log(
      `API key #${apiKey.id} "${apiKey.name}" (${apiKey.role}) — shown only now, keep it safe:\n${key}`,
    );
    return 0;
  }
  if (command === 'list') {
    for (const k of await apiKeys(app)) {
      const state = k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'live';
      const used = k.lastUsedAt ? `last used ${k.lastUsedAt.toISOString()}` : 'never used';
      console.log(`#${k.id}\t${k.prefix}…\t${k.role}\t${k.name}\t${state}\t${used}`);
    }
    return 0;
  }
  if (command === 'revoke' && id && /^\d+$/.test(id)) {
    const revoked = await asCli(() => revokeApiKey(app, Number(id)));
    console.log(revoked ? `API key #${id} revoked` : `no live API key #${id}`);
    return revoked ? 0 : 1;
  }
  console.error(USAGE);
  return 1;
});
