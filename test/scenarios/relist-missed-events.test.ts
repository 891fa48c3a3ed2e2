// Pins the outcome of scenarios/relist-missed-events.yaml: missed % grows with the relist period
// (close to the exponential-lifetime expectation), the stalled node is NotReady from 3 min after its
// last successful relist until its hung listing returns, and the run is deterministic.
import { describe, expect, it } from 'vitest';
import { loadScenarioFile, buildSimulation } from '../../src/run.js';
import { eventsCsv, json, tableCsv, timeseriesCsv } from '../../src/report/write.js';
import type { Cell, Recorder } from '../../src/report/recorder.js';

const FILE = 'scenarios/relist-missed-events.yaml';

function run(seed?: number): Recorder {
  return buildSimulation(loadScenarioFile(FILE, seed === undefined ? {} : { seed })).run();
}

function bytes(rec: Recorder): string[] {
  return [timeseriesCsv(rec), eventsCsv(rec), ...rec.extraTables().map(([, rows]) => tableCsv(rows)), json(rec.summary())];
}

describe('scenario relist-missed-events', () => {
  const rec = run();
  const tables = new Map(rec.extraTables());
  const periods = tables.get('relist-periods')!;
  const healthy = periods.filter((r) => !r.scriptedFaults);
  const events = (reason: string, object: string) => rec.events.filter((e) => e.reason === reason && e.object === object);

  it('has one fault-free row per relist period, and one for the stalled node', () => {
    expect(healthy.map((r) => r.period_s)).toEqual([0.1, 0.5, 1, 2, 5, 10]);
    expect(periods.filter((r) => r.scriptedFaults).map((r) => r.period_s)).toEqual([1]);
    // The same churn on every node (identicalOnNodes); relist-1s also runs the real pod web-1s.
    const churn = new Map<Cell, number>();
    for (const r of tables.get('pleg-containers')!) if (r.source === 'churn') churn.set(r.node, (churn.get(r.node) ?? 0) + 1);
    expect(churn.size).toBe(7);
    expect(new Set(churn.values()).size).toBe(1);
  });

  it('misses more with every longer relist period, as expected for exponential lifetimes', () => {
    const missed = healthy.map((r) => r.missedPct as number);
    for (let i = 1; i < missed.length; i++) expect(missed[i]).toBeGreaterThan(missed[i - 1]);
    // Uniform phase, removal at exit, lifetime ~ Exp(mean m): P(missed) = 1 − (m/P')(1 − e^(−P'/m)),
    // P' = period + mean relist cost. About 1180 containers per node: standard error ≤ 1.5 points.
    for (const r of healthy) {
      const p = (r.period_s as number) * 1000 + (r.meanRelistMs as number);
      const expected = 100 * (1 - (2000 / p) * (1 - Math.exp(-p / 2000)));
      expect(Math.abs((r.containersNeverSeenPct as number) - expected), `period ${r.period_s} s`).toBeLessThan(5);
    }
  });

  it('pays for short periods with relist time and gains on latency', () => {
    const busy = healthy.map((r) => r.relistBusyPct as number);
    const latency = healthy.map((r) => r.meanLatencyMs as number);
    for (let i = 1; i < healthy.length; i++) {
      expect(busy[i]).toBeLessThan(busy[i - 1]);
      expect(latency[i]).toBeGreaterThan(latency[i - 1]);
    }
    expect(healthy.every((r) => r.discards === 0 && r.eventsLate === 0 && r.notReady_s === 0)).toBe(true);
  });

  it('turns relist-stalled NotReady 3 min after its last successful relist, Ready when the hung listing returns', () => {
    const notReady = events('NodeNotReady', 'relist-stalled');
    const ready = events('NodeReady', 'relist-stalled');
    expect(notReady).toHaveLength(1);
    expect(ready).toHaveLength(1);
    // The last successful relist started in the second before the failures begin at 2m.
    const lastSuccess = notReady[0].time - 180_001;
    expect(lastSuccess).toBeGreaterThan(118_900);
    expect(lastSuccess).toBeLessThan(120_000);
    expect(notReady[0].message).toContain('PLEG is not healthy: pleg was last seen active 3m0.001s ago; threshold is 3m0s');
    // The relist that started in [4m, 4m1s) listed for 2 minutes; Ready when it returned.
    const slow = events('PLEGRelistSlow', 'relist-stalled');
    expect(slow.map((e) => e.time)).toEqual([ready[0].time]);
    expect(ready[0].time).toBeGreaterThanOrEqual(360_000);
    expect(ready[0].time).toBeLessThan(361_000);
    expect(rec.events.filter((e) => e.reason === 'NodeNotReady')).toHaveLength(1);
  });

  it('reports the death of the pod deleted during the outage late, not never', () => {
    const died = events('PLEGContainerDied', 'web-stalled');
    expect(died.map((e) => e.time)).toEqual([events('NodeReady', 'relist-stalled')[0].time, events('NodeReady', 'relist-stalled')[0].time]);
    const row = tables.get('pleg-containers')!.find((r) => r.pod === 'web-stalled')!;
    expect(row).toMatchObject({ source: 'pod', started: 'seen', died: 'late', removed: 'late', outcome: 'seen' });
  });

  it("delivers churn-0's events late on relist-stalled while its inspection fails (7m to 7m30s)", () => {
    const late = tables
      .get('pleg-containers')!
      .filter(
        (r: Record<string, Cell>) =>
          r.node === 'relist-stalled' && (r.created_s as number) >= 400 && [r.started, r.died, r.removed].includes('late'),
      );
    expect(late.length).toBeGreaterThan(0);
    expect(new Set(late.map((r) => r.pod))).toEqual(new Set(['churn-0']));
  });

  it('gives the same bytes for the same seed, and other numbers for another seed', () => {
    const again = bytes(run());
    expect(again).toEqual(bytes(rec));
    expect(bytes(run(7))[0]).not.toEqual(again[0]);
  });
});
