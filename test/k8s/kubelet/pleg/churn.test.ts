// The churn load generator: arrivals, lifetimes, GC delay, operation order, and applying it.
import { describe, expect, it } from 'vitest';
import { ContainerRuntime } from '../../../../src/k8s/kubelet/runtime/index.js';
import {
  applyChurnOp,
  churnOperations,
  generateChurn,
  sampleLifetime,
  type ChurnSpec,
  type LifetimeDistribution,
} from '../../../../src/k8s/kubelet/pleg/index.js';
import { seeded } from './seeded.js';

const base: ChurnSpec = {
  arrivals: { kind: 'fixed', intervalMs: 250 },
  lifetime: { kind: 'fixed', valueMs: 100 },
  gcDelayMs: 0,
  startDelayMs: 0,
  exitCode: 0,
  pods: 1,
  podUidPrefix: 'churn',
  startMs: 0,
  count: 4,
};

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('generateChurn', () => {
  it('lays out fixed arrivals with start delay, lifetime and GC delay', () => {
    const items = generateChurn({ ...base, startMs: 1000, startDelayMs: 5, gcDelayMs: 40, pods: 2, exitCode: 3 }, seeded('x'));
    expect(items.map((i) => [i.podUid, i.createAt, i.startAt, i.exitAt, i.removeAt, i.exitCode])).toEqual([
      ['churn-0', 1000, 1005, 1105, 1145, 3],
      ['churn-1', 1250, 1255, 1355, 1395, 3],
      ['churn-0', 1500, 1505, 1605, 1645, 3],
      ['churn-1', 1750, 1755, 1855, 1895, 3],
    ]);
  });

  it('stops at `until` (exclusive) and needs a count or an end', () => {
    const items = generateChurn({ ...base, count: undefined, untilMs: 1000 }, seeded('x'));
    expect(items.map((i) => i.createAt)).toEqual([0, 250, 500, 750]);
    expect(() => generateChurn({ ...base, count: undefined }, seeded('x'))).toThrow(RangeError);
  });

  it('is a pure function of the random stream', () => {
    const spec: ChurnSpec = {
      ...base,
      arrivals: { kind: 'poisson', ratePerSecond: 3 },
      lifetime: { kind: 'exponential', meanMs: 700 },
      count: 50,
    };
    expect(generateChurn(spec, seeded('s1'))).toEqual(generateChurn(spec, seeded('s1')));
    expect(generateChurn(spec, seeded('s1'))).not.toEqual(generateChurn(spec, seeded('s2')));
  });

  it('draws Poisson arrivals with the requested rate (mean gap 1/rate within 3 %)', () => {
    const items = generateChurn({ ...base, arrivals: { kind: 'poisson', ratePerSecond: 4 }, count: 20_000 }, seeded('poisson'));
    const gaps = items.slice(1).map((it, k) => it.createAt - items[k].createAt);
    expect(Math.abs(mean(gaps) - 250) / 250).toBeLessThan(0.03);
    // Exponential gaps: about e^-1 ≈ 36.8 % of gaps exceed the mean.
    expect(Math.abs(gaps.filter((g) => g > 250).length / gaps.length - Math.exp(-1))).toBeLessThan(0.02);
  });
});

describe('lifetime distributions (20 000 draws each)', () => {
  it.each<{ d: LifetimeDistribution; check: (xs: number[]) => void }>([
    { d: { kind: 'fixed', valueMs: 321 }, check: (xs) => expect(new Set(xs)).toEqual(new Set([321])) },
    { d: { kind: 'exponential', meanMs: 2000 }, check: (xs) => expect(Math.abs(mean(xs) - 2000) / 2000).toBeLessThan(0.03) },
    {
      d: { kind: 'uniform', minMs: 100, maxMs: 300 },
      check: (xs) => {
        expect(Math.min(...xs)).toBeGreaterThanOrEqual(100);
        expect(Math.max(...xs)).toBeLessThanOrEqual(300);
        expect(Math.abs(mean(xs) - 200)).toBeLessThan(3);
      },
    },
    {
      d: { kind: 'lognormal', medianMs: 1000, sigma: 0.5 },
      check: (xs) => {
        const sorted = [...xs].sort((a, b) => a - b);
        expect(Math.abs(sorted[xs.length / 2] - 1000) / 1000).toBeLessThan(0.03);
        // mean of a lognormal = median · e^(σ²/2)
        expect(Math.abs(mean(xs) - 1000 * Math.exp(0.125)) / (1000 * Math.exp(0.125))).toBeLessThan(0.03);
      },
    },
  ])('$d.kind', ({ d, check }) => {
    const rnd = seeded(`life-${d.kind}`);
    const xs = Array.from({ length: 20_000 }, () => sampleLifetime(rnd, d));
    expect(xs.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
    check(xs);
  });
});

describe('churnOperations and applyChurnOp', () => {
  it('orders operations by time, keeping each container create → start → exit → remove', () => {
    const items = generateChurn(
      { ...base, arrivals: { kind: 'fixed', intervalMs: 100 }, lifetime: { kind: 'fixed', valueMs: 0 }, count: 2 },
      seeded('x'),
    );
    expect(churnOperations(items).map((o) => `${o.at}:${o.op}:${o.item.index}`)).toEqual([
      '0:create:0',
      '0:start:0',
      '0:exit:0',
      '0:remove:0',
      '100:create:1',
      '100:start:1',
      '100:exit:1',
      '100:remove:1',
    ]);
  });

  it('drives a runtime through every container life, leaving it empty', () => {
    const rt = new ContainerRuntime({ gcDelayMs: 99_999 });
    const items = generateChurn({ ...base, gcDelayMs: 300, exitCode: 7 }, seeded('x'));
    const ids = new Map<number, string>();
    for (const op of churnOperations(items)) applyChurnOp(rt, op, ids);
    expect(rt.log).toHaveLength(4 * 4);
    expect(rt.log.filter((c) => c.to === 'removed').map((c) => c.time)).toEqual([400, 650, 900, 1150]);
    expect(rt.nextGcDueAt()).toBeUndefined(); // churn removes containers itself
    expect(rt.list(2000)).toMatchObject({ ok: true, pods: [] });
    expect(ids.size).toBe(0);
  });
});
