// Load curves: each shape at hand-computed times, piecewise interpolation, sums, and seeded noise.
import { describe, expect, it } from 'vitest';
import { randomStream } from '../../src/engine/random.js';
import { buildCurve, constant, diurnal, noisy, periodic, piecewise, ramp, spike, step, sum, type CurveSpec } from '../../src/load/index.js';

const S = 1000;
const MIN = 60 * S;

describe('closed-form shapes', () => {
  it('constant and step', () => {
    expect([0, 5 * MIN].map(constant(42))).toEqual([42, 42]);
    const c = step(10, 50, 30 * S);
    expect([0, 29_999, 30_000, 90_000].map(c)).toEqual([10, 10, 50, 50]);
  });

  it('ramp: holds, rises linearly, holds', () => {
    const c = ramp(100, 300, 10 * S, 20 * S);
    expect([0, 10 * S, 15 * S, 20 * S, 30 * S, 99 * S].map(c)).toEqual([100, 100, 150, 200, 300, 300]);
  });

  const shape = { baseline: 100, peak: 1100, start: 60 * S, rise: 10 * S, hold: 30 * S, decay: 20 * S };
  const table: Array<[string, number, number]> = [
    ['before the start', 59 * S, 100],
    ['at the start', 60 * S, 100],
    ['halfway up', 65 * S, 600],
    ['at the peak', 70 * S, 1100],
    ['holding', 99 * S, 1100],
    ['decay starts', 100 * S, 1100],
    ['a quarter down', 105 * S, 850],
    ['back to baseline', 120 * S, 100],
    ['long after', 3600 * S, 100],
  ];
  it.each(table)('spike: %s', (_n, t, v) => expect(spike(shape)(t)).toBeCloseTo(v, 9));

  it('spike with no rise or decay jumps', () => {
    const c = spike({ baseline: 1, peak: 9, start: 10, rise: 0, hold: 5, decay: 0 });
    expect([9, 10, 14, 15].map(c)).toEqual([1, 9, 9, 1]);
  });

  it('periodic: mean ± amplitude, cut at zero', () => {
    const c = periodic(100, 50, 4 * MIN, 0);
    expect(c(0)).toBeCloseTo(100, 9);
    expect(c(MIN)).toBeCloseTo(150, 9);
    expect(c(3 * MIN)).toBeCloseTo(50, 9);
    expect(periodic(10, 50, 4 * MIN, 0)(3 * MIN)).toBe(0);
  });

  it('diurnal: max at peakAt, min half a period away, repeats daily', () => {
    const day = 24 * 60 * MIN;
    const c = diurnal(50, 450, 14 * 60 * MIN, day);
    expect(c(14 * 60 * MIN)).toBeCloseTo(450, 9);
    expect(c(2 * 60 * MIN)).toBeCloseTo(50, 9);
    expect(c(8 * 60 * MIN)).toBeCloseTo(250, 9);
    expect(c(14 * 60 * MIN + day)).toBeCloseTo(450, 9);
  });

  it('sum adds its parts', () => {
    expect(sum([constant(5), step(0, 10, 100)])(100)).toBe(15);
  });
});

describe('piecewise points', () => {
  const pts = [
    { at: 10 * S, value: 100 },
    { at: 20 * S, value: 300 },
    { at: 40 * S, value: 0 },
  ];
  it.each([
    [0, 100, 100],
    [10 * S, 100, 100],
    [15 * S, 200, 100],
    [20 * S, 300, 300],
    [30 * S, 150, 300],
    [40 * S, 0, 0],
    [99 * S, 0, 0],
  ])('at %i ms: linear %d, step %d', (t, linear, stepped) => {
    expect(piecewise(pts, 'linear')(t)).toBe(linear);
    expect(piecewise(pts, 'step')(t)).toBe(stepped);
  });

  it('refuses an empty list', () => expect(() => piecewise([], 'linear')).toThrow(/at least one point/));
});

describe('seeded noise', () => {
  it('holds one draw per interval, is the same for the same stream, and does not depend on query order', () => {
    const a = noisy(constant(100), 0.2, 10 * S, randomStream(1, 'load/web'));
    const b = noisy(constant(100), 0.2, 10 * S, randomStream(1, 'load/web'));
    const forward = [0, 5 * S, 10 * S, 25 * S, 70 * S].map(a);
    const backward = [70 * S, 25 * S, 10 * S, 5 * S, 0].map(b).reverse();
    expect(backward).toEqual(forward);
    expect(forward[0]).toBe(forward[1]);
    expect(forward[1]).not.toBe(forward[2]);
    expect(forward.every((v) => v >= 0)).toBe(true);
  });

  it('another seed gives other values; sd 0 gives the curve itself', () => {
    const a = noisy(constant(100), 0.2, S, randomStream(1, 'x'));
    const b = noisy(constant(100), 0.2, S, randomStream(2, 'x'));
    expect([0, S, 2 * S].map(a)).not.toEqual([0, S, 2 * S].map(b));
    expect(noisy(constant(100), 0, S, randomStream(1, 'x'))(5 * S)).toBe(100);
  });

  it('has about the requested spread', () => {
    const c = noisy(constant(100), 0.1, S, randomStream(3, 'spread'));
    const xs = Array.from({ length: 4000 }, (_, i) => c(i * S));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    expect(mean).toBeGreaterThan(99);
    expect(mean).toBeLessThan(101);
    expect(sd).toBeGreaterThan(9);
    expect(sd).toBeLessThan(11);
  });
});

describe('buildCurve', () => {
  const env = {
    rng: randomStream(1, 'load/web'),
    readTrace: () => [
      { at: 0, value: 10 },
      { at: 10 * S, value: 20 },
    ],
  };

  it('builds nested specs, scales traces, and forks a stream per noise node', () => {
    const spec: CurveSpec = {
      type: 'sum',
      of: [
        { type: 'trace', file: 't.csv', interpolation: 'linear', scale: 2 },
        { type: 'constant', value: 1 },
      ],
    };
    expect(buildCurve(spec, env)(5 * S)).toBe(31);
    const two: CurveSpec = {
      type: 'sum',
      of: [
        { type: 'noise', sd: 0.5, interval: S, of: { type: 'constant', value: 100 } },
        { type: 'noise', sd: 0.5, interval: S, of: { type: 'constant', value: 0 } },
        { type: 'noise', sd: 0.5, interval: S, of: { type: 'constant', value: 100 } },
      ],
    };
    const first = buildCurve({ type: 'noise', sd: 0.5, interval: S, of: { type: 'constant', value: 100 } }, env, ['of', 0]);
    const third = buildCurve({ type: 'noise', sd: 0.5, interval: S, of: { type: 'constant', value: 100 } }, env, ['of', 2]);
    expect(buildCurve(two, env)(3 * S)).toBeCloseTo(first(3 * S) + third(3 * S), 9);
    expect(first(3 * S)).not.toBe(third(3 * S));
  });

  it('passes where a trace is named to the reader', () => {
    const paths: unknown[] = [];
    buildCurve(
      { type: 'noise', sd: 0, interval: S, of: { type: 'trace', file: 'x.csv', interpolation: 'step', scale: 1 } },
      {
        ...env,
        readTrace: (_f, p) => {
          paths.push(p);
          return [{ at: 0, value: 1 }];
        },
      },
    );
    expect(paths).toEqual([['of', 'file']]);
  });
});
