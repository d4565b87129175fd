// CSV of the API's views: one table per view (a `section` column when the view has several lists), every
// field a column, RFC 4180 quoting, and text that a spreadsheet would run as a formula kept as text.
import { describe, expect, it } from 'vitest';
import { csvLines, rowsOf } from '../../src/adapters/http/api/csv.ts';

const csv = (view: Record<string, readonly object[]>) => [...csvLines(rowsOf(view))].join('');

describe('analytics CSV', () => {
  it('writes a view of one list as that list', () => {
    expect(
      csv({
        days: [
          { day: '2026-03-01', people: 3 },
          { day: '2026-03-02', people: 0 },
        ],
      }),
    ).toBe('day,people\r\n2026-03-01,3\r\n2026-03-02,0\r\n');
  });

  it('names the list of each row when the view has several, with every field any row has', () => {
    expect(
      csv({
        nodes: [{ node: 'a', people: 2 }],
        choices: [{ node: 'a', choice: 'x', people: 1, share: 0.5 }],
        endings: [],
      }),
    ).toBe('section,node,people,choice,share\r\nnodes,a,2,,\r\nchoices,a,1,x,0.5\r\n');
  });

  it('quotes commas, quotes and line breaks, and keeps formulas as text', () => {
    expect(csv({ rows: [{ reason: 'a, "b"\nc', item: '=SUM(A1)', below: null, n: -3 }] })).toBe(
      'reason,item,below,n\r\n"a, ""b""\nc",\'=SUM(A1),,-3\r\n',
    );
  });
});
