// Columns of the `hpa` series: replica counts, per metric its current value and target, and the
// three status conditions. Metric columns depend on the scenario's HPAs, so the catalog is built
// from them before the run (expectations are checked against it).
import type { HpaMetric, MetricStatus } from '../../k8s/hpa/types.js';
import type { HpaCondition } from '../../k8s/hpa/types.js';

export const BASE_COLUMNS = ['desiredReplicas', 'currentReplicas', 'minReplicas', 'maxReplicas'] as const;
export const CONDITION_COLUMNS = [
  'ableToScale',
  'ableToScaleReason',
  'scalingActive',
  'scalingActiveReason',
  'scalingLimited',
  'scalingLimitedReason',
] as const;

function clean(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, '_');
}

/**
 * Column of a metric's current value (its target is the same name + `Target`):
 * cpuUtilization (percent of request), cpuAverageMilli, memoryUtilization, memoryAverageBytes; for a
 * ContainerResource metric `_<container>` is appended; Pods metrics are `pods_<metric name>`.
 */
export function metricColumn(m: HpaMetric): string {
  if (m.type === 'Pods') return `pods_${clean(m.metricName)}`;
  const base =
    m.target.type === 'Utilization' ? `${m.resource}Utilization` : m.resource === 'cpu' ? 'cpuAverageMilli' : 'memoryAverageBytes';
  return m.type === 'ContainerResource' ? `${base}_${clean(m.container)}` : base;
}

/** Target in the column's unit (percent, millicores, bytes, or the Pods metric's base unit). */
export function metricTarget(m: HpaMetric): number {
  if (m.type === 'Pods') return m.averageValue / 1000;
  if (m.target.type === 'Utilization') return m.target.averageUtilization;
  return m.resource === 'cpu' ? m.target.averageValue : m.target.averageValue / 1000;
}

/** Current value in the column's unit, or null when the metric could not be computed. */
export function metricCurrent(m: HpaMetric, s: MetricStatus | undefined): number | null {
  const c = s?.current;
  if (!c) return null;
  if (m.type !== 'Pods' && m.target.type === 'Utilization') return c.averageUtilization ?? null;
  if (m.type !== 'Pods' && m.resource === 'cpu') return c.averageValue;
  return c.averageValue / 1000;
}

export function hpaColumns(metricLists: ReadonlyArray<readonly HpaMetric[]>): string[] {
  const cols: string[] = [...BASE_COLUMNS];
  for (const list of metricLists) {
    for (const m of list) {
      const c = metricColumn(m);
      if (!cols.includes(c)) cols.push(c, `${c}Target`);
    }
  }
  return [...cols, ...CONDITION_COLUMNS];
}

export function conditionCells(conditions: readonly HpaCondition[]): Record<string, boolean | string | null> {
  const get = (t: HpaCondition['type']) => conditions.find((c) => c.type === t);
  const out: Record<string, boolean | string | null> = {};
  for (const [col, type] of [
    ['ableToScale', 'AbleToScale'],
    ['scalingActive', 'ScalingActive'],
    ['scalingLimited', 'ScalingLimited'],
  ] as const) {
    const c = get(type);
    out[col] = c ? c.status === 'True' : null;
    out[`${col}Reason`] = c ? c.reason : null;
  }
  return out;
}
