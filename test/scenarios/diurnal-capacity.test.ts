// Pins the diurnal-capacity day: the HPA follows the load from minReplicas to the peak and back;
// three 4-CPU nodes are too few at the peak (Pending pods, some unserved demand); the capacity
// numbers the study collects (node-hours, core-hours, pending-pod minutes, utilization) are those
// of the pool; and with five nodes the same day is served in full.
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/run.js';
import { runLoaded } from '../../src/run.js';
import { summaryOf } from '../../src/report/files.js';

interface Capacity {
  nodeHours: number;
  cpuCoreHours: number;
  pendingPodMinutes: number;
  peakPendingPods: number;
  avgCpuUsedPct: number;
  peakNodeCpuUsedPct: number;
}
interface LoadTotals {
  service: string;
  requests: number;
  unserved: number;
}

async function day(set: string[] = []) {
  const scenario = loadScenarioFile('scenarios/diurnal-capacity.yaml', { set });
  const run = await runLoaded(scenario);
  const summary = JSON.parse(JSON.stringify(summaryOf(run))) as {
    capacity: Capacity;
    load: LoadTotals[];
    hpa: Array<{ peakReplicas: number }>;
  };
  const web = summary.load.find((l) => l.service === 'web')!;
  const replicas = run.recorder.samples
    .filter((s) => s.kind === 'hpa' && s.object === 'web')
    .map((s) => [s.time, s.values.desiredReplicas as number] as const);
  return {
    run,
    capacity: summary.capacity,
    unservedPct: (100 * web.unserved) / web.requests,
    peakReplicas: summary.hpa[0].peakReplicas,
    replicas,
  };
}

describe('scenario diurnal-capacity', async () => {
  const base = await day();

  it('tells its story: every expectation holds', () => {
    for (const e of base.run.expectations) expect(e.passed, `${e.name}: ${e.message}`).toBe(true);
    expect(base.run.expectations.length).toBeGreaterThanOrEqual(6);
  });

  it('the HPA rises from minReplicas at night to the peak and back', () => {
    const at = (h: number) => base.replicas.filter(([t]) => t <= h * 3_600_000).pop()![1];
    expect(at(3)).toBe(2);
    expect(at(14)).toBeGreaterThanOrEqual(7);
    expect(at(24)).toBe(2);
    expect(base.peakReplicas).toBeGreaterThanOrEqual(7);
  });

  it('the pool costs 3 nodes × 24 h = 72 node-hours, 288 core-hours', () => {
    expect(base.capacity.nodeHours).toBe(72);
    expect(base.capacity.cpuCoreHours).toBe(288);
  });

  it('at the peak it is too small: pods wait for hours and some demand is unserved', () => {
    expect(base.capacity.peakPendingPods).toBeGreaterThanOrEqual(2);
    expect(base.capacity.pendingPodMinutes).toBeGreaterThan(120);
    expect(base.unservedPct).toBeGreaterThan(0.2);
    expect(base.unservedPct).toBeLessThan(2);
    expect(base.capacity.peakNodeCpuUsedPct).toBe(100);
    expect(base.capacity.avgCpuUsedPct).toBeGreaterThan(30);
    expect(base.capacity.avgCpuUsedPct).toBeLessThan(80);
  });

  it('five nodes serve the same day in full, at a lower average utilization', async () => {
    const big = await day(['spec.nodePools[0].count=5']);
    expect(big.capacity.nodeHours).toBe(120);
    expect(big.capacity.pendingPodMinutes).toBe(0);
    expect(big.unservedPct).toBeLessThan(0.1);
    expect(big.capacity.avgCpuUsedPct).toBeLessThan(base.capacity.avgCpuUsedPct);
  });
});
