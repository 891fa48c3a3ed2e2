// Usage ratios. k8s v1.28 pkg/controller/podautoscaler/metrics/utilization.go.
// Sums are exact (bigint), then divided with Go's int64 truncation, as upstream does.
import { HpaMetricError } from './metrics-client.js';
import type { PodMetricsInfo } from './types.js';

export interface UtilizationRatio {
  /** currentUtilization / target, from the TRUNCATED integer percentage. */
  ratio: number;
  /** floor(100 × Σusage / Σrequest), integer percent. */
  utilization: number;
  /** floor(Σusage / n) over pods with a request, milli-units. */
  rawAverage: number;
}

/**
 * k8s utilization.go GetResourceUtilizationRatio: metrics of pods without a known request are
 * skipped ("extraneous metrics"); a zero request total is an error.
 */
export function getResourceUtilizationRatio(
  metrics: PodMetricsInfo,
  requests: ReadonlyMap<string, number>,
  targetUtilization: number,
): UtilizationRatio {
  let usageTotal = 0n;
  let requestTotal = 0n;
  let entries = 0n;
  for (const [pod, metric] of metrics) {
    const request = requests.get(pod);
    if (request === undefined) continue;
    usageTotal += BigInt(metric.value);
    requestTotal += BigInt(request);
    entries++;
  }
  if (requestTotal === 0n) throw new HpaMetricError('no metrics returned matched known pods');
  const utilization = Number((usageTotal * 100n) / requestTotal);
  return { ratio: utilization / targetUtilization, utilization, rawAverage: Number(usageTotal / entries) };
}

/** k8s utilization.go GetMetricUsageRatio: average = floor(Σvalues / n); ratio = average / target. */
export function getMetricUsageRatio(metrics: PodMetricsInfo, targetUsage: number): { ratio: number; usage: number } {
  let total = 0n;
  for (const m of metrics.values()) total += BigInt(m.value);
  const usage = Number(total / BigInt(metrics.size));
  return { ratio: usage / targetUsage, usage };
}

/** floor(a × b / c) for non-negative integers, exact (Go int64 arithmetic without overflow). */
export function mulDiv(a: number, b: number, c: number): number {
  return Number((BigInt(a) * BigInt(b)) / BigInt(c));
}
