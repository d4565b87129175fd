// `npm run content:check [pack dir]`: checks a content pack like a compiler; prints Diana's score table and
// every problem as `file:line: message`, and exits non-zero when there is any.
import { checkPack } from '../content/checker.ts';
import { formatVoiceTable } from '../content/voice-check.ts';
import { printDiagnostics, withPack } from './content.ts';

withPack((pack, dir) => {
  const { diagnostics, voices } = checkPack(pack);
  console.log(formatVoiceTable(voices, pack.locales.codes));
  const nodes = [...pack.story.nodes.values()];
  const decisions = nodes.filter((n) => n.choices.length >= 2);
  console.log(
    `\n${dir}: ${pack.story.chapters.size} chapters, ${nodes.length} nodes, ` +
      `${nodes.filter((n) => n.ending).length} endings, ${nodes.reduce((sum, n) => sum + n.choices.length, 0)} choices, ` +
      `${decisions.length} decisions (${decisions.filter((n) => n.choices.length >= 3).length} with 3 choices or more), ` +
      `locales ${pack.locales.codes.join('/')}`,
  );
  if (diagnostics.length === 0) {
    console.log('content check passed');
    return 0;
  }
  printDiagnostics(diagnostics);
  console.error(`\ncontent check FAILED: ${diagnostics.length} problems`);
  return 1;
});
