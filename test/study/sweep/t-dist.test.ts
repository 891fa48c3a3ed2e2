// Student's t critical values against published tables (two-sided 95 %: the 0.975 quantile).
import { describe, expect, it } from 'vitest';
import { incompleteBeta, lnGamma, tCdf, tQuantile } from '../../../src/study/sweep/t-dist.js';

describe('t distribution', () => {
  const table: Array<[df: number, t975: number]> = [
    [1, 12.7062047],
    [2, 4.30265273],
    [3, 3.18244631],
    [4, 2.77644511],
    [5, 2.57058184],
    [9, 2.26215716],
    [10, 2.22813885],
    [19, 2.09302405],
    [30, 2.04227246],
    [100, 1.98397152],
    [1000, 1.96233908],
  ];
  for (const [df, t] of table) {
    it(`t(0.975, ${df}) = ${t}`, () => {
      expect(tQuantile(0.975, df)).toBeCloseTo(t, 6);
      expect(tCdf(t, df)).toBeCloseTo(0.975, 8);
    });
  }

  it('other quantiles and symmetry', () => {
    expect(tQuantile(0.95, 10)).toBeCloseTo(1.81246112, 6);
    expect(tQuantile(0.995, 4)).toBeCloseTo(4.60409487, 6);
    expect(tQuantile(0.025, 5)).toBeCloseTo(-2.57058184, 6);
    expect(tQuantile(0.5, 7)).toBeCloseTo(0, 9);
    expect(tCdf(0, 3)).toBe(0.5);
    expect(tCdf(-1.5, 8) + tCdf(1.5, 8)).toBeCloseTo(1, 12);
  });

  it('Γ and the incomplete beta function', () => {
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 10);
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 10);
    expect(incompleteBeta(0.5, 2, 2)).toBeCloseTo(0.5, 12);
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(incompleteBeta(0.2, 2, 3)).toBeCloseTo(0.1808, 10); // 1 - (1-x)^3 (1+3x) for a=2, b=3
  });

  it('rejects impossible arguments', () => {
    expect(() => tQuantile(1, 3)).toThrow(RangeError);
    expect(() => tQuantile(0.9, 0)).toThrow(RangeError);
  });
});
