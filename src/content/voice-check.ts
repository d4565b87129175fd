// The voices of the pack: every Diana fragment scored on her rubric in every locale (it must score more than
// the pack's threshold), every Lucien line (in the story and in the story screens) held to his rules.
import { basename } from 'node:path';
import {
  DIMENSIONS,
  type Dimension,
  dianaLinePasses,
  explainScore,
  scoreDianaLine,
} from '../domain/character/consistency.ts';
import { checkLucienLine } from '../domain/character/lucien.ts';
import {
  analyseRepetition,
  formatRepetition,
  type RepetitionReport,
} from '../domain/character/repetition.ts';
import type { Speaker } from '../domain/story/types.ts';
import type { ContentPack } from './pack.ts';
import { spread } from './stats.ts';
import type { Diagnostic } from './yaml-source.ts';

/** The locale files of Lucien's lines around the story (buttons, notes, answers). */
const STORY_UI_FILE = 'story-ui.ftl';

export interface VoiceCell {
  ok: boolean;
  /** Diana's total (0-100: the dimensions less penalties, repetition included) and dimensions; absent for
   * Lucien and narration. */
  total?: number;
  /** Points lost for the pack's overused words and devices this fragment carries. */
  repetition?: number;
  dimensions?: Record<Dimension, number>;
}

export interface FragmentVoice {
  node: string;
  speaker: Speaker;
  cells: Record<string, VoiceCell>;
}

export interface VoiceReport {
  rows: FragmentVoice[];
  /** Every Diana fragment score, all locales together. */
  dianaScores: number[];
  /** Repetition across Diana's fragments, per locale. */
  repetition: RepetitionReport[];
  diagnostics: Diagnostic[];
}

export function voiceCheck(pack: ContentPack): VoiceReport {
  const { story, locales, storySource: source } = pack;
  const rows: FragmentVoice[] = [];
  const dianaScores: number[] = [];
  const diagnostics: Diagnostic[] = [];
  const repetition = locales.codes.map((code) => {
    const fragments = [...story.nodes.values()]
      .filter((n) => n.speaker === 'diana' && locales.has(code, n.text))
      .map((n) => ({ id: n.id, text: locales.translate(code, n.text) }));
    return analyseRepetition(fragments, code, story.repetition);
  });
  for (const [i, report] of repetition.entries()) {
    for (const problem of report.problems) {
      diagnostics.push({
        file: source.file,
        line: source.line('repetition'),
        message: `Diana's fragments repeat themselves (${locales.codes[i]}): ${problem}`,
      });
    }
  }
  // A variant with its own text is scored like a fragment of its own (row "node/variant").
  const fragments = [...story.nodes.values()].flatMap((n) => [
    { node: n, id: n.id, ref: `node:${n.id}` },
    ...(n.variants ?? [])
      .filter((v) => v.text !== n.text)
      .map((v) => ({ node: { ...n, text: v.text }, id: `${n.id}/${v.id}`, ref: `variant:${n.id}.${v.id}` })),
  ]);
  for (const { node, id, ref } of fragments) {
    const cells: Record<string, VoiceCell> = {};
    const line = source.line(ref);
    for (const code of locales.codes) {
      if (!locales.has(code, node.text)) continue;
      const text = locales.translate(code, node.text);
      if (node.speaker === 'diana') {
        const lineScore = scoreDianaLine(text, code);
        const repeated = repetition[locales.codes.indexOf(code)]?.byFragment.get(node.id);
        const penalty = repeated?.penalty ?? 0;
        const score = { ...lineScore, total: Math.max(0, lineScore.total - penalty) };
        const ok = dianaLinePasses(score, story.minFragmentScore);
        dianaScores.push(score.total);
        cells[code] = { ok, total: score.total, dimensions: score.dimensions, repetition: penalty };
        if (!ok) {
          const repeats = penalty ? `; repetition −${penalty}: ${repeated?.overused.join(', ')}` : '';
          diagnostics.push({
            file: source.file,
            line,
            message: `Diana is out of character in "${id}" (${code}): ${score.total}/100, needs more than ${story.minFragmentScore} (${explainScore(lineScore)}${repeats})`,
          });
        }
      } else if (node.speaker === 'lucien') {
        const problems = checkLucienLine(text, code);
        cells[code] = { ok: problems.length === 0 };
        for (const p of problems) {
          diagnostics.push({
            file: source.file,
            line,
            message: `Lucien breaks "${p.rule}" in "${id}" (${code}): ${p.detail}`,
          });
        }
      } else {
        cells[code] = { ok: true };
      }
    }
    rows.push({ node: id, speaker: node.speaker, cells });
  }
  diagnostics.push(...uiDiagnostics(pack), ...letterDiagnostics(pack));
  return { rows, dianaScores, repetition, diagnostics };
}

/** Diana's letters (the replies of items.yaml) exist in every locale and are held to her rubric. */
function letterDiagnostics(pack: ContentPack): Diagnostic[] {
  const { locales, story } = pack;
  const diagnostics: Diagnostic[] = [];
  for (const item of pack.items.values()) {
    if (!item.reply) continue;
    for (const code of locales.codes) {
      const at = locales.whereIs(code, item.reply.text) ?? { file: 'items.yaml', line: 1 };
      if (!locales.has(code, item.reply.text)) {
        diagnostics.push({
          ...at,
          message: `item "${item.id}" has no reply text "${item.reply.text}" in locale "${code}"`,
        });
        continue;
      }
      const score = scoreDianaLine(locales.translate(code, item.reply.text), code);
      if (!dianaLinePasses(score, story.minFragmentScore)) {
        diagnostics.push({
          ...at,
          message: `Diana is out of character in the reply to "${item.id}" (${code}): ${score.total}/100, needs more than ${story.minFragmentScore} (${explainScore(score)})`,
        });
      }
    }
  }
  return diagnostics;
}

/** Lucien speaks every line of the story screens. */
function uiDiagnostics(pack: ContentPack): Diagnostic[] {
  const { locales } = pack;
  const diagnostics: Diagnostic[] = [];
  for (const code of locales.codes) {
    for (const key of locales.keys(code)) {
      const where = locales.whereIs(code, key);
      if (!where || basename(where.file) !== STORY_UI_FILE) continue;
      for (const p of checkLucienLine(locales.translate(code, key), code)) {
        diagnostics.push({ ...where, message: `Lucien breaks "${p.rule}" in "${key}": ${p.detail}` });
      }
    }
  }
  return diagnostics;
}

/** The per-fragment table the checker prints. */
export function formatVoiceTable(report: VoiceReport, codes: readonly string[]): string {
  const head = [
    'fragment'.padEnd(22),
    'speaker'.padEnd(10),
    ...codes.map((c) => `${c} (total m/s/e/i −rep)`.padEnd(26)),
  ];
  const lines = [head.join(' ')];
  for (const row of report.rows) {
    const cells = codes.map((code) => {
      const cell = row.cells[code];
      if (!cell) return 'missing'.padEnd(26);
      const mark = cell.ok ? 'ok' : 'FAIL';
      if (cell.total === undefined) return `${row.speaker === 'lucien' ? 'rules' : '—'} ${mark}`.padEnd(26);
      const dims = DIMENSIONS.map((d) => cell.dimensions?.[d] ?? 0).join('/');
      const rep = cell.repetition ? ` −${cell.repetition}` : '';
      return `${String(cell.total).padStart(3)} (${dims}${rep}) ${mark}`.padEnd(26);
    });
    lines.push([row.node.padEnd(22), row.speaker.padEnd(10), ...cells].join(' '));
  }
  if (report.dianaScores.length > 0) {
    const s = spread(report.dianaScores);
    lines.push(
      '',
      `Diana: ${report.dianaScores.length} fragment texts scored; min ${s.min}, median ${s.median}, max ${s.max}`,
    );
  }
  for (const r of report.repetition) lines.push('', formatRepetition(r));
  return lines.join('\n');
}
