// Diana's scripted replies: the first intent of the pack whose pattern matches the message (in the person's
// language, lowercase and without accents) picks the reply; which of its lines is chosen depends on the
// message and the person, so the same words do not always get the same line, yet a test can predict it.

export interface ScriptedIntent {
  id: string;
  patterns: ReadonlyMap<string, readonly RegExp[]>;
  replies: readonly string[];
}

/** Lowercase, without accents, apostrophes folded, spaces collapsed: what patterns and the cache compare. */
export function normaliseMessage(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** The intent a message falls under: the first that matches, else the first without patterns ("default"). */
export function matchIntent(
  intents: readonly ScriptedIntent[],
  text: string,
  locale: string,
): ScriptedIntent | undefined {
  const normalised = normaliseMessage(text);
  const hit = intents.find((intent) =>
    (intent.patterns.get(locale) ?? []).some((pattern) => pattern.test(normalised)),
  );
  return hit ?? intents.find((intent) => intent.patterns.size === 0);
}

/** The intent by id (the guard sends injection attempts to "deflect"). */
export function intentById(intents: readonly ScriptedIntent[], id: string): ScriptedIntent | undefined {
  return intents.find((intent) => intent.id === id);
}

/** One of the intent's lines, chosen by a stable hash of the seed (the message, the person, the day). */
export function pickReply(intent: ScriptedIntent, seed: string): string {
  return intent.replies[hash(seed) % intent.replies.length] ?? intent.replies[0]!;
}

/** FNV-1a: small, stable across runs and processes. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
