// The admin API over a test database, without the bot: the HTTP server as Diana builds it, a key per role, and
// the log lines the requests wrote.
import { randomBytes } from 'node:crypto';
import type { Database } from '../../src/adapters/db/database.ts';
import { type ApiDeps, registerApi } from '../../src/adapters/http/api/api.ts';
import { API_ROUTES } from '../../src/adapters/http/api/routes/index.ts';
import { createHttpServer } from '../../src/adapters/http/server.ts';
import { createApiKey } from '../../src/app/access/api-keys.ts';
import { ConsoleSessions } from '../../src/app/access/console-sessions.ts';
import { ROLES, type Role } from '../../src/domain/access.ts';
import { economyApp } from './economy.ts';
import { capturedLogs } from './logs.ts';

export async function startApi(database: Database, options: { deps?: Partial<ApiDeps> } = {}) {
  const logs = capturedLogs('debug');
  const app = { ...economyApp(database), log: logs.log };
  const http = createHttpServer(logs.log, { database: async () => true, bot: () => 'polling' });
  const sessions = new ConsoleSessions(app, randomBytes(32).toString('hex'));
  registerApi(http, { app, sessions, ...options.deps }, API_ROUTES);
  await http.ready();
  const keys = {} as Record<Role, string>;
  for (const role of ROLES)
    keys[role] = (await createApiKey(app, { name: `${role}-key`, role, createdBy: 'test' })).key;
  const as = (role: Role) => ({ authorization: `Bearer ${keys[role]}` });
  /** A request to /api/v1 with the key of `role`. */
  const call = (
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    role: Role,
    extra: { payload?: object; headers?: Record<string, string> } = {},
  ) =>
    http.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...as(role), ...extra.headers },
      ...(extra.payload ? { payload: extra.payload } : {}),
    });
  return { app, http, logs, keys, as, call, sessions, close: () => http.close() };
}
