import { PGliteClient } from './src/adapters/db/pglite-client.ts';
import { loadConfig } from './src/config.ts';
import { startDiana } from './src/diana.ts';
import { createLogger } from './src/logger.ts';
import { BotApiEmulator } from './src/sandbox/emulator.ts';

const counts: string[] = [];
const q = PGliteClient.prototype.query;
PGliteClient.prototype.query = function (sql: string, params: readonly unknown[]) {
  counts.push(sql.replace(/\s+/g, ' ').slice(0, 110));
  return q.call(this, sql, params) as never;
};
const e = PGliteClient.prototype.exec;
PGliteClient.prototype.exec = function (sql: string) {
  counts.push(sql.replace(/\s+/g, ' ').slice(0, 110));
  return e.call(this, sql) as never;
};
const emulator = new BotApiEmulator();
const diana = await startDiana(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', DATA_DIR: 'memory://q' }), {
  emulator,
  log: createLogger('silent', false),
  startWorkers: false,
});
emulator.addUser({ id: 5, first_name: 'A', language_code: 'es' });
const wait = () =>
  new Promise<void>((r) => {
    const off = emulator.onChange((c) => {
      if (c.kind === 'message' && c.message.from?.is_bot) {
        off();
        r();
      }
    });
  });
for (const text of ['/start', '/diana', '/diana']) {
  counts.length = 0;
  const w = wait();
  emulator.sendText(5, text);
  await w;
  console.log(`${text}: ${counts.length} queries`);
  for (const c of counts) console.log('   ', c);
}
counts.length = 0;
await diana.dispatcher.drain();
console.log(`dispatcher for one /start: ${counts.length} queries`);
await diana.stop();
process.exit(0);
