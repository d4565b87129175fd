// The consistency gate every model reply passes before it reaches a person. It scores the reply 0-100: Diana's
// rubric (domain/character/consistency.ts) below the pack's floor costs the difference, and each blocklist
// category found costs everything — talk of being an AI or an assistant, the fourth wall broken, explicit
// words, the instructions leaking (a canary or any run of six words from them), and data of anyone but the
// person (other @usernames, long numbers such as Telegram ids, e-mail addresses, phone numbers).
import { scoreDianaLine } from '../character/consistency.ts';
import { words } from '../character/text.ts';

export type Blocked = 'assistant' | 'fourth-wall' | 'explicit' | 'prompt-leak' | 'member-data';

export interface Verdict {
  score: number;
  accepted: boolean;
  /** The blocklist categories found, then `rubric <n>` when the rubric fell short. */
  reasons: string[];
}

export interface GateRules {
  minScore: number;
  rubricFloor: number;
}

export interface GateContext {
  /** The instructions the model was given: none of them may come back. */
  instructions: string;
  canary: string;
  /** The person's own identifiers may appear; nobody else's. */
  person: { id: number; username: string | null };
}

const ASSISTANT =
  /\b(as an? (ai|a\.i\.|artificial intelligence|language model|assistant|chatbot)|language model|i('m| am) (just |only )?(an? )?(ai|a\.i\.|artificial|bot|assistant|chatbot|program|computer)\b|openai|chatgpt|anthropic|llm\b|como (una? )?(ia|i\.a\.|inteligencia artificial|modelo|asistente)|modelo de lenguaje|soy (solo |solamente )?(una? )?(ia|i\.a\.|bot|asistente|programa|chatbot|inteligencia artificial)\b|how can i (help|assist)|en que puedo ayudar)/;

const FOURTH_WALL =
  /\b(system prompt|my (instructions|programming|guidelines|rules|prompt)|i was (programmed|instructed|trained|told to)|(this|a) (chat ?bot|simulation|fictional character)|the user\b|content pack|telegram bot|role-?play(ing)?|i('m| am) (playing|pretending)|character i play|mis (instrucciones|reglas|directrices)|mi (programacion|prompt)|fui (programada|entrenada|instruida)|el usuario\b|la usuaria\b|juego de rol|interpreto a|personaje que interpreto|\bprompt\b)/;

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;
const HANDLE = /(^|[^\w@])@([a-z0-9_]{4,32})\b/gi;
const LONG_NUMBER = /\d[\d\s-]{5,}\d/g;

export function judgeReply(text: string, locale: string, rules: GateRules, context: GateContext): Verdict {
  const lower = text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[’]/g, "'");
  const rubric = scoreDianaLine(text, locale);
  const blocked = new Set<Blocked>();
  if (ASSISTANT.test(lower) || rubric.penalties.some((p) => p.reason === 'breaks-character'))
    blocked.add('assistant');
  if (FOURTH_WALL.test(lower)) blocked.add('fourth-wall');
  if (rubric.explicit.length > 0) blocked.add('explicit');
  if (leaks(text, context)) blocked.add('prompt-leak');
  if (othersData(text, context.person)) blocked.add('member-data');
  const shortfall = Math.max(0, rules.rubricFloor - rubric.total);
  const score = Math.max(0, Math.min(100, 100 - 100 * blocked.size - shortfall));
  const reasons = [...blocked, ...(shortfall > 0 ? [`rubric ${rubric.total}`] : [])];
  return { score, accepted: score >= rules.minScore, reasons };
}

/** The canary, or any six words in a row of the instructions. */
function leaks(text: string, context: GateContext): boolean {
  if (text.includes(context.canary)) return true;
  const shingles = new Set(runs(words(context.instructions), 6));
  return runs(words(text), 6).some((run) => shingles.has(run));
}

function runs(tokens: readonly string[], size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + size <= tokens.length; i++) out.push(tokens.slice(i, i + size).join(' '));
  return out;
}

function othersData(text: string, person: GateContext['person']): boolean {
  if (EMAIL.test(text)) return true;
  for (const match of text.matchAll(HANDLE)) {
    if (match[2]?.toLowerCase() !== person.username?.toLowerCase()) return true;
  }
  for (const match of text.matchAll(LONG_NUMBER)) {
    if (match[0].replace(/\D/g, '') !== String(person.id)) return true;
  }
  return false;
}
