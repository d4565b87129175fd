// `npm run content:simulate [pack dir]`: plays every branch and seeded random playthroughs under several user
// states; prints coverage, endings and besitos per path, then thirty days of play for four kinds of people,
// day by day. Exits non-zero when a node is unreachable in practice, a path gets stuck, or the progression
// spends itself too fast (every achievement before day 14) or rewards nothing at first (none by day 3).
import { progressionTable, simulateProgression } from '../content/progression.ts';
import { simulate } from '../content/simulator.ts';
import { storyIntegrity } from '../content/story-integrity.ts';
import { printDiagnostics, withPack } from './content.ts';

withPack((pack, dir) => {
  // The engine cannot walk references that do not resolve; content:check explains them.
  const broken = storyIntegrity(pack);
  if (broken.length > 0) {
    printDiagnostics(broken);
    console.error(
      `\n${dir}: cannot simulate a story whose references do not resolve (${broken.length} problems)`,
    );
    return 1;
  }
  const report = simulate(pack);
  console.log(`Simulated ${dir}: ${report.profiles[0]?.randomRuns ?? 0} random playthroughs per profile\n`);
  console.log(
    ['profile'.padEnd(26), 'paths'.padEnd(9), 'besitos/path min/med/max'.padEnd(26), 'endings (paths)'].join(
      ' ',
    ),
  );
  for (const p of report.profiles) {
    const endings = Object.entries(p.endings)
      .map(([id, n]) => `${id} ${n}`)
      .join(', ');
    console.log(
      [
        p.profile.name.padEnd(26),
        `${p.paths}${p.exhaustive ? '' : '+'}`.padEnd(9),
        `${p.earned.min}/${p.earned.median}/${p.earned.max}`.padEnd(26),
        endings || 'none',
      ].join(' '),
    );
  }
  const { nodes, choices, endings } = report;
  console.log(
    `\ncoverage: nodes ${nodes.reached}/${nodes.total}, choices ${choices.taken}/${choices.total}, endings ${endings.reached}/${endings.total}`,
  );
  if (choices.missing.length > 0) console.log(`choices never taken: ${choices.missing.join(', ')}`);

  const progression = simulateProgression(pack);
  console.log('\n30 days of play (level, missions and achievements so far, besitos earned by activity):\n');
  console.log(progressionTable(progression));
  for (const problem of progression.problems) console.error(`progression: ${problem}`);
  const failures = report.diagnostics.length + progression.problems.length;
  if (failures === 0) {
    console.log('\nsimulation passed');
    return 0;
  }
  printDiagnostics(report.diagnostics);
  console.error(`\nsimulation FAILED: ${failures} problems`);
  return 1;
});
