import { describe, expect, it } from 'vitest';
import { flattenSummary, formatValue, formatVirtualTime, slug } from '../../../src/report/html/format.js';

describe('formatValue', () => {
  const table: Array<[unknown, string]> = [
    [5, '5'],
    [123.456789, '123.457'],
    [0.000123456789, '0.000123457'],
    [-2.5, '-2.5'],
    [1e21, '1e+21'],
    [Infinity, '∞'],
    [-Infinity, '−∞'],
    [NaN, 'NaN'],
    [true, 'yes'],
    [false, 'no'],
    [null, '—'],
    [undefined, '—'],
    ['Running', 'Running'],
    [[1, 2.5, 'x'], '1, 2.5, x'],
    [{ a: 1 }, '{"a":1}'],
    [[{ a: 1 }], '[{"a":1}]'],
  ];
  for (const [v, out] of table) it(`${String(v)} → ${out}`, () => expect(formatValue(v)).toBe(out));
});

describe('formatVirtualTime', () => {
  const table: Array<[number, string]> = [
    [0, '0:00:00'],
    [1500, '0:00:01.5'],
    [61_000, '0:01:01'],
    [3_723_500, '1:02:03.5'],
    [86_400_000, '24:00:00'],
    [1, '0:00:00.001'],
    [-2000, '−0:00:02'],
  ];
  for (const [ms, out] of table) it(`${ms} ms → ${out}`, () => expect(formatVirtualTime(ms)).toBe(out));
});

describe('flattenSummary', () => {
  it('turns nested objects into dotted keys in insertion order', () => {
    expect(flattenSummary({ replicas: { max: 5, min: 1 }, p99: 12, empty: {}, list: [1, 2] })).toEqual([
      ['replicas.max', 5],
      ['replicas.min', 1],
      ['p99', 12],
      ['empty', {}],
      ['list', [1, 2]],
    ]);
  });
  it('stops at the depth limit', () => {
    expect(flattenSummary({ a: { b: { c: 1 } } }, 2)).toEqual([['a.b', { c: 1 }]]);
  });
});

describe('slug', () => {
  const table: Array<[string, string]> = [
    ['Pod phases', 'pod-phases'],
    ['  <b>x</b> ', 'b-x-b'],
    ['***', 'chart'],
    ['PLEG 1s', 'pleg-1s'],
  ];
  for (const [t, out] of table) it(`${t} → ${out}`, () => expect(slug(t)).toBe(out));
});
