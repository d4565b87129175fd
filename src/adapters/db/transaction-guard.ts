// Inside a transaction every query must go through the transaction (`tx`). A query on the database itself
// there is a bug that fails in two different ways: on the embedded database, which has one connection, it
// waits forever for the transaction it is part of; on PostgreSQL it silently runs outside the transaction (its
// writes survive a rollback, and it cannot see the transaction's own writes). The guard makes both a clear
// error: `transact` marks the work it runs, and the database refuses to hand out a connection to that work.
import { AsyncLocalStorage } from 'node:async_hooks';
import { type DatabaseConnection, type Dialect, type Driver, Kysely, type TransactionSettings } from 'kysely';
import { isTracing } from '../../tracing.ts';
import { traceQueries } from './traced-queries.ts';

export class QueryOutsideTransaction extends Error {
  override name = 'QueryOutsideTransaction';
}

/** The databases whose transaction the current async context is inside of. */
const inside = new AsyncLocalStorage<ReadonlySet<object>>();
const guardOf = new WeakMap<object, object>();

/** A Kysely instance whose connections are refused to work running inside one of its transactions. */
export function guardedKysely<DB>(dialect: Dialect): Kysely<DB> {
  const guard = {};
  const db = new Kysely<DB>({ dialect: new GuardedDialect(dialect, guard) });
  guardOf.set(db, guard);
  return db;
}

/** Runs a transaction's work marked as such (see `transact`). */
export function insideTransaction<T>(db: object, work: () => Promise<T>): Promise<T> {
  const guard = guardOf.get(db);
  if (!guard) return work();
  return inside.run(new Set([...(inside.getStore() ?? []), guard]), work);
}

class GuardedDialect implements Dialect {
  constructor(
    private readonly inner: Dialect,
    private readonly guard: object,
  ) {}
  createAdapter() {
    return this.inner.createAdapter();
  }
  createDriver(): Driver {
    return new GuardedDriver(this.inner.createDriver(), this.guard);
  }
  createIntrospector(db: Kysely<unknown>) {
    return this.inner.createIntrospector(db);
  }
  createQueryCompiler() {
    return this.inner.createQueryCompiler();
  }
}

class GuardedDriver implements Driver {
  constructor(
    private readonly inner: Driver,
    private readonly guard: object,
  ) {}

  init(): Promise<void> {
    return this.inner.init();
  }

  acquireConnection(): Promise<DatabaseConnection> {
    if (inside.getStore()?.has(this.guard)) {
      return Promise.reject(
        new QueryOutsideTransaction(
          'a query on the database itself, inside one of its transactions: use the transaction (tx) instead',
        ),
      );
    }
    // Every connection passes here: while tracing, its queries become spans.
    return isTracing() ? this.inner.acquireConnection().then(traceQueries) : this.inner.acquireConnection();
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.inner.beginTransaction(connection, settings);
  }
  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.commitTransaction(connection);
  }
  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.rollbackTransaction(connection);
  }
  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.inner.releaseConnection(connection);
  }
  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}
