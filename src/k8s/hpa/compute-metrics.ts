// One replica proposal per metric, and their combination.
// k8s v1.28 pkg/controller/podautoscaler/horizontal.go computeReplicasForMetrics,
// computeReplicasForMetric, computeStatusForResourceMetricGeneric, computeStatusForPodsMetric,
// getUnableComputeReplicaCountCondition.
import { HpaMetricError } from './metrics-client.js';
import type { PodSample } from './metrics-source.js';
import { getMetricReplicas, getRawResourceReplicas, getResourceReplicas, type CalculatorConfig } from './replica-calculator.js';
import type { HpaEvent, HpaMetric, HpaPod, MetricStatus } from './types.js';

export interface MetricsContext {
  namespace: string;
  /** scale.spec.replicas */
  specReplicas: number;
  pods: readonly HpaPod[];
  samples: readonly PodSample[];
  cfg: CalculatorConfig;
  now: number;
}

type Outcome =
  | { ok: true; replicas: number; description: string; timestamp: number; status: MetricStatus }
  | { ok: false; reason: string; inner: string; error: string; status: MetricStatus };

function statusBase(m: HpaMetric): MetricStatus {
  if (m.type === 'Pods') return { type: 'Pods', name: m.metricName };
  return m.type === 'ContainerResource' ? { type: m.type, name: m.resource, container: m.container } : { type: m.type, name: m.resource };
}

function attempt(m: HpaMetric, c: MetricsContext): Outcome {
  const base = statusBase(m);
  if (m.type === 'Pods') {
    try {
      const r = getMetricReplicas(c.specReplicas, m.averageValue, m.metricName, c.pods, c.samples, c.cfg, c.now);
      return {
        ok: true,
        replicas: r.replicas,
        description: `pods metric ${m.metricName}`,
        timestamp: r.timestamp,
        status: { ...base, current: { averageValue: r.usage }, proposal: r.replicas, ratio: r.ratio },
      };
    } catch (e) {
      const inner = messageOf(e);
      return {
        ok: false,
        reason: 'FailedGetPodsMetric',
        inner,
        error: `failed to get pods metric value: ${inner}`,
        status: { ...base, error: inner },
      };
    }
  }
  const target = { resource: m.resource, namespace: c.namespace, container: m.type === 'ContainerResource' ? m.container : undefined };
  const container = m.type === 'ContainerResource';
  try {
    if (m.target.type === 'AverageValue') {
      const averageValue = m.target.averageValue;
      const r = wrap(`failed to get ${m.resource} usage`, () =>
        getRawResourceReplicas(c.specReplicas, averageValue, target, c.pods, c.samples, c.cfg, c.now),
      );
      return {
        ok: true,
        replicas: r.replicas,
        description: `${m.resource} resource`,
        timestamp: r.timestamp,
        status: { ...base, current: { averageValue: r.usage }, proposal: r.replicas, ratio: r.ratio },
      };
    }
    const utilization = m.target.averageUtilization;
    const r = wrap(`failed to get ${m.resource} utilization`, () =>
      getResourceReplicas(c.specReplicas, utilization, target, c.pods, c.samples, c.cfg, c.now),
    );
    const description = container
      ? `${m.resource} container resource utilization (percentage of request)`
      : `${m.resource} resource utilization (percentage of request)`;
    return {
      ok: true,
      replicas: r.replicas,
      description,
      timestamp: r.timestamp,
      status: { ...base, current: { averageUtilization: r.utilization, averageValue: r.rawAverage }, proposal: r.replicas, ratio: r.ratio },
    };
  } catch (e) {
    const inner = messageOf(e);
    return m.type === 'ContainerResource'
      ? {
          ok: false,
          reason: 'FailedGetContainerResourceMetric',
          inner,
          error: `failed to get ${m.container} container metric value: ${inner}`,
          status: { ...base, error: inner },
        }
      : {
          ok: false,
          reason: 'FailedGetResourceMetric',
          inner,
          error: `failed to get ${m.resource} resource metric value: ${inner}`,
          status: { ...base, error: inner },
        };
  }
}

function wrap<T>(prefix: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw new HpaMetricError(`${prefix}: ${messageOf(e)}`);
  }
}

function messageOf(e: unknown): string {
  if (e instanceof HpaMetricError) return e.message;
  throw e;
}

export interface MetricsOutcome {
  /** The largest valid proposal, or -1 when the round failed (no scaling). */
  replicas: number;
  description: string;
  timestamp: number;
  statuses: MetricStatus[];
  /** "invalid metrics (…)" when some metric failed (also set when scaling proceeds). */
  error?: string;
  events: HpaEvent[];
  /** The ScalingActive condition this step sets. */
  scalingActive: { status: 'True' | 'False'; reason: string; message: string };
}

/**
 * k8s computeReplicasForMetrics: the max of the valid proposals (replaced while still 0 or when
 * larger). Failure (-1) if every metric is invalid, or some are and the valid max would scale down.
 */
export function computeReplicasForMetrics(metrics: readonly HpaMetric[], c: MetricsContext): MetricsOutcome {
  let replicas = 0;
  let description = '';
  let timestamp = 0;
  let invalid = 0;
  let first: Extract<Outcome, { ok: false }> | undefined;
  const statuses: MetricStatus[] = [];
  const events: HpaEvent[] = [];
  for (const m of metrics) {
    const o = attempt(m, c);
    statuses.push(o.status);
    if (!o.ok) {
      // getUnableComputeReplicaCountCondition records a warning event per failed metric.
      events.push({ type: 'Warning', reason: o.reason, message: o.inner });
      first ??= o;
      invalid++;
      continue;
    }
    if (replicas === 0 || o.replicas > replicas) {
      replicas = o.replicas;
      description = o.description;
      timestamp = o.timestamp;
    }
  }
  const error = first ? `invalid metrics (${invalid} invalid out of ${metrics.length}), first error is: ${first.error}` : undefined;
  if (first && (invalid >= metrics.length || replicas < c.specReplicas)) {
    const scalingActive = {
      status: 'False' as const,
      reason: first.reason,
      message: `the HPA was unable to compute the replica count: ${first.inner}`,
    };
    return { replicas: -1, description: '', timestamp: 0, statuses, error, events, scalingActive };
  }
  const scalingActive = {
    status: 'True' as const,
    reason: 'ValidMetricFound',
    message: `the HPA was able to successfully calculate a replica count from ${description}`,
  };
  return { replicas, description, timestamp, statuses, error, events, scalingActive };
}
