// Charts every run has, drawn from the core series (src/sim/core-series.ts and the Deployment
// controller's `service` rows): node allocation, pods by phase, and replicas per service. Each is
// thinned for the chart only (timeseries.csv keeps every sample: charts drop samples that repeat
// the one before, then keep the extremes of ~400 buckets per series) and left out when the run has
// nothing for it to show (no Deployments → no replicas chart).
import type { Recorder, SampleRow } from './recorder.js';
import { downsample, type Row } from '../sim/charts/downsample.js';
import { stackedAreaChart, stepChart } from './charts/specs.js';
import type { VegaLiteSpec } from './charts/compile.js';
import { onAxis, timeAxis, type TimeAxis } from '../sim/charts/time-axis.js';

/** Points kept per series on a chart: min and max of ~400 buckets across the default 640 px plot. */
export const CHART_MAX_POINTS = 800;
/** Above this many nodes the allocation chart shows the cluster total and the fullest node. */
export const MAX_NODES_DRAWN = 6;

export interface CoreChart {
  name: string;
  spec: VegaLiteSpec;
}

const PHASE_COLORS: Record<string, string> = {
  Pending: '#f58518',
  Running: '#54a24b',
  Succeeded: '#4c78a8',
  Failed: '#e45756',
  Unknown: '#9d755d',
};

function rowsOf(recorder: Recorder, kind: string): SampleRow[] {
  return recorder.samples.filter((s) => s.kind === kind);
}

function num(v: unknown): number {
  return typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : 0;
}

function percent(part: number, whole: number): number | null {
  return whole > 0 ? Number(((100 * part) / whole).toFixed(2)) : null;
}

/** Whole-number ticks on the y axis (pod and replica counts). */
function integerY(spec: VegaLiteSpec): VegaLiteSpec {
  const enc = (spec as unknown as { encoding: { y: Record<string, unknown> } }).encoding;
  enc.y.axis = { tickMinStep: 1, format: 'd' };
  return spec;
}

/**
 * Some series drawn dashed (memory over CPU, desired over ready), so two series with equal values
 * still both show. The dash scale shares the colour legend's field and title, so the legends merge.
 */
function dashed(spec: VegaLiteSpec, isDashed: (series: string) => boolean): VegaLiteSpec {
  const enc = (spec as unknown as { encoding: Record<string, Record<string, unknown>> }).encoding;
  const domain = (enc.color.scale as { domain: string[] }).domain;
  enc.strokeDash = {
    field: 'series',
    type: 'nominal',
    title: enc.color.title,
    sort: domain,
    scale: { domain, range: domain.map((s) => (isDashed(s) ? [6, 3] : [1, 0])) },
  };
  return spec;
}

/**
 * Drops rows that repeat the previous row of their series in every field, keeping each series'
 * last row. The charts hold each value until the next row (step-after), so this loses nothing.
 */
export function dropRepeats(rows: readonly Row[], fields: readonly string[], series?: string): Row[] {
  const last = new Map<string, number>();
  rows.forEach((r, i) => last.set(series === undefined ? '' : String(r[series]), i));
  const prev = new Map<string, Row>();
  return rows.filter((r, i) => {
    const key = series === undefined ? '' : String(r[series]);
    const before = prev.get(key);
    prev.set(key, r);
    return before === undefined || last.get(key) === i || fields.some((f) => before[f] !== r[f]);
  });
}

/** Long rows `{t, series, value}` without repeats, thinned per series. */
function thinLong(rows: Row[]): Row[] {
  return downsample(dropRepeats(rows, ['value'], 'series'), { y: 'value', series: 'series', maxPoints: CHART_MAX_POINTS });
}

/** Requested CPU and memory as a share of allocatable, per node (or cluster total and fullest node). */
export function nodeAllocationChart(recorder: Recorder, axis: TimeAxis): CoreChart | undefined {
  const samples = rowsOf(recorder, 'node');
  if (samples.length === 0) return undefined;
  const nodes = new Set(samples.map((s) => s.object));
  const perNode = nodes.size <= MAX_NODES_DRAWN;
  const rows: Row[] = [];
  const byTime = new Map<number, SampleRow[]>();
  for (const s of samples) {
    const list = byTime.get(s.time);
    if (list) list.push(s);
    else byTime.set(s.time, [s]);
  }
  for (const [time, list] of byTime) {
    const t = onAxis(time, axis);
    for (const [res, req, alloc] of [
      ['CPU', 'cpuRequestedMilli', 'cpuAllocatableMilli'],
      ['memory', 'memoryRequestedBytes', 'memoryAllocatableBytes'],
    ]) {
      if (perNode) {
        for (const s of list) rows.push({ t, series: `${s.object} ${res}`, value: percent(num(s.values[req]), num(s.values[alloc])) });
        continue;
      }
      let sumReq = 0,
        sumAlloc = 0,
        fullest: number | null = null;
      for (const s of list) {
        sumReq += num(s.values[req]);
        sumAlloc += num(s.values[alloc]);
        const p = percent(num(s.values[req]), num(s.values[alloc]));
        if (p !== null && (fullest === null || p > fullest)) fullest = p;
      }
      rows.push(
        { t, series: `${res}, all nodes`, value: percent(sumReq, sumAlloc) },
        { t, series: `${res}, fullest node`, value: fullest },
      );
    }
  }
  return {
    name: 'node-allocation',
    spec: dashed(
      stepChart({
        rows: thinLong(rows),
        x: 't',
        y: 'value',
        series: 'series',
        seriesTitle: perNode ? 'node, resource' : `${nodes.size} nodes`,
        title: 'Node allocation',
        subtitle: 'Requests of the pods bound to a node, as a share of its allocatable CPU and memory (dashed)',
        xTitle: axis.title,
        yTitle: 'requested (% of allocatable)',
      }),
      (s) => s.includes('memory'),
    ),
  };
}

/** Pods per phase, stacked (sample-and-hold between samples). Phases never seen are left out. */
export function podPhasesChart(recorder: Recorder, axis: TimeAxis): CoreChart | undefined {
  const samples = rowsOf(recorder, 'cluster');
  const phases = Object.keys(PHASE_COLORS).filter((p) => samples.some((s) => num(s.values[`pods${p}`]) > 0));
  if (phases.length === 0) return undefined;
  const rows: Row[] = samples.map((s) => ({
    t: onAxis(s.time, axis),
    ...Object.fromEntries(phases.map((p) => [p, num(s.values[`pods${p}`])])),
  }));
  // Wide rows thinned together, so every phase keeps the same times and the stack stays aligned.
  const thinned = downsample(dropRepeats(rows, phases), { y: phases, maxPoints: Math.max(CHART_MAX_POINTS, 4 * phases.length + 2) });
  return {
    name: 'pod-phases',
    spec: integerY(
      stackedAreaChart({
        rows: thinned,
        x: 't',
        y: phases,
        seriesTitle: 'phase',
        colors: PHASE_COLORS,
        title: 'Pods by phase',
        subtitle: 'Pods that exist in the API, by status.phase',
        xTitle: axis.title,
        yTitle: 'pods',
      }),
    ),
  };
}

/** Desired and Ready replicas per Deployment over time. */
export function replicasChart(recorder: Recorder, axis: TimeAxis): CoreChart | undefined {
  const samples = rowsOf(recorder, 'service');
  if (samples.length === 0) return undefined;
  const rows: Row[] = [];
  for (const s of samples) {
    const t = onAxis(s.time, axis);
    rows.push({ t, series: `${s.object} ready`, value: num(s.values.readyReplicas) });
    rows.push({ t, series: `${s.object} desired`, value: num(s.values.replicas) });
  }
  return {
    name: 'replicas',
    spec: integerY(
      dashed(
        stepChart({
          rows: thinLong(rows),
          x: 't',
          y: 'value',
          series: 'series',
          seriesTitle: 'Deployment',
          title: 'Replicas per service',
          subtitle: 'Ready pods and desired replicas (spec.replicas, dashed) of each Deployment',
          xTitle: axis.title,
          yTitle: 'replicas',
        }),
        (s) => s.endsWith(' desired'),
      ),
    ),
  };
}

/** The core charts of a finished run, in report order. */
export function coreCharts(recorder: Recorder, durationMs: number): CoreChart[] {
  const axis = timeAxis(durationMs);
  return [nodeAllocationChart(recorder, axis), podPhasesChart(recorder, axis), replicasChart(recorder, axis)].filter(
    (c): c is CoreChart => c !== undefined,
  );
}
