// The console's way to the admin API: a short access token held in memory, renewed through the refresh cookie
// (POST /session/refresh) shortly before it ends or when the API answers 401. Only one renewal runs at a time:
// the cookie works once, and a second use of it would end the whole sign-in.
import type { Role } from '../../src/domain/access.ts';

export interface Session {
  accessToken: string;
  expiresAt: number;
  telegramId: number;
  role: Role;
}

/** An RFC 9457 problem the API answered with, or a network failure shaped like one. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly requestId?: string,
    readonly errors?: Array<{ path: string; message: string }>,
  ) {
    super(detail);
  }
}

const API = '/api/v1';
const RENEW_BEFORE_MS = 60_000;

let session: Session | undefined;
let renewing: Promise<Session | undefined> | undefined;
const listeners = new Set<(s: Session | undefined) => void>();

export function onSessionChange(listener: (s: Session | undefined) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setSession(next: Session | undefined) {
  session = next;
  for (const listener of listeners) listener(next);
}

/** Exchanges the refresh cookie for a new access token; undefined when there is no valid sign-in. */
export function renewSession(): Promise<Session | undefined> {
  renewing ??= (async () => {
    try {
      const res = await fetch(`${API}/session/refresh`, { method: 'POST', credentials: 'same-origin' });
      if (!res.ok) {
        setSession(undefined);
        return undefined;
      }
      const body = (await res.json()) as {
        accessToken: string;
        expiresIn: number;
        telegramId: number;
        role: Role;
      };
      const next = {
        accessToken: body.accessToken,
        expiresAt: Date.now() + body.expiresIn * 1000,
        telegramId: body.telegramId,
        role: body.role,
      };
      setSession(next);
      return next;
    } finally {
      renewing = undefined;
    }
  })();
  return renewing;
}

export async function signOut(): Promise<void> {
  await fetch(`${API}/session/logout`, { method: 'POST', credentials: 'same-origin' });
  setSession(undefined);
}

async function currentToken(): Promise<string | undefined> {
  if (session && session.expiresAt - Date.now() > RENEW_BEFORE_MS) return session.accessToken;
  return (await renewSession())?.accessToken;
}

async function problemOf(res: Response): Promise<ApiProblem> {
  const body = (await res.json().catch(() => ({}))) as Partial<{
    title: string;
    detail: string;
    requestId: string;
    errors: Array<{ path: string; message: string }>;
  }>;
  return new ApiProblem(
    res.status,
    body.title ?? res.statusText,
    body.detail ?? res.statusText,
    body.requestId ?? res.headers.get('x-request-id') ?? undefined,
    body.errors,
  );
}

export interface CallOptions {
  body?: unknown;
  /** Names this write, so that a retry is answered as the first attempt and changes nothing again. */
  idempotencyKey?: string;
}

/** Sends /api/v1`path` as the signed-in person, renewing the token once if the API answers 401. */
async function send(method: string, path: string, options: CallOptions = {}): Promise<Response> {
  const attempt = async (token: string | undefined) => {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
    return fetch(`${API}${path}`, {
      method,
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
  };
  const res = await attempt(await currentToken());
  // The token may have ended between the check and the call (or the clock is off): renew once.
  if (res.status !== 401) return res;
  const renewed = await renewSession();
  return renewed ? attempt(renewed.accessToken) : res;
}

/** Calls /api/v1`path` as the signed-in person; throws ApiProblem for any answer that is not 2xx. */
export async function api<T>(method: string, path: string, options: CallOptions = {}): Promise<T> {
  const res = await send(method, path, options);
  if (!res.ok) throw await problemOf(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/**
 * Saves GET /api/v1`path` as a file named after the API's answer (its Content-Disposition). A plain link would
 * not carry the access token, which lives in memory: the file is fetched, then handed to the browser.
 */
export async function download(path: string): Promise<void> {
  const res = await send('GET', path);
  if (!res.ok) throw await problemOf(res);
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'export.csv';
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The browser has read the file well before this.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A new Idempotency-Key for one write the person asked for (kept while they retry the same form). */
export const newIdempotencyKey = (): string => crypto.randomUUID();
