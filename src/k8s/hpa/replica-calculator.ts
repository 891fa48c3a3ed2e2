// Replica proposals for one metric. k8s v1.28 pkg/controller/podautoscaler/replica_calculator.go
// (GetResourceReplicas, GetRawResourceReplicas, GetMetricReplicas, calcPlainMetricReplicas).
import type { HpaControllerConfig } from './config.js';
import { calculatePodRequests, groupPods, type GroupedPods } from './group-pods.js';
import { getRawMetric, getResourceMetric, HpaMetricError } from './metrics-client.js';
import type { PodSample } from './metrics-source.js';
import type { HpaPod, HpaResourceName, PodMetricsInfo } from './types.js';
import { getMetricUsageRatio, getResourceUtilizationRatio, mulDiv } from './utilization.js';

export type CalculatorConfig = Pick<HpaControllerConfig, 'tolerance' | 'cpuInitializationPeriod' | 'initialReadinessDelay'>;

export interface ResourceTarget {
  resource: HpaResourceName;
  namespace: string;
  /** ContainerResource metrics: the container whose usage and request count. */
  container?: string;
}

export interface ResourceReplicas {
  replicas: number;
  utilization: number;
  rawAverage: number;
  ratio: number;
  timestamp: number;
}

export interface PlainReplicas {
  replicas: number;
  /** Average value per pod, milli-units. */
  usage: number;
  ratio: number;
  timestamp: number;
}

function wrapped<T>(prefix: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof HpaMetricError) throw new HpaMetricError(`${prefix}: ${e.message}`);
    throw e;
  }
}

/** Groups the pods and drops the samples of ignored and unready pods (k8s removeMetricsForPods). */
function prepare(pods: readonly HpaPod[], fetched: PodMetricsInfo, resource: HpaResourceName | '', cfg: CalculatorConfig, now: number) {
  if (pods.length === 0) throw new HpaMetricError('no pods returned by selector while calculating replica count');
  const metrics: PodMetricsInfo = new Map(fetched);
  const groups = groupPods(pods, metrics, resource, cfg.cpuInitializationPeriod, cfg.initialReadinessDelay, now);
  for (const name of [...groups.ignored, ...groups.unready]) metrics.delete(name);
  if (metrics.size === 0) throw new HpaMetricError('did not receive metrics for targeted pods (pods might be unready)');
  return { metrics, groups };
}

/**
 * The fast path and the slow path shared by both calculations: missing pods count as
 * `missingOnScaleDown(pod)` on a scale-down and 0 on a scale-up; unready pods count as 0 on a
 * scale-up only; no change within tolerance or when the recomputed ratio flips direction.
 */
function decide(
  currentReplicas: number,
  tolerance: number,
  usageRatio: number,
  groups: GroupedPods,
  metrics: PodMetricsInfo,
  missingOnScaleDown: (pod: string) => number,
  recompute: (m: PodMetricsInfo) => number,
): number {
  const scaleUpWithUnready = groups.unready.size > 0 && usageRatio > 1;
  if (!scaleUpWithUnready && groups.missing.size === 0) {
    if (Math.abs(1 - usageRatio) <= tolerance) return currentReplicas;
    return Math.ceil(usageRatio * groups.readyPodCount);
  }
  if (usageRatio < 1) {
    for (const pod of groups.missing) metrics.set(pod, { value: missingOnScaleDown(pod), timestamp: 0, window: 0 });
  } else if (usageRatio > 1) {
    for (const pod of groups.missing) metrics.set(pod, { value: 0, timestamp: 0, window: 0 });
  }
  if (scaleUpWithUnready) {
    for (const pod of groups.unready) metrics.set(pod, { value: 0, timestamp: 0, window: 0 });
  }
  const newRatio = recompute(metrics);
  if (Math.abs(1 - newRatio) <= tolerance || (usageRatio < 1 && newRatio > 1) || (usageRatio > 1 && newRatio < 1)) {
    return currentReplicas;
  }
  // The count includes samples of pods that are not in the pod list.
  const newReplicas = Math.ceil(newRatio * metrics.size);
  if ((newRatio < 1 && newReplicas > currentReplicas) || (newRatio > 1 && newReplicas < currentReplicas)) return currentReplicas;
  return newReplicas;
}

/** k8s GetResourceReplicas: target utilization in percent of the pods' requests. */
export function getResourceReplicas(
  currentReplicas: number,
  targetUtilization: number,
  target: ResourceTarget,
  pods: readonly HpaPod[],
  samples: readonly PodSample[],
  cfg: CalculatorConfig,
  now: number,
): ResourceReplicas {
  const fetched = wrapped(`unable to get metrics for resource ${target.resource}`, () =>
    getResourceMetric(samples, target.resource, target.namespace, target.container),
  );
  const { metrics, groups } = prepare(pods, fetched.metrics, target.resource, cfg, now);
  const requests = calculatePodRequests(pods, target.container, target.resource);
  const first = getResourceUtilizationRatio(metrics, requests, targetUtilization);
  // On a scale-down a missing pod is assumed at 100 % of its request, or at the target if above 100 %.
  const fallback = Math.max(100, targetUtilization);
  const replicas = decide(
    currentReplicas,
    cfg.tolerance,
    first.ratio,
    groups,
    metrics,
    (pod) => mulDiv(requests.get(pod) ?? 0, fallback, 100),
    (m) => getResourceUtilizationRatio(m, requests, targetUtilization).ratio,
  );
  return { replicas, utilization: first.utilization, rawAverage: first.rawAverage, ratio: first.ratio, timestamp: fetched.timestamp };
}

/** k8s calcPlainMetricReplicas: a target average value per pod (milli-units). */
export function calcPlainMetricReplicas(
  fetched: PodMetricsInfo,
  currentReplicas: number,
  targetUsage: number,
  pods: readonly HpaPod[],
  resource: HpaResourceName | '',
  cfg: CalculatorConfig,
  now: number,
): { replicas: number; usage: number; ratio: number } {
  const { metrics, groups } = prepare(pods, fetched, resource, cfg, now);
  const first = getMetricUsageRatio(metrics, targetUsage);
  // On a scale-down a missing pod is assumed to use exactly the target.
  const replicas = decide(
    currentReplicas,
    cfg.tolerance,
    first.ratio,
    groups,
    metrics,
    () => targetUsage,
    (m) => getMetricUsageRatio(m, targetUsage).ratio,
  );
  return { replicas, usage: first.usage, ratio: first.ratio };
}

/** k8s GetRawResourceReplicas: Resource/ContainerResource metric with an AverageValue target. */
export function getRawResourceReplicas(
  currentReplicas: number,
  targetUsage: number,
  target: ResourceTarget,
  pods: readonly HpaPod[],
  samples: readonly PodSample[],
  cfg: CalculatorConfig,
  now: number,
): PlainReplicas {
  const fetched = wrapped(`unable to get metrics for resource ${target.resource}`, () =>
    getResourceMetric(samples, target.resource, target.namespace, target.container),
  );
  return {
    ...calcPlainMetricReplicas(fetched.metrics, currentReplicas, targetUsage, pods, target.resource, cfg, now),
    timestamp: fetched.timestamp,
  };
}

/** k8s GetMetricReplicas: a Pods metric with an AverageValue target. */
export function getMetricReplicas(
  currentReplicas: number,
  targetUsage: number,
  metricName: string,
  pods: readonly HpaPod[],
  samples: readonly PodSample[],
  cfg: CalculatorConfig,
  now: number,
): PlainReplicas {
  const fetched = wrapped(`unable to get metric ${metricName}`, () => getRawMetric(samples, metricName));
  return { ...calcPlainMetricReplicas(fetched.metrics, currentReplicas, targetUsage, pods, '', cfg, now), timestamp: fetched.timestamp };
}
