// A Kysely dialect for the embedded PostgreSQL (PGlite, in its worker thread). PGlite is one connection:
// single statements may be sent side by side (the worker runs them one after another, each on its own), but a
// transaction owns the connection from BEGIN to COMMIT, so nothing ever runs inside someone else's transaction.
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import { EmbeddedDatabaseError, type PGliteClient, type SqlResult } from './pglite-client.ts';
import { SharedExclusiveGate } from './shared-exclusive-gate.ts';

const ENDS_TRANSACTION = Symbol('ends the transaction');
const ONLY_LOCKS = Symbol('only takes a lock');

/**
 * Marks a statement that only takes a lock between transactions: the embedded database runs one transaction
 * at a time, so there it has nothing to do and is skipped. Elsewhere it runs as usual.
 */
export function lockBetweenTransactions<Q extends CompiledQuery>(query: Q): Q {
  return Object.freeze({ ...query, [ONLY_LOCKS]: true });
}

/**
 * Marks a transaction's last statement: on the embedded database the COMMIT travels with it (the transaction's
 * work must be done when it runs); elsewhere the mark is ignored and the COMMIT follows as usual.
 */
export function lastInTransaction<Q extends CompiledQuery>(query: Q): Q {
  return Object.freeze({ ...query, [ENDS_TRANSACTION]: true });
}

class PGliteConnection implements DatabaseConnection {
  /** Whether this holder owns the connection for a transaction, or shares it for single statements. */
  mode: 'shared' | 'exclusive' = 'shared';
  /** A BEGIN not sent yet: it goes with the transaction's first statement. */
  pendingBegin: string | undefined;
  /** The transaction was ended (committed, or rolled back on failure) with its last statement. */
  ended = false;

  constructor(private readonly pg: PGliteClient) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    // Like node-postgres, a query without parameters goes through the simple protocol, so a migration can be
    // one script of several statements.
    if (this.ended) throw new Error('a statement after the one that ended its transaction');
    if (ONLY_LOCKS in query) return { rows: [] };
    const begin = this.pendingBegin;
    this.pendingBegin = undefined;
    const end = this.mode === 'exclusive' && ENDS_TRANSACTION in query ? 'COMMIT' : undefined;
    let result: SqlResult<R>;
    try {
      result =
        query.parameters.length === 0 && !end
          ? await this.pg.exec<R>(query.sql, begin)
          : await this.pg.query<R>(query.sql, query.parameters, { begin, end });
    } catch (error) {
      // The database answered: it has committed or rolled back. Otherwise the message never arrived, and the
      // transaction is still open for Kysely to roll back.
      if (end && error instanceof EmbeddedDatabaseError) this.ended = true;
      throw error;
    }
    if (end) this.ended = true;
    const affected = result.affectedRows;
    return affected === undefined
      ? { rows: result.rows }
      : { rows: result.rows, numAffectedRows: BigInt(affected) };
  }

  // biome-ignore lint/correctness/useYield: streaming is not offered by PGlite; Kysely requires the method.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('PGlite does not support streaming queries');
  }
}

const statement = (sql: string) => ({ sql, parameters: [] }) as unknown as CompiledQuery;

class PGliteDriver implements Driver {
  private readonly gate = new SharedExclusiveGate();

  constructor(private readonly pg: PGliteClient) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.gate.acquireShared();
    return new PGliteConnection(this.pg);
  }

  async beginTransaction(conn: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    // Trade the shared hold for the whole connection: statements in flight finish first.
    const connection = conn as PGliteConnection;
    this.gate.releaseShared();
    await this.gate.acquireExclusive();
    connection.mode = 'exclusive';
    const isolation = settings.isolationLevel
      ? ` ISOLATION LEVEL ${settings.isolationLevel.toUpperCase()}`
      : '';
    connection.pendingBegin = `BEGIN${isolation}`;
  }

  async commitTransaction(conn: DatabaseConnection): Promise<void> {
    await this.finish(conn as PGliteConnection, 'COMMIT');
  }

  async rollbackTransaction(conn: DatabaseConnection): Promise<void> {
    await this.finish(conn as PGliteConnection, 'ROLLBACK');
  }

  /**
   * Ends a transaction; one that never ran a statement never began, and one whose last statement carried the
   * COMMIT has ended already, so there is nothing to end.
   */
  private async finish(connection: PGliteConnection, end: 'COMMIT' | 'ROLLBACK'): Promise<void> {
    if (connection.pendingBegin || connection.ended) {
      connection.pendingBegin = undefined;
      connection.ended = false;
      return;
    }
    await connection.executeQuery(statement(end));
  }

  async releaseConnection(conn: DatabaseConnection): Promise<void> {
    if ((conn as PGliteConnection).mode === 'exclusive') this.gate.releaseExclusive();
    else this.gate.releaseShared();
  }

  async destroy(): Promise<void> {
    await this.pg.close();
  }
}

export class PGliteDialect implements Dialect {
  constructor(private readonly pg: PGliteClient) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PGliteDriver(this.pg);
  }
  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
}
