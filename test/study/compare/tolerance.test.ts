// Numeric equality of report values with absolute and relative tolerances.
import { describe, expect, it } from 'vitest';
import { cellsEqual, EXACT, numbersEqual } from '../../../src/study/compare/tolerance.js';

describe('tolerance', () => {
  const cases: Array<[string | undefined, string | undefined, { absolute: number; relative: number }, boolean]> = [
    ['1', '1', EXACT, true],
    ['1', '1.0', EXACT, true],
    ['1', '1.0000001', EXACT, false],
    ['1', '1.05', { absolute: 0.1, relative: 0 }, true],
    ['1', '1.2', { absolute: 0.1, relative: 0 }, false],
    ['1000', '1009', { absolute: 0, relative: 0.01 }, true],
    ['1000', '1011', { absolute: 0, relative: 0.01 }, false],
    ['-5', '-5.4', { absolute: 0.5, relative: 0 }, true],
    ['abc', 'abc', EXACT, true],
    ['abc', 'abd', { absolute: 100, relative: 1 }, false],
    ['1', '', { absolute: 100, relative: 1 }, false],
    [undefined, '1', { absolute: 100, relative: 1 }, false],
    [undefined, undefined, EXACT, true],
    ['1e3', '1000', EXACT, true],
  ];
  for (const [a, b, tol, want] of cases) {
    it(`${a} vs ${b} with ${JSON.stringify(tol)} → ${want}`, () => expect(cellsEqual(a, b, tol)).toBe(want));
  }
  it('infinities equal only themselves', () => {
    expect(numbersEqual(Infinity, Infinity, EXACT)).toBe(true);
    expect(numbersEqual(Infinity, 1e308, { absolute: 0, relative: 1 })).toBe(false);
  });
});
