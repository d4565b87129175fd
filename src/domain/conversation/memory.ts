// What Diana remembers of a person: facts they told her about themselves ("me llamo…", "I live in…") and a
// rolling summary of what they said lately, both bounded by the pack. Pure; the person can see and erase it.

export interface MemoryLimits {
  maxFacts: number;
  summaryChars: number;
}

export interface MemoryState {
  summary: string;
  facts: string[];
}

const FACT =
  /^(me llamo|mi nombre es|soy de|vivo en|tengo \d+|trabajo (en|de|como)|estudio|me gusta|me encanta|odio|my name is|call me|i'?m from|i live in|i am \d+|i'?m \d+|i work (in|as|at)|i study|i like|i love|i hate)\b/;

const SEPARATOR = ' · ';

/** The memory after a message: a new fact if the message states one, and the message in the summary. */
export function remember(memory: MemoryState, message: string, limits: MemoryLimits): MemoryState {
  const clean = message.replace(/\s+/g, ' ').trim();
  const facts = [...memory.facts];
  for (const sentence of clean.split(/(?<=[.!?])\s+/)) {
    const normal = sentence.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[’]/g, "'");
    if (!FACT.test(normal)) continue;
    const fact = sentence.replace(/[.!?]+$/, '').slice(0, 120);
    const same = facts.findIndex((f) => f.toLowerCase() === fact.toLowerCase());
    if (same >= 0) facts.splice(same, 1);
    facts.push(fact);
  }
  while (facts.length > limits.maxFacts) facts.shift();
  const snippet = clean.length > 80 ? `${clean.slice(0, 79)}…` : clean;
  let summary = memory.summary ? `${memory.summary}${SEPARATOR}${snippet}` : snippet;
  while (summary.length > limits.summaryChars) {
    const cut = summary.indexOf(SEPARATOR);
    summary = cut < 0 ? '' : summary.slice(cut + SEPARATOR.length);
  }
  return { summary, facts };
}
