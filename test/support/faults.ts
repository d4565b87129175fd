// Faults on demand, in the database itself: the next `times` writes to a table fail as a failing server would,
// whoever makes them. A sequence counts the attempts, so the count survives the rollbacks the faults cause.
import { sql } from 'kysely';
import type { Db } from '../../src/adapters/db/database.ts';

let nextFault = 1;

/** `code` is the SQLSTATE the failures carry: by default a plain error; '57P01' is a server shutting down. */
export async function failNextWrites(db: Db, table: string, times: number, code = 'P0001'): Promise<void> {
  const name = `fault_${nextFault++}`;
  await sql
    .raw(`
      CREATE SEQUENCE ${name}_seq;
      CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF nextval('${name}_seq') <= ${times} THEN
          RAISE EXCEPTION 'injected fault on ${table}' USING ERRCODE = '${code}';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER ${name} BEFORE INSERT OR UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${name}();
    `)
    .execute(db);
}

/**
 * The same database, except that the first statement whose text contains `marker` commits and then loses its
 * answer, as when the server is stopped just after a commit: the caller sees the error of a connection cut.
 */
export function loseAnswerOnce(db: Db, marker: string): Db {
  const marked = new WeakSet<object>();
  let lost = false;
  return db.withPlugin({
    transformQuery(args) {
      if (!lost && JSON.stringify(args.node).includes(marker)) marked.add(args.queryId);
      return args.node;
    },
    async transformResult(args) {
      if (!lost && marked.has(args.queryId)) {
        lost = true;
        throw Object.assign(new Error('terminating connection due to administrator command'), {
          code: '57P01',
        });
      }
      return args.result;
    },
  });
}
