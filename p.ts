import { PGlite } from '@electric-sql/pglite';
import { PGliteClient } from './src/adapters/db/pglite-client.ts';

const c = await PGliteClient.start({});
await c.exec('create table t (id bigint primary key, b bigint not null default 0)');
let t1 = performance.now();
for (let i = 0; i < 2000; i++) {
  await c.query('begin', []);
  await c.query('insert into t (id) values ($1)', [i]);
  await c.query('update t set b = b + 1 where id = $1', [i]);
  await c.query('commit', []);
}
console.log('worker 2000 tx ms', (performance.now() - t1).toFixed(0));
const pg = await PGlite.create();
await pg.exec('create table t (id bigint primary key, b bigint not null default 0)');
t1 = performance.now();
for (let i = 0; i < 2000; i++) {
  await pg.query('begin');
  await pg.query('insert into t (id) values ($1)', [i]);
  await pg.query('update t set b = b + 1 where id = $1', [i]);
  await pg.query('commit');
}
console.log('direct 2000 tx ms', (performance.now() - t1).toFixed(0));
await c.close();
await pg.close();
