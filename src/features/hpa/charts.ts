// The HPA's charts: replicas against demand over time (two y axes), and each metric as the HPA saw
// it against its target.
import { chart, type ChartRequest, type Row } from '../../sim/charts/types.js';
import type { Recorder, SampleRow } from '../../sim/recorder.js';
import { timeScale } from '../load/charts.js';
import type { HpaSpec } from '../../k8s/hpa/types.js';
import { metricColumn } from './columns.js';
import { samplesOf as indexedSamples } from '../../sim/sample-index.js';

const DEMAND = 'demand (requests/s)';
const COLORS: Record<string, string> = {
  'HPA desired': '#4c78a8',
  'pods ready': '#54a24b',
  'pods Pending': '#f58518',
  [DEMAND]: '#9d755d',
};

function samplesOf(recorder: Recorder, kind: string, object: string): readonly SampleRow[] {
  return indexedSamples(recorder.samples, kind, object);
}

export function replicasChart(recorder: Recorder, spec: HpaSpec): ChartRequest | undefined {
  const hpa = samplesOf(recorder, 'hpa', spec.name);
  if (hpa.length === 0) return undefined;
  const target = spec.scaleTargetRef.name;
  const axis = timeScale(recorder.samples);
  const rows: Row[] = [];
  const push = (list: readonly SampleRow[], column: string, series: string) => {
    for (const s of list) {
      const v = s.values[column];
      if (typeof v === 'number') rows.push({ x: axis.x(s.time), series, value: v });
    }
  };
  push(hpa, 'desiredReplicas', 'HPA desired');
  const service = samplesOf(recorder, 'service', target);
  push(service, 'readyReplicas', 'pods ready');
  push(service, 'podsPending', 'pods Pending');
  const load = samplesOf(recorder, 'load', target);
  push(load, 'demand', DEMAND);
  return chart.dualAxis({
    title: `HPA ${spec.name}: replicas and demand`,
    subtitle: `target deployment/${target}; demand on the right axis`,
    xTitle: axis.title,
    yTitle: 'replicas / pods',
    rows,
    x: 'x',
    series: 'series',
    value: 'value',
    right: { series: DEMAND, title: DEMAND },
    colors: COLORS,
  });
}

export function metricsChart(recorder: Recorder, spec: HpaSpec): ChartRequest | undefined {
  const hpa = samplesOf(recorder, 'hpa', spec.name);
  if (hpa.length === 0 || spec.metrics.length === 0) return undefined;
  const utilization = spec.metrics.filter((m) => m.type !== 'Pods' && m.target.type === 'Utilization');
  const shown = utilization.length ? utilization : [spec.metrics[0]];
  const axis = timeScale(recorder.samples);
  const columns = shown.flatMap((m) => [metricColumn(m), `${metricColumn(m)}Target`]);
  const rows: Row[] = hpa.map((s) => {
    const r: Row = { x: axis.x(s.time) };
    for (const c of columns) r[c] = typeof s.values[c] === 'number' ? (s.values[c] as number) : null;
    return r;
  });
  const labels = Object.fromEntries(
    columns.map((c) => [c, c.endsWith('Target') ? `${c.slice(0, -6)} target` : `${c} (as the HPA sees it)`]),
  );
  return chart.line({
    title: `HPA ${spec.name}: ${utilization.length ? 'utilization against target' : 'metric against target'}`,
    subtitle: utilization.length ? 'percent of request, averaged over the pods with metrics (lagged by the metrics resolution)' : undefined,
    xTitle: axis.title,
    yTitle: utilization.length ? 'percent of request' : metricColumn(shown[0]),
    rows,
    x: 'x',
    y: columns,
    labels,
  });
}
