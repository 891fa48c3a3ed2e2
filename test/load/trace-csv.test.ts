// The time,value CSV reader shared by trace replay and `kubetwin recommend`.
import { describe, expect, it } from 'vitest';
import { tracePoints } from '../../src/load/index.js';
import { parseTime, parseTimeValueCsv } from '../../src/features/load/trace-csv.js';

describe('parseTime', () => {
  it.each<[string, number]>([
    ['0', 0],
    ['90', 90_000],
    ['1.5', 1500],
    ['2m', 120_000],
    ['1h30m', 5_400_000],
    ['2024-05-01T00:01:00Z', Date.UTC(2024, 4, 1, 0, 1)],
    ['2024-05-01T00:01:00', Date.UTC(2024, 4, 1, 0, 1)],
    ['2024-05-01 00:01', Date.UTC(2024, 4, 1, 0, 1)],
    ['2024-05-01T02:01:00+02:00', Date.UTC(2024, 4, 1, 0, 1)],
  ])('%s → %i ms', (text, ms) => expect(parseTime(text)).toBe(ms));

  it('rejects other text', () => expect(parseTime('noon')).toEqual({ error: expect.stringContaining('"noon" is not a time') }));
});

describe('parseTimeValueCsv', () => {
  it('reads a header, comments and blank lines; values stay in order', () => {
    const r = parseTimeValueCsv('# a trace\ntime,value\n0,10\n\n30,20\n60,15\n', 't.csv');
    expect(r.diagnostics).toEqual([]);
    expect(r.rows).toEqual([
      { time: 0, value: 10, line: 3 },
      { time: 30_000, value: 20, line: 5 },
      { time: 60_000, value: 15, line: 6 },
    ]);
  });

  it('finds the columns by name in any order, without a header takes the first two', () => {
    expect(parseTimeValueCsv('pod,value,timestamp\nweb,7,10\n', 'a.csv').rows).toEqual([{ time: 10_000, value: 7, line: 2 }]);
    expect(parseTimeValueCsv('5,1\n6,2\n', 'b.csv').rows.map((r) => r.value)).toEqual([1, 2]);
  });

  it('reports every bad row with file:line:col and keeps the good ones', () => {
    const r = parseTimeValueCsv('time,value\n0,1\nx,2\n10,abc\n0,3\n20,-1\n30\n', 'bad.csv');
    expect(r.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.message}`)).toEqual([
      'bad.csv:3:1 "x" is not a time (seconds, a duration such as 90s, or an ISO date-time such as 2024-05-01T12:00:00Z)',
      'bad.csv:4:4 "abc" is not a number',
      "bad.csv:5:1 time 0 does not come after the previous row's (line 2); times must increase",
      'bad.csv:6:4 value -1 must be a finite number ≥ 0',
      'bad.csv:7:1 expected at least 2 comma-separated columns (time,value), found 1',
    ]);
    expect(r.rows.map((x) => x.line)).toEqual([2]);
  });

  it('an empty trace is a problem', () => {
    expect(parseTimeValueCsv('time,value\n', 'e.csv').diagnostics[0].message).toMatch(/no samples/);
  });

  it('custom value parsers (quantities for recommend)', () => {
    const r = parseTimeValueCsv('0,1k\n', 'q.csv', (t) => (t === '1k' ? 1000 : { error: 'nope' }));
    expect(r.rows[0].value).toBe(1000);
  });

  it('trace points start at the first row', () => {
    expect(
      tracePoints([
        { time: 1_700_000_000_000, value: 1 },
        { time: 1_700_000_060_000, value: 2 },
      ]),
    ).toEqual([
      { at: 0, value: 1 },
      { at: 60_000, value: 2 },
    ]);
  });
});
