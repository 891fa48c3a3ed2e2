// The CSV reader against what csv-stringify writes.
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { CsvError, csvLine, parseCsv } from '../../../src/study/compare/csv.js';

describe('parseCsv', () => {
  const rows = [
    ['time_s', 'object_kind', 'object', 'reason', 'message'],
    ['20', 'Pod', 'extra', 'FailedScheduling', '0/1 nodes are available: 1 Insufficient cpu, 1 Insufficient memory.'],
    ['0.5', 'Pod', 'a', 'Quote', 'say "hi"'],
    ['1', 'Pod', 'b', 'Lines', 'one\ntwo'],
    ['2', 'Node', 'n', '', ''],
  ];
  it('round-trips csv-stringify output: commas, quotes, newlines, empty cells', () => {
    expect(parseCsv(stringify(rows))).toEqual(rows);
  });
  it('accepts CRLF and a missing final newline', () => {
    expect(parseCsv('a,b\r\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('')).toEqual([]);
  });
  it('rejects an unterminated quote and text after a closing quote', () => {
    expect(() => parseCsv('a,"b\n')).toThrow(CsvError);
    expect(() => parseCsv('"a"b,c\n')).toThrow(/after a quoted field/);
  });
  it('csvLine quotes only where needed', () => {
    expect(csvLine(['1', 'a,b', 'x"y', 'plain'])).toBe('1,"a,b","x""y",plain');
  });
});
