// What the HPA's metrics client extracts from the metrics APIs for one metric.
// k8s v1.28 pkg/controller/podautoscaler/metrics/client.go (resourceMetricsClient, customMetricsClient).
import type { PodSample } from './metrics-source.js';
import type { HpaResourceName, PodMetricsInfo } from './types.js';

/** A metric could not be computed; the message mirrors Kubernetes' error text. */
export class HpaMetricError extends Error {}

export interface FetchedMetrics {
  metrics: PodMetricsInfo;
  /** Timestamp of the first item, as the client reports it. */
  timestamp: number;
}

/**
 * k8s client.go GetResourceMetric: per pod the sum over its containers (getPodMetrics), or the
 * named container's value (getContainerMetrics, which fails if a pod lacks that container).
 */
export function getResourceMetric(
  samples: readonly PodSample[],
  resource: HpaResourceName,
  namespace: string,
  container?: string,
): FetchedMetrics {
  if (samples.length === 0) throw new HpaMetricError('no metrics returned from resource metrics API');
  const metrics: PodMetricsInfo = new Map();
  for (const s of samples) {
    if (container) {
      const c = s.containers?.find((x) => x.name === container);
      if (!c) {
        throw new HpaMetricError(
          `failed to get container metrics: container ${container} not present in metrics for pod ${namespace}/${s.pod}`,
        );
      }
      metrics.set(s.pod, { value: c[resource], timestamp: s.timestamp, window: s.window });
    } else {
      metrics.set(s.pod, { value: s[resource], timestamp: s.timestamp, window: s.window });
    }
  }
  return { metrics, timestamp: samples[0].timestamp };
}

/** k8s client.go customMetricsClient.GetRawMetric: the pods that report the named metric. */
export function getRawMetric(samples: readonly PodSample[], metricName: string): FetchedMetrics {
  const metrics: PodMetricsInfo = new Map();
  let timestamp: number | undefined;
  for (const s of samples) {
    const value = s.custom[metricName];
    if (value === undefined) continue;
    timestamp ??= s.timestamp;
    metrics.set(s.pod, { value, timestamp: s.timestamp, window: s.window });
  }
  if (timestamp === undefined) throw new HpaMetricError('no metrics returned from custom metrics API');
  return { metrics, timestamp };
}
