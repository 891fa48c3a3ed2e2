// CPU on a busy node. Tables ported from k8s pkg/kubelet/cm/helpers_linux_test.go
// (TestMilliCPUToShares, TestMilliCPUToQuota with the default 100 ms period); the sharing itself is
// kubetwin's model of CFS (weighted max-min fairness under limits), checked by hand.
import { describe, expect, it } from 'vitest';
import { effectiveCpuLimit, milliCpuToQuota, milliCpuToShares, shareCpu } from '../../src/load/index.js';

describe('TestMilliCPUToShares', () => {
  it.each<[number, number]>([
    [0, 2],
    [1, 2],
    [2, 2],
    [3, 3],
    [5, 5],
    [10, 10],
    [100, 102],
    [200, 204],
    [500, 512],
    [1000, 1024],
    [2000, 2048],
    [255_999, Math.floor((255_999 * 1024) / 1000)],
    [256_000, 262_144],
    [256_001, 262_144],
    [1_000_000, 262_144],
  ])('%i m → %i shares', (milli, shares) => expect(milliCpuToShares(milli)).toBe(shares));
});

describe('TestMilliCPUToQuota', () => {
  it.each<[number, number]>([
    [0, 0],
    [5, 1000],
    [9, 1000],
    [10, 1000],
    [200, 20_000],
    [500, 50_000],
    [1000, 100_000],
    [1500, 150_000],
  ])('%i m → quota %i µs per 100 ms', (milli, quota) => expect(milliCpuToQuota(milli)).toBe(quota));

  it('the effective limit: none, the 10m floor, exact otherwise', () => {
    expect([undefined, 0, 5, 10, 1500].map(effectiveCpuLimit)).toEqual([Infinity, Infinity, 10, 10, 1500]);
  });
});

describe('shareCpu (CFS by cpu.shares under limits)', () => {
  const claim = (demand: number, limit: number, weight: number) => ({ demand, limit, weight });

  it('everyone gets min(demand, limit) when the node has enough', () => {
    expect(shareCpu([claim(300, 1000, 512), claim(1500, 1000, 512), claim(200, Infinity, 2)], 4000)).toEqual([300, 1000, 200]);
  });

  it('4 pods at limit 1 CPU on a 2-CPU node, equal requests: 500m each', () => {
    expect(
      shareCpu(
        Array.from({ length: 4 }, () => claim(2000, 1000, 512)),
        2000,
      ),
    ).toEqual([500, 500, 500, 500]);
  });

  it('a small demand is met in full; the rest is split by shares', () => {
    // 1000m left after the 200m claim: split 1024 : 512 → 666.67 / 333.33.
    const g = shareCpu([claim(200, Infinity, 512), claim(5000, Infinity, 1024), claim(5000, Infinity, 512)], 1200);
    expect(g[0]).toBe(200);
    expect(g[1]).toBeCloseTo(2000 / 3, 9);
    expect(g[2]).toBeCloseTo(1000 / 3, 9);
  });

  it('a limit below the fair share frees CPU for the others', () => {
    const g = shareCpu([claim(5000, 300, 1024), claim(5000, Infinity, 1024)], 2000);
    expect(g).toEqual([300, 1700]);
  });

  it('grants never exceed the capacity', () => {
    const g = shareCpu([claim(900, 1000, 2), claim(700, 800, 1024), claim(3000, 2500, 300)], 1000);
    expect(g.reduce((a, b) => a + b, 0)).toBeCloseTo(1000, 9);
  });
});
