// Pins the cpu-spike-hpa timeline: the seed manual's worked example, the first scale-up after the
// spike starts, the peak and the Pending pods it leaves on a full cluster, and a scale-down that
// waits for the 300 s downscale stabilization after the load drops.
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/run.js';
import { runLoaded } from '../../src/run.js';
import { summaryOf } from '../../src/report/files.js';

const SPIKE_START = 300_000;
const LOAD_BACK = 720_000; // decay ends: demand is back at the baseline
const STABILIZATION = 300_000;

describe('scenario cpu-spike-hpa', async () => {
  const scenario = loadScenarioFile('scenarios/cpu-spike-hpa.yaml');
  const { recorder } = await runLoaded(scenario);
  const rescales = recorder.events
    .filter((e) => e.reason === 'SuccessfulRescale')
    .map((e) => [e.time, Number(/New size: (\d+)/.exec(e.message)![1])]);
  const series = (kind: string, col: string) =>
    recorder.samples
      .filter((s) => s.kind === kind && s.object === 'web' && col in s.values)
      .map((s) => [s.time, s.values[col] as number] as const);

  it('worked example: 2 replicas at 90 % with a 60 % target → 3 at the first scrape (15 s)', () => {
    expect(rescales[0]).toEqual([15_000, 3]);
    expect(recorder.events.find((e) => e.reason === 'SuccessfulRescale')!.message).toBe(
      'New size: 3; reason: cpu resource utilization (percentage of request) above target (cpu utilization 90% / target 60% = ratio 1.5)',
    );
  });

  it('tolerance: 3 replicas at ~63 % are kept until the spike', () => {
    expect(
      series('hpa', 'cpuUtilization')
        .filter(([t]) => t >= 60_000 && t < SPIKE_START)
        .every(([, v]) => v === 63),
    ).toBe(true);
    expect(rescales.filter(([t]) => t > 15_000 && t < SPIKE_START)).toEqual([]);
  });

  it('the first scale-up after the spike starts comes at the first sync that sees it, 15 s in', () => {
    const first = rescales.find(([t]) => t > SPIKE_START)!;
    expect(first).toEqual([315_000, 6]); // legacy rule: at most max(2 × 3, 4)
    expect(rescales).toEqual([
      [15_000, 3],
      [315_000, 6],
      [330_000, 10],
      [1_035_000, 4],
    ]);
  });

  it('peaks at maxReplicas 10, with 8 pods running and 2 Pending on the full cluster', () => {
    expect(Math.max(...series('hpa', 'desiredReplicas').map(([, v]) => v))).toBe(10);
    expect(Math.max(...series('service', 'podsPending').map(([, v]) => v))).toBe(2);
    expect(Math.max(...series('service', 'readyReplicas').map(([, v]) => v))).toBe(8);
    const pending = recorder.events.filter((e) => e.reason === 'FailedScheduling');
    expect(new Set(pending.map((e) => e.object)).size).toBe(2);
    expect(pending[0]).toMatchObject({
      time: 330_000,
      message:
        '0/2 nodes are available: 2 Insufficient cpu. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.',
    });
  });

  it('during the spike 8 CPU-bound pods serve 720 requests/s of 1600; the rest is unserved and the CPU throttled', () => {
    const at = (t: number) => recorder.samples.find((s) => s.kind === 'load' && s.time === t)!.values;
    expect(at(480_000)).toMatchObject({ demand: 1600, served: 720, unserved: 880, failed: 0, endpoints: 8, cpuUsageMilli: 4000 });
    expect(at(480_000).cpuThrottledMilli).toBeGreaterThan(0);
  });

  it('scale-down begins at least the stabilization window after the load drops, and only then', () => {
    const down = rescales.find(([_t, n], i) => i > 0 && n < rescales[i - 1][1])!;
    expect(down[0]).toBeGreaterThanOrEqual(LOAD_BACK + STABILIZATION);
    expect(down).toEqual([1_035_000, 4]);
    const held = series('hpa', 'ableToScaleReason').filter(([t]) => t > LOAD_BACK && t < down[0]);
    expect(new Set(held.map(([, v]) => v))).toEqual(new Set(['ScaleDownStabilized']));
  });

  it('summary: the rescales and request totals', () => {
    const s = summaryOf({ scenario, recorder }) as { hpa: Array<Record<string, unknown>>; load: Array<Record<string, number>> };
    expect(s.hpa[0]).toMatchObject({ name: 'web', target: 'deployment/web', syncPeriod_s: 15, peakReplicas: 10, desiredReplicas: 4 });
    expect(s.load[0].servedFraction).toBeLessThan(1);
    expect(s.load[0].unserved).toBeGreaterThan(0);
  });
});
