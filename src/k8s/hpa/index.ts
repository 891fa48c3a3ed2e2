// The horizontal pod autoscaler: public surface (explicit re-exports).
export { hpaControllerConfig, type HpaControllerConfig, type HpaProfile } from './config.js';
export { hpaManifest, MAX_PERIOD_SECONDS, MAX_STABILIZATION_WINDOW_SECONDS, type HpaManifest } from './schema.js';
export { defaultScaleDownRules, defaultScaleUpRules, DEFAULT_CPU_UTILIZATION, parseHpa, toHpaSpec } from './spec.js';
export { newHpaState, reconcile, type HpaState, type ReconcileInput, type ReconcileResult } from './controller.js';
export { computeReplicasForMetrics, type MetricsContext, type MetricsOutcome } from './compute-metrics.js';
export {
  calcPlainMetricReplicas,
  getMetricReplicas,
  getRawResourceReplicas,
  getResourceReplicas,
  type CalculatorConfig,
  type PlainReplicas,
  type ResourceReplicas,
  type ResourceTarget,
} from './replica-calculator.js';
export { calculatePodRequests, groupPods, requestMilli, type GroupedPods } from './group-pods.js';
export { getMetricUsageRatio, getResourceUtilizationRatio } from './utilization.js';
export { getRawMetric, getResourceMetric, HpaMetricError } from './metrics-client.js';
export { DEFAULT_METRIC_RESOLUTION, MetricsSource, toMilliUnits, type PodSample, type ScrapeInput } from './metrics-source.js';
export {
  calculateScaleUpLimit,
  convertDesiredReplicasWithRules,
  normalizeDesiredReplicas,
  stabilizeRecommendation,
  type Limited,
  type Normalized,
  type Recommendation,
} from './normalize.js';
export {
  calculateScaleDownLimitWithBehaviors,
  calculateScaleUpLimitWithScalingRules,
  convertDesiredReplicasWithBehaviorRate,
  getReplicasChangePerPeriod,
  stabilizeRecommendationWithBehaviors,
  type RateArgs,
  type ScaleEvent,
} from './behavior.js';
export { normalizeDesiredReplicasWithBehaviors, type BehaviorInput } from './behavior-normalize.js';
export { getLongestPolicyPeriod, markScaleEventsOutdated, storeScaleEvent } from './scale-events.js';
export { setCondition } from './conditions.js';
export type {
  ConditionType,
  HpaBehavior,
  HpaCondition,
  HpaEvent,
  HpaMetric,
  HpaPod,
  HpaResourceName,
  HpaSpec,
  MetricStatus,
  MetricTarget,
  PodMetric,
  PodMetricsInfo,
  PolicyType,
  ScalingPolicy,
  ScalingRules,
  SelectPolicy,
} from './types.js';
