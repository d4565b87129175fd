// The guard in front of any model: a message that tries to reach past Diana (ignore your instructions, print
// your prompt, pretend to be someone else, developer mode...) never reaches a model; she deflects it in
// character. Patterns in es and en, on the message lowercased and without accents; the consistency gate
// catches what slips past.
import { normaliseMessage } from './scripted.ts';

const INJECTION: readonly RegExp[] = [
  // Instructions, rules, the prompt.
  /\b(ignore|disregard|forget|override|bypass)\b.{0,40}\b(instruction|rule|prompt|guideline|previous|above|system|everything)/,
  /\b(ignora|olvida|omite|salta(te)?|anula)\b.{0,40}\b(instruccion|regla|prompt|indicacion|anterior|sistema|todo)/,
  /\b(system|initial|hidden|original|developer)\s+(prompt|message|instruction)/,
  /\b(prompt|mensaje|instrucciones)\s+(del\s+)?(sistema|inicial|oculto|original)/,
  /\b(print|show|reveal|repeat|tell me|output|display|leak|dump|write out)\b.{0,30}\b(prompt|instruction|rules|system|context|configuration|config)/,
  /\b(muestra|muestrame|revela|repite|dime|imprime|escribe|ensename|copia)\b.{0,30}\b(prompt|instruccion|reglas|sistema|contexto|configuracion)/,
  // Role-play escapes and new personas.
  /\b(you are now|from now on you are|act as|pretend (to be|you are)|roleplay as|role-play as|you're now)\b/,
  /\b(ahora eres|a partir de ahora eres|actua como|finge (ser|que eres)|haz de cuenta que eres|interpreta a)\b/,
  /\b(developer|dev|god|admin|debug|jailbreak|dan)\s*mode\b/,
  /\bmodo\s+(desarrollador|dios|admin|depuracion|jailbreak|dan)\b/,
  /\b(jailbreak|do anything now|\bdan\b)/,
  /\b(stop|quit|break)\s+(being|playing|the)\s+(diana|character|role)/,
  /\b(deja|sal)\s+(de\s+)?(ser|interpretar|actuar como|del personaje|del papel)/,
  // Questions about the machinery.
  /\b(are you|you are)\s+(an?\s+)?(ai|a\.i\.|bot|llm|language model|chatbot|gpt|assistant)\b/,
  /\b(eres|sos)\s+(una?\s+)?(ia|i\.a\.|bot|llm|modelo de lenguaje|chatbot|gpt|asistente|inteligencia artificial)\b/,
  /\b(which|what)\s+(model|llm|ai)\b/,
  /\b(que|cual)\s+(modelo|llm|ia)\b/,
  /\b(openai|chatgpt|anthropic|claude|llama|mistral|gemini)\b/,
  // Markup that imitates the conversation's structure.
  /(<\|?(system|im_start|im_end|assistant|user)\|?>|\[\/?(inst|system)\]|^\s*(system|assistant)\s*:)/m,
  // Other members.
  /\b(other (users|members|people)|another (user|member)|who else)\b.{0,40}\b(said|wrote|told|data|message|name)/,
  /\b(otros? (usuarios?|miembros?|personas?)|otra persona|quien mas)\b.{0,40}\b(dijo|escribio|conto|datos|mensaje|nombre)/,
];

/** Whether a message tries to reach past the character (it is then deflected, never sent to a model). */
export function isInjectionAttempt(message: string): boolean {
  const text = normaliseMessage(message);
  return INJECTION.some((pattern) => pattern.test(text));
}
