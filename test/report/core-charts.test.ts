// The charts every run has, built from recorder samples: what they plot, what they leave out,
// and how long series are thinned for drawing.
import { describe, expect, it } from 'vitest';
import { Recorder, type Cell } from '../../src/report/recorder.js';
import {
  CHART_MAX_POINTS,
  coreCharts,
  dropRepeats,
  MAX_NODES_DRAWN,
  nodeAllocationChart,
  podPhasesChart,
  replicasChart,
} from '../../src/report/core-charts.js';
import { timeAxis } from '../../src/sim/charts/time-axis.js';

type Point = { x: number; series: string; value: number | null };
const points = (spec: object) => (spec as { data: { values: Point[] } }).data.values;
const seriesOf = (spec: object) => [...new Set(points(spec).map((p) => p.series))];
const SECONDS = timeAxis(60_000);

function nodeRow(rec: Recorder, time: number, name: string, cpu: [number, number], mem: [number, number]): void {
  rec.samples.push({
    time,
    kind: 'node',
    object: name,
    values: {
      cpuRequestedMilli: cpu[0],
      cpuAllocatableMilli: cpu[1],
      memoryRequestedBytes: mem[0],
      memoryAllocatableBytes: mem[1],
    },
  });
}

function clusterRow(rec: Recorder, time: number, values: Record<string, Cell>): void {
  rec.samples.push({ time, kind: 'cluster', object: 'cluster', values });
}

describe('timeAxis', () => {
  const cases: Array<[number, string]> = [
    [60_000, 'time (s)'],
    [180_000, 'time (s)'],
    [180_001, 'time (min)'],
    [3 * 3_600_000, 'time (min)'],
    [86_400_000, 'time (h)'],
  ];
  for (const [ms, title] of cases) it(`${ms} ms → ${title}`, () => expect(timeAxis(ms).title).toBe(title));
});

describe('node allocation chart', () => {
  it('plots CPU and memory requests per node as a percentage of allocatable, memory dashed', () => {
    const rec = new Recorder();
    nodeRow(rec, 0, 'n1', [1000, 4000], [1, 4]);
    nodeRow(rec, 5000, 'n1', [3000, 4000], [2, 4]);
    const chart = nodeAllocationChart(rec, SECONDS)!;
    expect(chart.name).toBe('node-allocation');
    expect(points(chart.spec)).toEqual([
      { x: 0, series: 'n1 CPU', value: 25 },
      { x: 0, series: 'n1 memory', value: 25 },
      { x: 5, series: 'n1 CPU', value: 75 },
      { x: 5, series: 'n1 memory', value: 50 },
    ]);
    const dash = (chart.spec as unknown as { encoding: { strokeDash: { scale: { domain: string[]; range: number[][] } } } }).encoding
      .strokeDash.scale;
    expect(dash.domain).toEqual(['n1 CPU', 'n1 memory']);
    expect(dash.range).toEqual([
      [1, 0],
      [6, 3],
    ]);
  });

  it(`above ${MAX_NODES_DRAWN} nodes shows the cluster total and the fullest node instead`, () => {
    const rec = new Recorder();
    for (let i = 0; i <= MAX_NODES_DRAWN; i++) nodeRow(rec, 0, `n${i}`, [i === 3 ? 900 : 100, 1000], [0, 1000]);
    const chart = nodeAllocationChart(rec, SECONDS)!;
    expect(seriesOf(chart.spec)).toEqual(['CPU, all nodes', 'CPU, fullest node', 'memory, all nodes', 'memory, fullest node']);
    const cpu = points(chart.spec).filter((p) => p.series.startsWith('CPU'));
    expect(cpu.map((p) => p.value)).toEqual([
      Number(((100 * (900 + 100 * MAX_NODES_DRAWN)) / (1000 * (MAX_NODES_DRAWN + 1))).toFixed(2)),
      90,
    ]);
  });

  it('leaves a gap (null) where a node has no allocatable resource, and is absent without nodes', () => {
    const rec = new Recorder();
    expect(nodeAllocationChart(rec, SECONDS)).toBeUndefined();
    nodeRow(rec, 0, 'n1', [0, 0], [0, 10]);
    expect(points(nodeAllocationChart(rec, SECONDS)!.spec)[0].value).toBeNull();
  });
});

describe('pod phases chart', () => {
  it('stacks only the phases that occur, in lifecycle order, with whole-number ticks', () => {
    const rec = new Recorder();
    clusterRow(rec, 0, { podsPending: 2, podsRunning: 0, podsSucceeded: 0, podsFailed: 0, podsUnknown: 0 });
    clusterRow(rec, 10_000, { podsPending: 0, podsRunning: 1, podsSucceeded: 0, podsFailed: 1, podsUnknown: 0 });
    const spec = podPhasesChart(rec, SECONDS)!.spec as unknown as { encoding: { y: { axis: unknown } } };
    expect(seriesOf(spec)).toEqual(['Pending', 'Running', 'Failed']);
    expect(spec.encoding.y.axis).toEqual({ tickMinStep: 1, format: 'd' });
  });

  it('is absent when the run never had a pod', () => {
    const rec = new Recorder();
    clusterRow(rec, 0, { podsPending: 0, podsRunning: 0 });
    expect(podPhasesChart(rec, SECONDS)).toBeUndefined();
  });
});

describe('replicas chart', () => {
  it('shows Ready and desired replicas per Deployment, desired dashed', () => {
    const rec = new Recorder();
    rec.samples.push({ time: 0, kind: 'service', object: 'web', values: { replicas: 3, readyReplicas: 0 } });
    rec.samples.push({ time: 10_000, kind: 'service', object: 'web', values: { replicas: 3, readyReplicas: 3 } });
    const spec = replicasChart(rec, SECONDS)!.spec;
    expect(
      points(spec)
        .filter((p) => p.series === 'web ready')
        .map((p) => p.value),
    ).toEqual([0, 3]);
    expect(
      points(spec)
        .filter((p) => p.series === 'web desired')
        .map((p) => [p.x, p.value]),
    ).toEqual([
      [0, 3],
      [10, 3],
    ]);
  });

  it('is absent without Deployments, so coreCharts lists only the others', () => {
    const rec = new Recorder();
    nodeRow(rec, 0, 'n1', [1, 2], [1, 2]);
    clusterRow(rec, 0, { podsRunning: 1 });
    expect(coreCharts(rec, 60_000).map((c) => c.name)).toEqual(['node-allocation', 'pod-phases']);
  });
});

describe('thinning for charts', () => {
  it("dropRepeats keeps changes and each series' last row, nothing else", () => {
    const rows = [0, 1, 2, 3, 4].map((t) => ({ t, series: 'a', value: t < 3 ? 1 : 2 }));
    expect(dropRepeats(rows, ['value'], 'series').map((r) => r.t)).toEqual([0, 3, 4]);
    const wide = [
      { t: 0, A: 1, B: 0 },
      { t: 1, A: 1, B: 0 },
      { t: 2, A: 1, B: 1 },
      { t: 3, A: 1, B: 1 },
    ];
    expect(dropRepeats(wide, ['A', 'B']).map((r) => r.t)).toEqual([0, 2, 3]);
  });

  it(`a day of samples is drawn with at most ${CHART_MAX_POINTS} points per series, the spikes kept`, () => {
    const rec = new Recorder();
    const n = 8640;
    for (let i = 0; i < n; i++) {
      const ready = i === 4321 ? 0 : 2 + (i % 3); // noisy, with one dip to 0
      rec.samples.push({ time: i * 10_000, kind: 'service', object: 'web', values: { replicas: 4, readyReplicas: ready } });
    }
    const spec = replicasChart(rec, timeAxis(n * 10_000))!.spec;
    const ready = points(spec).filter((p) => p.series === 'web ready');
    expect(ready.length).toBeLessThanOrEqual(CHART_MAX_POINTS);
    expect(ready.length).toBeGreaterThan(CHART_MAX_POINTS / 2);
    expect(Math.min(...ready.map((p) => p.value!))).toBe(0);
    expect(Math.max(...ready.map((p) => p.value!))).toBe(4);
    // A constant series collapses to its first and last sample.
    expect(points(spec).filter((p) => p.series === 'web desired').length).toBe(2);
  });
});
