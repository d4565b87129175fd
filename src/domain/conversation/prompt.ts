// What a model is given: the pack's persona, what Diana knows of this one person, and a canary that must never
// come back; the person's words travel apart, as their own message, so nothing they write reads as an
// instruction. Nobody else's data is ever part of it.

export interface PromptPerson {
  name: string;
  locale: string;
  level: number;
  isVip: boolean;
  chapterTitle: string;
  emotion: string;
  relationship: number;
  memory: { summary: string; facts: readonly string[] };
}

export interface PromptSettings {
  persona: string;
  stricter: string;
  languageNames: Readonly<Record<string, string>>;
}

export interface Prompt {
  messages: Array<{ role: 'system' | 'user'; content: string }>;
  /** The instructions as sent (the gate refuses any reply that repeats them). */
  instructions: string;
  canary: string;
}

export function buildPrompt(
  settings: PromptSettings,
  person: PromptPerson,
  message: string,
  options: { canary: string; strict?: boolean },
): Prompt {
  const language = settings.languageNames[person.locale] ?? person.locale;
  const known = [
    `The guest's name: ${oneLine(person.name)}.`,
    `Their level in your house: ${person.level}${person.isVip ? '; a trusted (VIP) guest' : ''}.`,
    `Where they are in your story: ${oneLine(person.chapterTitle)}; your mood there: ${person.emotion || 'reserved'}; closeness so far: ${person.relationship}.`,
    ...(person.memory.facts.length
      ? [`What they told you before: ${person.memory.facts.map(oneLine).join('; ')}.`]
      : []),
    ...(person.memory.summary
      ? [`Your recollection of earlier talks: ${oneLine(person.memory.summary)}`]
      : []),
  ];
  const instructions = [
    settings.persona.replaceAll('{language}', language).trim(),
    ...(options.strict ? [settings.stricter.trim()] : []),
    'What you know of this guest (never recite it as data):',
    ...known,
    `Private mark, never to be written: ${options.canary}`,
  ].join('\n');
  return {
    messages: [
      { role: 'system', content: instructions },
      { role: 'user', content: message },
    ],
    instructions,
    canary: options.canary,
  };
}

/** Names and memories are the person's words too: they never break a line of the instructions. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 300);
