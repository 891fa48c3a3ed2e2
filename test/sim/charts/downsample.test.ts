import { describe, expect, it } from 'vitest';
import { downsample, type Row } from '../../../src/sim/charts/downsample.js';

function series(n: number, f: (i: number) => number | null, extra: Row = {}): Row[] {
  return Array.from({ length: n }, (_, i) => ({ t: i, v: f(i), ...extra }));
}

describe('downsample: bounds and endpoints', () => {
  const shapes: Array<[string, (i: number) => number | null]> = [
    ['ramp', (i) => i],
    ['sawtooth', (i) => i % 17],
    ['constant', () => 3],
    ['sine', (i) => Math.sin(i / 40)],
    ['gappy', (i) => (i % 10 < 3 ? null : i)],
  ];
  const sizes: Array<[number, number]> = [
    [10_000, 200],
    [1001, 100],
    [503, 7],
    [50, 3],
    [50, 2],
    [5, 50],
  ];
  for (const [shape, f] of shapes) {
    for (const [n, max] of sizes) {
      it(`${shape}: ${n} points, at most ${max}`, () => {
        const rows = series(n, f);
        const out = downsample(rows, { y: 'v', maxPoints: max });
        expect(out.length).toBeLessThanOrEqual(max);
        expect(out[0]).toBe(rows[0]);
        expect(out[out.length - 1]).toBe(rows[n - 1]);
        if (n <= max) expect(out).toEqual(rows);
        // A subset in input order: x strictly increases.
        for (let i = 1; i < out.length; i++) expect(out[i].t as number).toBeGreaterThan(out[i - 1].t as number);
      });
    }
  }
});

describe('downsample: what survives', () => {
  it('keeps a one-sample spike and a one-sample dip', () => {
    const rows = series(5000, (i) => (i === 1234 ? 99 : i === 3210 ? -99 : 1));
    const out = downsample(rows, { y: 'v', maxPoints: 100 });
    expect(out.some((r) => r.v === 99)).toBe(true);
    expect(out.some((r) => r.v === -99)).toBe(true);
  });

  it('keeps the extremes of every listed field', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({ t: i, a: i === 700 ? 50 : 0, b: i === 2100 ? -50 : 0 }));
    const out = downsample(rows, { y: ['a', 'b'], maxPoints: 60 });
    expect(out.length).toBeLessThanOrEqual(60);
    expect(out.some((r) => r.a === 50)).toBe(true);
    expect(out.some((r) => r.b === -50)).toBe(true);
  });

  it('keeps a row from a stretch that is all gaps, so the gap still shows', () => {
    const rows = series(1000, (i) => (i >= 400 && i < 600 ? null : 1));
    const out = downsample(rows, { y: 'v', maxPoints: 50 });
    expect(out.some((r) => r.v === null)).toBe(true);
  });

  it('thins each series of long-format rows on its own, keeping the input order across series', () => {
    const rows: Row[] = [];
    for (let i = 0; i < 2000; i++) {
      rows.push({ t: i, series: 'replicas', v: i % 9 });
      rows.push({ t: i, series: 'demand', v: i % 13 });
    }
    const out = downsample(rows, { y: 'v', series: 'series', maxPoints: 40 });
    for (const name of ['replicas', 'demand']) {
      const kept = out.filter((r) => r.series === name);
      expect(kept.length).toBeLessThanOrEqual(40);
      expect(kept.length).toBeGreaterThan(20);
      expect(kept[0].t).toBe(0);
      expect(kept[kept.length - 1].t).toBe(1999);
    }
    const positions = out.map((r) => rows.indexOf(r));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('is deterministic', () => {
    const rows = series(7777, (i) => ((i * 7919) % 1000) / 10);
    expect(downsample(rows, { y: 'v', maxPoints: 123 })).toEqual(downsample(rows, { y: 'v', maxPoints: 123 }));
  });

  it('rejects a bound below 2 and an empty field list', () => {
    expect(() =>
      downsample(
        series(10, (i) => i),
        { y: 'v', maxPoints: 1 },
      ),
    ).toThrow(/maxPoints/);
    expect(() =>
      downsample(
        series(10, (i) => i),
        { y: 'v', maxPoints: 2.5 },
      ),
    ).toThrow(/maxPoints/);
    expect(() =>
      downsample(
        series(10, (i) => i),
        { y: [], maxPoints: 10 },
      ),
    ).toThrow(/y field/);
  });
});
