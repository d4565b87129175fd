// Which database failures are worth another try: the connection was lost or refused, the server is restarting
// or full, or a transaction lost a deadlock or serialization race. Anything else (a missing table, a broken
// constraint, a bug) fails the same way again.

const TRANSIENT_CODES = new Set(['57P01', '57P02', '57P03', '53300', '40001', '40P01']);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);
const CONNECTION_LOST =
  /Connection terminated|not queryable|connection error|timeout exceeded when trying to connect/i;

export function isTransientDatabaseError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (
    typeof code === 'string' &&
    (code.startsWith('08') || TRANSIENT_CODES.has(code) || NETWORK_CODES.has(code))
  )
    return true;
  if (CONNECTION_LOST.test(error.message)) return true;
  return error.cause !== undefined && isTransientDatabaseError(error.cause);
}

/**
 * Runs a database write, trying again with backoff while the failure is transient (a restart, a cut
 * connection), for up to `forMs`; any other failure, or one that outlasts `forMs`, is thrown.
 */
export async function persevere<T>(write: () => Promise<T>, forMs: number): Promise<T> {
  const deadline = Date.now() + forMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      const delay = Math.min(2_000, 100 * 2 ** (attempt - 1));
      if (!isTransientDatabaseError(error) || Date.now() + delay > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
