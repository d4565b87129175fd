// A Kysely dialect for the embedded PostgreSQL (PGlite, in its worker thread). PGlite is one connection:
// single statements may be sent side by side (the worker runs them one after another, each on its own), but a
// group of transactions owns the connection from BEGIN to COMMIT (see group-commit.ts), so no single statement
// ever runs inside a transaction, and the members of a group run one after another.
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
import { GroupCommit, type Member } from './group-commit.ts';
import type { PGliteClient } from './pglite-client.ts';
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
 * Marks a transaction's last statement: on the embedded database the transaction's end (its COMMIT, or in a
 * group its savepoint's release) travels with it (the transaction's work must be done when it runs); elsewhere
 * the mark is ignored and the COMMIT follows as usual.
 */
export function lastInTransaction<Q extends CompiledQuery>(query: Q): Q {
  return Object.freeze({ ...query, [ENDS_TRANSACTION]: true });
}

class PGliteConnection implements DatabaseConnection {
  /** The transaction's part in its group, while this holder runs one; none for single statements. */
  member: Member | undefined;
  /** Holds the connection shared, for single statements (a transaction's hold is its group's). */
  shared = true;

  constructor(
    private readonly pg: PGliteClient,
    private readonly gate: SharedExclusiveGate,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    // Like node-postgres, a query without parameters goes through the simple protocol, so a migration can be
    // one script of several statements.
    const member = this.member;
    if (member?.isEnded) throw new Error('a statement after the one that ended its transaction');
    if (ONLY_LOCKS in query) return { rows: [] };
    if (!member && !this.shared) {
      // Statements after a transaction on the same holder: shared again, once its group is over.
      await this.gate.acquireShared();
      this.shared = true;
    }
    const begin = member?.before(query.sql);
    const last = member && ENDS_TRANSACTION in query ? member.closing() : undefined;
    const answer =
      query.parameters.length === 0 && !last
        ? this.pg.exec<R>(query.sql, { begin })
        : this.pg.query<R>(query.sql, query.parameters, { begin, ...last });
    // The statement that ends the part is on its way, with what undoes the part should it fail: the group
    // goes on meanwhile, and the database runs the next member's statements after it.
    if (last) member?.endedWithLastStatement();
    const result = await answer;
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

class PGliteDriver implements Driver {
  private readonly gate = new SharedExclusiveGate();
  private readonly groups: GroupCommit;

  constructor(private readonly pg: PGliteClient) {
    this.groups = new GroupCommit(pg, this.gate);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.gate.acquireShared();
    return new PGliteConnection(this.pg, this.gate);
  }

  async beginTransaction(conn: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    // Trade the shared hold for a place in a group, which holds the whole connection: statements in flight
    // finish first.
    const connection = conn as PGliteConnection;
    this.release(connection);
    const isolation = settings.isolationLevel
      ? ` ISOLATION LEVEL ${settings.isolationLevel.toUpperCase()}`
      : '';
    const alone = settings.isolationLevel !== undefined || settings.accessMode !== undefined;
    connection.member = await this.groups.join(`BEGIN${isolation}`, alone);
  }

  async commitTransaction(conn: DatabaseConnection): Promise<void> {
    const connection = conn as PGliteConnection;
    const member = connection.member;
    connection.member = undefined;
    await member?.commit();
  }

  async rollbackTransaction(conn: DatabaseConnection): Promise<void> {
    const connection = conn as PGliteConnection;
    // Kysely rolls back a transaction whose commit failed: its part is over already.
    const member = connection.member;
    connection.member = undefined;
    await member?.rollback();
  }

  async releaseConnection(conn: DatabaseConnection): Promise<void> {
    this.release(conn as PGliteConnection);
  }

  private release(connection: PGliteConnection): void {
    if (!connection.shared) return;
    connection.shared = false;
    this.gate.releaseShared();
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
