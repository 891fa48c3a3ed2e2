// Demand → usage for one step (src/load/traffic.ts), hand-computed.
import { describe, expect, it } from 'vitest';
import { computeStep, type LoadCost, type PodView } from '../../src/load/index.js';

const cost = (over: Partial<LoadCost> = {}): LoadCost => ({
  access: 'loadBalancer',
  cpuPerRequest: 5,
  memoryPerRequest: 1000,
  requestDuration: 200,
  networkInPerRequest: 100,
  networkOutPerRequest: 1000,
  baseline: { cpu: 50, memory: 10_000 },
  ...over,
});
const pod = (key: string, over: Partial<PodView> = {}): PodView => ({
  key,
  node: 'n1',
  endpoint: true,
  serving: true,
  cpuLimit: 1000,
  cpuWeight: 512,
  ...over,
});
const BIG = new Map([
  ['n1', 100_000],
  ['n2', 100_000],
]);

describe('computeStep', () => {
  it('spreads demand over ready endpoints: the worked example, 160 req/s on 2 pods → 450m each', () => {
    const r = computeStep([{ name: 'web', demand: 160, cost: cost(), pods: [pod('a'), pod('b')] }], BIG);
    expect(r.pods.get('a')).toMatchObject({
      offered: 80,
      served: 80,
      failed: 0,
      cpuMilli: 450,
      cpuThrottledMilli: 0,
      memoryBytes: 10_000 + 80 * 0.2 * 1000,
      networkInBytesPerSecond: 8000,
      networkOutBytesPerSecond: 80_000,
    });
    expect(r.services.get('web')).toMatchObject({ demand: 160, served: 160, unserved: 0, failed: 0, endpoints: 2, cpuMilli: 900 });
  });

  it('unready pods get no traffic but use their baseline', () => {
    const r = computeStep([{ name: 'web', demand: 100, cost: cost(), pods: [pod('a'), pod('b', { endpoint: false })] }], BIG);
    expect([r.pods.get('a')!.offered, r.pods.get('b')!.offered, r.pods.get('b')!.cpuMilli]).toEqual([100, 0, 50]);
  });

  it('no ready endpoint: everything is unserved', () => {
    const r = computeStep([{ name: 'web', demand: 70, cost: cost(), pods: [pod('a', { endpoint: false })] }], BIG);
    expect(r.services.get('web')).toMatchObject({ demand: 70, served: 0, unserved: 70, endpoints: 0 });
    expect(computeStep([{ name: 'web', demand: 70, cost: cost(), pods: [] }], BIG).services.get('web')!.unserved).toBe(70);
  });

  it('over the CPU limit: usage = limit, the rest throttled, capacity = (limit − baseline) / cpuPerRequest', () => {
    const r = computeStep([{ name: 'web', demand: 400, cost: cost(), pods: [pod('a')] }], BIG);
    expect(r.pods.get('a')).toMatchObject({ cpuDemandMilli: 2050, cpuMilli: 1000, cpuThrottledMilli: 1050, served: 190 });
    expect(r.services.get('web')).toMatchObject({ served: 190, unserved: 210 });
  });

  it('a full node shares CPU by cpu.shares: 4 busy pods of 2 services on 2 CPU', () => {
    const busy = (k: string, node = 'n1') => pod(k, { cpuLimit: Infinity, node });
    const r = computeStep(
      [
        { name: 'a', demand: 1000, cost: cost(), pods: [busy('a1'), busy('a2')] },
        { name: 'b', demand: 1000, cost: cost(), pods: [busy('b1'), busy('b2', 'n2')] },
      ],
      new Map([
        ['n1', 2000],
        ['n2', 5000],
      ]),
    );
    // n1 holds a1, a2, b1 (each wants 50 + 500 × 5 = 2550m): 2000 / 3 each.
    expect(r.pods.get('a1')!.cpuMilli).toBeCloseTo(2000 / 3, 9);
    expect(r.pods.get('b1')!.cpuThrottledMilli).toBeCloseTo(2550 - 2000 / 3, 9);
    expect(r.pods.get('b2')!.cpuMilli).toBe(2550);
  });

  it('an app that does not answer fails what it receives and uses only its baseline', () => {
    const r = computeStep([{ name: 'web', demand: 100, cost: cost(), pods: [pod('a'), pod('b', { serving: false })] }], BIG);
    expect(r.pods.get('b')).toMatchObject({ offered: 50, served: 0, failed: 50, cpuMilli: 50, networkOutBytesPerSecond: 0 });
    expect(r.services.get('web')).toMatchObject({ served: 50, failed: 50, unserved: 0 });
  });

  it('access none: every running pod gets the whole curve, ready or not', () => {
    const r = computeStep(
      [{ name: 'w', demand: 10, cost: cost({ access: 'none' }), pods: [pod('a'), pod('b', { endpoint: false })] }],
      BIG,
    );
    expect([r.pods.get('a')!.offered, r.pods.get('b')!.offered]).toEqual([10, 10]);
    expect(r.services.get('w')).toMatchObject({ demand: 20, served: 20, endpoints: 2 });
  });

  it('cpuPerRequest 0: no CPU capacity bound', () => {
    const r = computeStep([{ name: 'w', demand: 1e6, cost: cost({ cpuPerRequest: 0 }), pods: [pod('a')] }], BIG);
    expect(r.services.get('w')).toMatchObject({ served: 1e6, unserved: 0 });
    expect(r.pods.get('a')!.cpuMilli).toBe(50);
  });
});
