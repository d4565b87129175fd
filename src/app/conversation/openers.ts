// The cache of common openers: a short message ("hola", "how are you?") at the same point of the story in the
// same language is answered with a model reply given before, for a while. The person's name is kept out of
// the stored text (and put back on a hit), so nobody ever reads another member's name from the cache.
import { normaliseMessage } from '../../domain/conversation/scripted.ts';

const NAME = '\u0000name\u0000';
const MAX_WORDS = 6;
const MAX_ENTRIES = 2000;

export class OpenersCache {
  private readonly entries = new Map<string, { text: string; until: number }>();

  constructor(private readonly ttlMs: number) {}

  /** The key of a message worth caching, or undefined for anything longer than a common opener. */
  keyOf(message: string, node: string, locale: string): string | undefined {
    const text = normaliseMessage(message)
      .replace(/[^\p{L}\p{N}\s]/gu, '')
      .trim();
    if (this.ttlMs <= 0 || text === '' || text.split(' ').length > MAX_WORDS) return undefined;
    return `${locale}|${node}|${text}`;
  }

  get(key: string, name: string, now: number): string | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.text.replaceAll(NAME, name);
  }

  set(key: string, text: string, name: string, now: number): void {
    if (this.entries.size >= MAX_ENTRIES) {
      for (const [k, e] of this.entries)
        if (e.until <= now || this.entries.size >= MAX_ENTRIES) this.entries.delete(k);
    }
    const stored = name.trim().length >= 2 ? text.split(name).join(NAME) : text;
    this.entries.set(key, { text: stored, until: now + this.ttlMs });
  }

  get size(): number {
    return this.entries.size;
  }
}
