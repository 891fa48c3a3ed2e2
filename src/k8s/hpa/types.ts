// Plain data of the horizontal pod autoscaler: the normalized autoscaling/v2 spec, the pods and
// metric samples it reads, and the conditions/statuses it reports. Times are virtual ms; metric
// values are Kubernetes "milli-units" (Quantity.MilliValue(): CPU millicores, memory bytes × 1000).
import type { PodPhase, ResourceList } from '../../model/types.js';

/** Resources an HPA Resource/ContainerResource metric may name in kubetwin. */
export type HpaResourceName = 'cpu' | 'memory';

export type PolicyType = 'Pods' | 'Percent';
export type SelectPolicy = 'Max' | 'Min' | 'Disabled';

/** autoscaling/v2 HPAScalingPolicy. */
export interface ScalingPolicy {
  type: PolicyType;
  value: number;
  periodSeconds: number;
}

/** autoscaling/v2 HPAScalingRules after API defaulting. */
export interface ScalingRules {
  /** Undefined only for scaleDown left unset: the controller then uses its downscale window. */
  stabilizationWindowSeconds?: number;
  selectPolicy: SelectPolicy;
  policies: ScalingPolicy[];
}

export interface HpaBehavior {
  scaleUp: ScalingRules;
  scaleDown: ScalingRules;
}

export type MetricTarget =
  | { type: 'Utilization'; averageUtilization: number }
  /** averageValue in milli-units. */
  | { type: 'AverageValue'; averageValue: number };

export type HpaMetric =
  | { type: 'Resource'; resource: HpaResourceName; target: MetricTarget }
  | { type: 'ContainerResource'; resource: HpaResourceName; container: string; target: MetricTarget }
  /** Pods metric: target average value per pod, in milli-units. */
  | { type: 'Pods'; metricName: string; averageValue: number };

/** A validated, defaulted HorizontalPodAutoscaler (autoscaling/v2). */
export interface HpaSpec {
  name: string;
  namespace: string;
  labels: Readonly<Record<string, string>>;
  scaleTargetRef: { apiVersion: string; kind: string; name: string };
  minReplicas: number;
  maxReplicas: number;
  metrics: HpaMetric[];
  /** Undefined when the manifest has no `behavior` (the legacy normalization path). */
  behavior?: HpaBehavior;
}

/** What the replica calculator needs to know about one pod selected by the target's selector. */
export interface HpaPod {
  name: string;
  phase: PodPhase;
  /** deletionTimestamp is set. */
  deleting?: boolean;
  /** Status of the pod's Ready condition; undefined when the pod has no Ready condition. */
  ready?: boolean;
  /** lastTransitionTime of the Ready condition (ms); 0 when unknown. */
  readyLastTransition?: number;
  /** status.startTime (ms); undefined when the kubelet has not started the pod. */
  startTime?: number;
  /** Regular containers with their requests (cpu in millicores, memory in bytes). */
  containers: ReadonlyArray<{ name: string; requests: ResourceList }>;
}

/** One metric value for one pod (k8s metrics.PodMetric). */
export interface PodMetric {
  value: number;
  timestamp: number;
  window: number;
}

/** Pod name → metric (k8s metrics.PodMetricsInfo). Insertion order is kept. */
export type PodMetricsInfo = Map<string, PodMetric>;

export type ConditionType = 'AbleToScale' | 'ScalingActive' | 'ScalingLimited';

export interface HpaCondition {
  type: ConditionType;
  status: 'True' | 'False';
  reason: string;
  message: string;
  lastTransitionTime: number;
}

/** status.currentMetrics entry, plus the proposal kubetwin reports for explanation. */
export interface MetricStatus {
  type: HpaMetric['type'];
  /** Resource name, or the Pods metric name. */
  name: string;
  container?: string;
  /** Absent when the metric could not be computed. */
  current?: { averageUtilization?: number; averageValue: number };
  /** Replica count this metric proposed. */
  proposal?: number;
  /** First-pass usage ratio (current / target). */
  ratio?: number;
  /** Why the metric is invalid this round. */
  error?: string;
}

export interface HpaEvent {
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
}
