// Seeded random streams: reproducible, independent per name, and with the right distributions.
import { describe, expect, it } from 'vitest';
import { deriveSeed, randomStream, type RandomStream } from '../../src/engine/random.js';

const N = 100_000;

function draws(r: RandomStream, n: number, f: (r: RandomStream) => number = (x) => x.next()): number[] {
  return Array.from({ length: n }, () => f(r));
}

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function min(xs: number[]): number {
  return xs.reduce((a, b) => Math.min(a, b), Infinity);
}

function max(xs: number[]): number {
  return xs.reduce((a, b) => Math.max(a, b), -Infinity);
}

function sd(xs: number[]): number {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1));
}

function correlation(xs: number[], ys: number[]): number {
  const mx = mean(xs),
    my = mean(ys);
  let sxy = 0,
    sxx = 0,
    syy = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

describe('randomStream reproducibility and independence', () => {
  it('same seed and name give the same sequence, for every draw kind', () => {
    const seq = (r: RandomStream) => [
      r.next(),
      r.uniform(2, 5),
      r.int(0, 100),
      r.exponential(3),
      r.normal(0, 1),
      r.normal(0, 1),
      r.normal(0, 1),
      r.lognormal(0, 0.5),
      r.pick(['a', 'b', 'c']).charCodeAt(0),
      r.fork('sub').next(),
    ];
    expect(seq(randomStream(42, 'node-3/probe'))).toEqual(seq(randomStream(42, 'node-3/probe')));
    expect(seq(randomStream('42', 'x'))).toEqual(seq(randomStream(42, 'x'))); // the seed is used as text
  });

  it('different names or seeds give different sequences', () => {
    const a = draws(randomStream(1, 'a'), 20);
    expect(draws(randomStream(1, 'b'), 20)).not.toEqual(a);
    expect(draws(randomStream(2, 'a'), 20)).not.toEqual(a);
  });

  it('a stream does not depend on which other streams exist or in which order they were created', () => {
    const alone = draws(randomStream(7, 'scheduler'), 1000);
    const others = [randomStream(7, 'hpa'), randomStream(7, 'kubelet')];
    others.forEach((r) => draws(r, 500));
    const crowded = randomStream(7, 'scheduler');
    others.forEach((r) => draws(r, 500)); // interleaved draws elsewhere
    expect(draws(crowded, 1000)).toEqual(alone);
  });

  it('fork(sub) is the stream "<seed>/<name>/<sub>", independent of the parent draws', () => {
    const parent = randomStream(9, 'pods');
    draws(parent, 123);
    expect(draws(parent.fork('names'), 50)).toEqual(draws(randomStream(9, 'pods/names'), 50));
    expect(draws(randomStream(9, 'pods').fork('names'), 50)).toEqual(draws(randomStream(9, 'pods/names'), 50));
  });

  it('deriveSeed gives distinct seeds per replication and is reproducible', () => {
    const seeds = Array.from({ length: 100 }, (_, i) => deriveSeed(5, `rep-${i}`));
    expect(new Set(seeds).size).toBe(100);
    expect(deriveSeed(5, 'rep-3')).toBe(deriveSeed('5', 'rep-3'));
    expect(draws(randomStream(deriveSeed(5, 'rep-1'), 'x'), 10)).not.toEqual(draws(randomStream(deriveSeed(5, 'rep-2'), 'x'), 10));
  });

  it('streams with different names are uncorrelated', () => {
    const r = correlation(draws(randomStream(3, 'a'), N), draws(randomStream(3, 'b'), N));
    expect(Math.abs(r)).toBeLessThan(0.015); // ~4.7 standard errors for N = 100k
  });
});

describe('randomStream distributions (100k draws each)', () => {
  it('next() is in [0, 1) with mean 1/2 and variance 1/12', () => {
    const xs = draws(randomStream(1, 'u'), N);
    expect(min(xs)).toBeGreaterThanOrEqual(0);
    expect(max(xs)).toBeLessThan(1);
    expect(mean(xs)).toBeCloseTo(0.5, 2);
    expect(sd(xs) ** 2).toBeCloseTo(1 / 12, 2);
  });

  it('uniform(a, b) stays in [a, b) with mean (a + b) / 2', () => {
    const xs = draws(randomStream(1, 'uab'), N, (r) => r.uniform(-3, 7));
    expect(min(xs)).toBeGreaterThanOrEqual(-3);
    expect(max(xs)).toBeLessThan(7);
    expect(Math.abs(mean(xs) - 2)).toBeLessThan(0.05);
  });

  it('int(lo, hi) yields every integer in [lo, hi) about equally often', () => {
    const counts = new Map<number, number>();
    for (const x of draws(randomStream(1, 'int'), N, (r) => r.int(-2, 8))) counts.set(x, (counts.get(x) ?? 0) + 1);
    expect([...counts.keys()].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2, 3, 4, 5, 6, 7]);
    for (const c of counts.values()) expect(Math.abs(c - N / 10)).toBeLessThan(500); // ~5 sd
  });

  it('exponential(mean) is non-negative with that mean and sd', () => {
    const xs = draws(randomStream(1, 'exp'), N, (r) => r.exponential(4));
    expect(min(xs)).toBeGreaterThanOrEqual(0);
    expect(Math.abs(mean(xs) - 4)).toBeLessThan(0.08);
    expect(Math.abs(sd(xs) - 4)).toBeLessThan(0.12);
  });

  it('normal(mean, sd) has that mean and sd, and symmetric tails', () => {
    const xs = draws(randomStream(1, 'norm'), N, (r) => r.normal(10, 2));
    expect(Math.abs(mean(xs) - 10)).toBeLessThan(0.03);
    expect(Math.abs(sd(xs) - 2)).toBeLessThan(0.03);
    const within1 = xs.filter((x) => Math.abs(x - 10) < 2).length / N;
    expect(Math.abs(within1 - 0.6827)).toBeLessThan(0.01);
    expect(xs.every(Number.isFinite)).toBe(true);
  });

  it('lognormal(mu, sigma) is positive and its log is normal(mu, sigma)', () => {
    const xs = draws(randomStream(1, 'logn'), N, (r) => r.lognormal(1, 0.5));
    expect(min(xs)).toBeGreaterThan(0);
    const logs = xs.map(Math.log);
    expect(Math.abs(mean(logs) - 1)).toBeLessThan(0.01);
    expect(Math.abs(sd(logs) - 0.5)).toBeLessThan(0.01);
  });

  it('pick() returns every element about equally often', () => {
    const xs = ['a', 'b', 'c', 'd'] as const;
    const r = randomStream(1, 'pick');
    const counts: Record<string, number> = {};
    for (let i = 0; i < N; i++) {
      const x = r.pick(xs);
      counts[x] = (counts[x] ?? 0) + 1;
    }
    for (const x of xs) expect(Math.abs(counts[x] - N / 4)).toBeLessThan(700);
  });

  it.each([
    ['uniform(2, 1)', (r: RandomStream) => r.uniform(2, 1)],
    ['int(3, 3)', (r: RandomStream) => r.int(3, 3)],
    ['int(0.5, 3)', (r: RandomStream) => r.int(0.5, 3)],
    ['exponential(0)', (r: RandomStream) => r.exponential(0)],
    ['normal(0, -1)', (r: RandomStream) => r.normal(0, -1)],
    ['pick([])', (r: RandomStream) => r.pick([])],
  ])('refuses %s', (_name, f) => {
    expect(() => f(randomStream(1, 'bad'))).toThrow(RangeError);
  });
});
