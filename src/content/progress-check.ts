// Checks on missions and achievements: a goal must name an event type that exists, and fields that event
// carries (what it sums, counts distinct values of, or filters on), or it can never complete; and the pack's
// Fluent files must parse (a message Fluent cannot read is dropped, and people would see its id).
import { EVENT_PAYLOADS, isEventType, numericFields, payloadFields } from '../domain/events.ts';
import type { ContentPack } from './pack.ts';
import type { Diagnostic } from './yaml-source.ts';

/** The closest known name, when a misspelling is likely (edit distance at most 2). */
function suggestion(name: string, known: Iterable<string>): string {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best ? ` (did you mean "${best.name}"?)` : '';
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length]!;
}

export function progressDiagnostics(pack: ContentPack): Diagnostic[] {
  const { progress } = pack;
  const problems: Diagnostic[] = [];
  const at = (id: string, field: string, message: string) =>
    problems.push({ ...progress.whereIs(id, field), message });
  const known = Object.keys(EVENT_PAYLOADS);
  for (const goal of [...progress.missions, ...progress.achievements]) {
    const what = `${goal.kind} "${goal.id}"`;
    if (!isEventType(goal.event)) {
      at(
        goal.id,
        'event',
        `${what} waits for event "${goal.event}", which never happens${suggestion(goal.event, known)}`,
      );
      continue;
    }
    const names = payloadFields(goal.event);
    const numbers = numericFields(goal.event);
    const missing = (field: string) =>
      `event "${goal.event}" has no field "${field}"${suggestion(field, names)}; its fields: ${names.join(', ') || 'none'}`;
    if ('sum' in goal.measure) {
      const field = goal.measure.sum;
      if (!names.includes(field)) at(goal.id, 'sum', `${what} can never complete: ${missing(field)}`);
      else if (!numbers.includes(field))
        at(goal.id, 'sum', `${what} can never complete: "${field}" of "${goal.event}" is not a number`);
    }
    if ('distinct' in goal.measure && !names.includes(goal.measure.distinct))
      at(goal.id, 'distinct', `${what} can never complete: ${missing(goal.measure.distinct)}`);
    for (const field of Object.keys(goal.where))
      if (!names.includes(field))
        at(goal.id, `where.${field}`, `${what} can never complete: ${missing(field)}`);
  }
  return problems;
}

export function localeDiagnostics(pack: ContentPack): Diagnostic[] {
  const { locales } = pack;
  return [
    ...locales.codes.flatMap((code) =>
      locales.unparsed(code).map(({ key, file, line }) => ({
        file,
        line,
        message: `message "${key}" is not valid Fluent, so it is dropped: people would see "${key}" instead of its text`,
      })),
    ),
    ...goalNameDiagnostics(pack),
  ];
}

/** Two missions or achievements with one name in a language: people could not tell which is which. */
function goalNameDiagnostics(pack: ContentPack): Diagnostic[] {
  const { locales, progress } = pack;
  const problems: Diagnostic[] = [];
  for (const code of locales.codes) {
    const seen = new Map<string, string>();
    for (const goal of [...progress.missions, ...progress.achievements]) {
      const key = `${goal.kind}-${goal.id}-name`;
      if (!locales.keys(code).has(key)) continue;
      const name = locales.translate(code, key).trim().toLowerCase();
      const first = seen.get(name);
      const where = locales.whereIs(code, key);
      if (first && where)
        problems.push({
          ...where,
          message: `"${key}" has the name of "${first}" (${code}): names must differ`,
        });
      else seen.set(name, key);
    }
  }
  return problems;
}
