// Charts of the relist feature: missed % and detection latency by relist period, what relisting
// costs, and — for every node whose PLEG turned unhealthy — its relist age against the threshold.
import { chart, type ChartRequest } from '../../sim/charts/types.js';
import { downsample } from '../../sim/charts/downsample.js';
import type { Cell, Recorder } from '../../sim/recorder.js';
import { samplesOf } from '../../sim/sample-index.js';

type Row = Record<string, Cell>;
type ChartRow = Record<string, number | string | null>;

const label = (r: Row) => `${r.period_s} s${r.scriptedFaults ? ' (faults)' : ''}`;
const plain = (r: Row): ChartRow => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'boolean' ? Number(v) : v]));

export function missedChart(periods: readonly Row[]): ChartRequest | undefined {
  if (periods.length === 0) return undefined;
  return chart.bar({
    title: 'Container changes the relist never reported, by relist period',
    subtitle: 'missed % = true transitions (running / exited / removed) with no PLEG event ÷ all decided transitions',
    xTitle: 'relist period',
    yTitle: 'missed %',
    rows: periods.map((r) => ({ ...plain(r), label: label(r) })),
    category: 'label',
    value: 'missedPct',
  });
}

export function latencyChart(periods: readonly Row[]): ChartRequest | undefined {
  if (periods.length === 0) return undefined;
  const rows = periods.flatMap((r) => [
    { label: label(r), stat: 'mean', value: r.meanLatencyMs as number | null },
    { label: label(r), stat: 'p95', value: r.p95LatencyMs as number | null },
  ]);
  return chart.bar({
    title: 'How late the PLEG reports a change, by relist period',
    subtitle: 'detection latency of the reported transitions: true change → event in the PLEG channel',
    xTitle: 'relist period',
    yTitle: 'latency (ms)',
    rows,
    category: 'label',
    value: 'value',
    series: 'stat',
    seriesTitle: 'statistic',
  });
}

export function costChart(periods: readonly Row[]): ChartRequest | undefined {
  if (periods.length === 0) return undefined;
  return chart.bar({
    title: 'What relisting costs, by relist period',
    subtitle: 'share of the time the kubelet spends relisting (listing + pod inspections)',
    xTitle: 'relist period',
    yTitle: 'time spent relisting (%)',
    rows: periods.map((r) => ({ ...plain(r), label: label(r) })),
    category: 'label',
    value: 'relistBusyPct',
  });
}

/** Relist age vs threshold over time for one node, from the sampled `kubelet` series. */
export function ageChart(recorder: Recorder, node: string): ChartRequest | undefined {
  const rows: ChartRow[] = [];
  for (const s of samplesOf(recorder.samples, 'kubelet', node)) {
    rows.push({ time_s: s.time / 1000, age: s.values.lastRelistAge_s as number, threshold: s.values.relistThreshold_s as number });
  }
  if (rows.length === 0) return undefined;
  return chart.line({
    title: `PLEG health of ${node}: time since the last successful relist`,
    subtitle: 'the node is NotReady ("PLEG is not healthy") while the age is above the threshold',
    xTitle: 'time (s)',
    yTitle: 'seconds',
    rows: downsample(rows, { y: ['age', 'threshold'], maxPoints: 400 }),
    x: 'time_s',
    y: ['age', 'threshold'],
    labels: { age: 'last relist age', threshold: 'relist threshold' },
  });
}
