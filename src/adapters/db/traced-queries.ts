// SQL spans: every query a connection runs, while tracing is on, is a span of the trace in progress (the one
// place every query passes, on PostgreSQL and on the embedded database alike). The statement is recorded without its parameters.
import type { DatabaseConnection } from 'kysely';
import { SpanKind, traced } from '../../tracing.ts';

const wrapped = new WeakSet<DatabaseConnection>();

/** Makes this connection's queries spans (once per connection; connections are reused by the pool). */
export function traceQueries(connection: DatabaseConnection): DatabaseConnection {
  if (wrapped.has(connection)) return connection;
  wrapped.add(connection);
  const execute = connection.executeQuery.bind(connection);
  connection.executeQuery = (query) => {
    const operation = /^\s*(\w+)/.exec(query.sql)?.[1]?.toUpperCase() ?? 'SQL';
    return traced(
      `sql ${operation}`,
      {
        'db.system.name': 'postgresql',
        'db.operation.name': operation,
        'db.query.text': query.sql.slice(0, 2000),
      },
      () => execute(query),
      { kind: SpanKind.CLIENT },
    );
  };
  return connection;
}
