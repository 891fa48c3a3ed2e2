import { describe as group, expect, it } from 'vitest';
import { describe } from '../../../src/study/sweep/stats.js';
import { round12 } from '../../../src/study/sweep/aggregate.js';

group('replication statistics', () => {
  it('no values, one value', () => {
    expect(describe([])).toEqual({ n: 0, mean: null, sd: null, ciLow: null, ciHigh: null });
    expect(describe([7])).toEqual({ n: 1, mean: 7, sd: null, ciLow: null, ciHigh: null });
  });

  it('mean, sample sd and the t-based 95 % interval', () => {
    const s = describe([1, 2, 3, 4, 5]);
    expect(s.mean).toBe(3);
    expect(s.sd).toBeCloseTo(Math.sqrt(2.5), 12);
    const half = (2.776445105 * Math.sqrt(2.5)) / Math.sqrt(5);
    expect(s.ciLow).toBeCloseTo(3 - half, 8);
    expect(s.ciHigh).toBeCloseTo(3 + half, 8);
  });

  it('two values: t(0.975, 1) = 12.706', () => {
    const s = describe([10, 12]);
    expect(s.sd).toBeCloseTo(Math.SQRT2, 12);
    expect(s.ciHigh! - s.mean!).toBeCloseTo(12.7062047, 5); // sd / √n = √2 / √2 = 1
  });

  it('identical values have a zero-width interval', () => {
    expect(describe([4, 4, 4])).toEqual({ n: 3, mean: 4, sd: 0, ciLow: 4, ciHigh: 4 });
  });

  it('round12 keeps 12 significant digits and drops -0', () => {
    expect(round12(0.1 + 0.2)).toBe(0.3);
    expect(round12(-0)).toBe(0);
    expect(Object.is(round12(-1e-20 * 0), 0)).toBe(true);
    expect(round12(123456789.1234568)).toBe(123456789.123);
    expect(round12(null)).toBeNull();
    expect(round12(Number.NaN)).toBeNull();
  });
});
