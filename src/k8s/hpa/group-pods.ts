// Sorting the target's pods before a replica calculation, and their resource requests.
// k8s v1.28 pkg/controller/podautoscaler/replica_calculator.go groupPods, calculatePodRequests.
import { HpaMetricError } from './metrics-client.js';
import type { HpaPod, HpaResourceName, PodMetricsInfo } from './types.js';

export interface GroupedPods {
  readyPodCount: number;
  unready: Set<string>;
  missing: Set<string>;
  ignored: Set<string>;
}

/**
 * k8s replica_calculator.go groupPods. `resource` is '' for Pods metrics: the CPU readiness rules
 * apply to CPU only. Time comparisons are strict, as Go's time.After/Before.
 */
export function groupPods(
  pods: readonly HpaPod[],
  metrics: PodMetricsInfo,
  resource: HpaResourceName | '',
  cpuInitializationPeriod: number,
  initialReadinessDelay: number,
  now: number,
): GroupedPods {
  const g: GroupedPods = { readyPodCount: 0, unready: new Set(), missing: new Set(), ignored: new Set() };
  for (const pod of pods) {
    // Deleted and failed pods are dropped entirely.
    if (pod.deleting || pod.phase === 'Failed') {
      g.ignored.add(pod.name);
      continue;
    }
    // Pending pods count as unready.
    if (pod.phase === 'Pending') {
      g.unready.add(pod.name);
      continue;
    }
    const metric = metrics.get(pod.name);
    if (!metric) {
      g.missing.add(pod.name);
      continue;
    }
    if (resource === 'cpu' && isUnreadyForCpu(pod, metric.timestamp, metric.window, cpuInitializationPeriod, initialReadinessDelay, now)) {
      g.unready.add(pod.name);
      continue;
    }
    g.readyPodCount++;
  }
  return g;
}

function isUnreadyForCpu(
  pod: HpaPod,
  sampleTime: number,
  window: number,
  initPeriod: number,
  readinessDelay: number,
  now: number,
): boolean {
  if (pod.ready === undefined || pod.startTime === undefined) return true;
  const transition = pod.readyLastTransition ?? 0;
  if (pod.startTime + initPeriod > now) {
    // Still initializing: unready if not Ready, or no full metric window since the last transition.
    return !pod.ready || sampleTime < transition + window;
  }
  // After initialization: ignore only a pod that is unready and has never been ready.
  return !pod.ready && pod.startTime + readinessDelay > transition;
}

/** Request of one resource in milli-units (Quantity.MilliValue()): cpu is already millicores. */
export function requestMilli(resource: string, amount: number): number {
  return resource === 'cpu' ? amount : amount * 1000;
}

/**
 * k8s v1.28 calculatePodRequests: per pod, the sum of its regular containers' requests (or the named
 * container's). Any matching container without a request fails the metric. Init containers are not
 * counted in v1.28.
 */
export function calculatePodRequests(
  pods: readonly HpaPod[],
  container: string | undefined,
  resource: HpaResourceName,
): Map<string, number> {
  const requests = new Map<string, number>();
  for (const pod of pods) {
    let sum = 0;
    for (const c of pod.containers) {
      if (container && container !== c.name) continue;
      const amount = c.requests[resource];
      if (amount === undefined) {
        throw new HpaMetricError(`missing request for ${resource} in container ${c.name} of Pod ${pod.name}`);
      }
      sum += requestMilli(resource, amount);
    }
    requests.set(pod.name, sum);
  }
  return requests;
}
