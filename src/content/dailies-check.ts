// The dailies of dailies.yaml, checked like the story: every scene and riddle has its texts in every locale,
// every riddle an answer in every locale, and each nightly scene scores like a story fragment on Diana's rubric.
import { dianaLinePasses, explainScore, scoreDianaLine } from '../domain/character/consistency.ts';
import { riddleKeys } from './dailies-schema.ts';
import type { ContentPack } from './pack.ts';
import type { Diagnostic } from './yaml-source.ts';

export function dailiesDiagnostics(pack: ContentPack): Diagnostic[] {
  const { dailies, locales } = pack;
  if (!dailies) return [];
  const { file } = dailies.source;
  const problems: Diagnostic[] = [];
  const missing = (line: number, what: string, key: string, code: string) =>
    problems.push({ file, line, message: `${what}: "${key}" has no text in locale "${code}"` });

  dailies.nightly.scenes.forEach((key, i) => {
    const line = dailies.source.sceneLine(i);
    for (const code of locales.codes) {
      if (!locales.has(code, key)) {
        missing(line, 'nightly scene', key, code);
        continue;
      }
      const score = scoreDianaLine(locales.translate(code, key), code);
      if (dianaLinePasses(score, pack.story.minFragmentScore)) continue;
      problems.push({
        ...(locales.whereIs(code, key) ?? { file, line }),
        message: `Diana is out of character in nightly scene "${key}" (${code}): ${score.total}/100, needs more than ${pack.story.minFragmentScore} (${explainScore(score)})`,
      });
    }
  });

  dailies.riddles.pool.forEach((riddle, i) => {
    const line = dailies.source.riddleLine(i);
    const { question, hint } = riddleKeys(riddle);
    for (const code of locales.codes) {
      for (const key of [question, hint])
        if (!locales.has(code, key)) missing(line, `riddle "${riddle.id}"`, key, code);
      if (!riddle.answers[code]?.length) {
        problems.push({ file, line, message: `riddle "${riddle.id}" has no answer in locale "${code}"` });
      }
    }
    for (const code of Object.keys(riddle.answers)) {
      if (!locales.codes.includes(code)) {
        problems.push({
          file,
          line,
          message: `riddle "${riddle.id}" answers in "${code}", which is not a locale of the pack`,
        });
      }
    }
  });
  return problems;
}
