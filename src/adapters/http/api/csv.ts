// CSV exports of the API's views (`?format=csv`): RFC 4180 text, streamed line by line. A view made of several
// tables (the story: nodes, choices, endings, drop-off) becomes one table whose `section` column names each
// row's table; the columns are every field any row has.
import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';

export const Format = z
  .enum(['json', 'csv'])
  .default('json')
  .describe('`csv` answers text/csv (streamed, a header line first) instead of JSON');

type Row = Record<string, unknown>;

/** The rows of a view: its one list, or every list with a `section` column. */
export function rowsOf(view: Record<string, readonly object[]>): Row[] {
  const sections = Object.entries(view) as Array<[string, readonly Row[]]>;
  if (sections.length === 1) return [...sections[0]![1]];
  return sections.flatMap(([section, rows]) => rows.map((row) => ({ section, ...row })));
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // A spreadsheet would run a text cell that starts like a formula.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function* csvLines(rows: readonly Row[]): Generator<string> {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  yield `${columns.map(cell).join(',')}\r\n`;
  for (const row of rows) yield `${columns.map((c) => cell(row[c])).join(',')}\r\n`;
}

export function sendCsv(reply: FastifyReply, name: string, view: Record<string, readonly object[]>) {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}.csv"`)
    .send(Readable.from(csvLines(rowsOf(view))));
}
