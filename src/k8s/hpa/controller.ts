// One HPA reconcile, pure: state in, state out. k8s v1.28 pkg/controller/podautoscaler/horizontal.go
// reconcileAutoscaler (decision ladder), recordInitialRecommendation, setStatus.
import { normalizeDesiredReplicasWithBehaviors } from './behavior-normalize.js';
import type { ScaleEvent } from './behavior.js';
import { computeReplicasForMetrics } from './compute-metrics.js';
import { setCondition } from './conditions.js';
import type { HpaControllerConfig } from './config.js';
import type { PodSample } from './metrics-source.js';
import { normalizeDesiredReplicas, type Normalized, type Recommendation } from './normalize.js';
import { storeScaleEvent } from './scale-events.js';
import type { HpaCondition, HpaEvent, HpaPod, HpaSpec, MetricStatus } from './types.js';

/** Everything the controller remembers about one HPA between reconciles (plain data). */
export interface HpaState {
  /** Unstabilized recommendations; undefined until the first reconcile seeds it. */
  recommendations?: Recommendation[];
  scaleUpEvents: ScaleEvent[];
  scaleDownEvents: ScaleEvent[];
  conditions: HpaCondition[];
  /** status.currentReplicas / desiredReplicas / currentMetrics / lastScaleTime */
  currentReplicas: number;
  desiredReplicas: number;
  currentMetrics: MetricStatus[];
  lastScaleTime?: number;
}

export function newHpaState(): HpaState {
  return { scaleUpEvents: [], scaleDownEvents: [], conditions: [], currentReplicas: 0, desiredReplicas: 0, currentMetrics: [] };
}

export interface ReconcileInput {
  hpa: HpaSpec;
  /** scale.spec.replicas of the target. */
  currentReplicas: number;
  /** Pods selected by the target's selector (the pod informer's list). */
  pods: readonly HpaPod[];
  /** The metrics APIs' samples for those pods (may include pods no longer listed). */
  samples: readonly PodSample[];
  config: HpaControllerConfig;
}

export interface ReconcileResult {
  state: HpaState;
  /** The replica count the target should have after this reconcile (= current when not rescaled). */
  desiredReplicas: number;
  /** A scale write happens (desired ≠ current). */
  rescale: boolean;
  rescaleReason?: string;
  conditions: HpaCondition[];
  currentMetrics: MetricStatus[];
  events: HpaEvent[];
  /** The largest metric proposal before normalization, and the metric that made it. */
  metricDesiredReplicas?: number;
  metricName?: string;
  /** The error reconcileAutoscaler would return (logged upstream; no event of its own). */
  error?: string;
}

export function reconcile(state: HpaState, input: ReconcileInput, now: number): ReconcileResult {
  const { hpa, currentReplicas: current, config } = input;
  const reference = `${hpa.scaleTargetRef.kind}/${hpa.namespace}/${hpa.scaleTargetRef.name}`;
  let conditions = setCondition(
    state.conditions,
    'AbleToScale',
    'True',
    'SucceededGetScale',
    "the HPA controller was able to get the target's current scale",
    now,
  );
  // recordInitialRecommendation: a fresh history starts with the current size.
  let recommendations = state.recommendations?.map((r) => ({ ...r })) ?? [{ replicas: current, timestamp: now }];
  const events: HpaEvent[] = [];
  let desired = 0;
  let rescaleReason = '';
  let rescale = true;
  let statuses: MetricStatus[] = [];
  let metric: { replicas: number; name: string } | undefined;
  let error: string | undefined;

  if (current === 0 && hpa.minReplicas !== 0) {
    // Autoscaling is disabled for a target scaled to zero.
    rescale = false;
    conditions = setCondition(
      conditions,
      'ScalingActive',
      'False',
      'ScalingDisabled',
      'scaling is disabled since the replica count of the target is zero',
      now,
    );
  } else if (current > hpa.maxReplicas) {
    rescaleReason = 'Current number of replicas above Spec.MaxReplicas';
    desired = hpa.maxReplicas;
  } else if (current < hpa.minReplicas) {
    rescaleReason = 'Current number of replicas below Spec.MinReplicas';
    desired = hpa.minReplicas;
  } else {
    const m = computeReplicasForMetrics(hpa.metrics, {
      namespace: hpa.namespace,
      specReplicas: current,
      pods: input.pods,
      samples: input.samples,
      cfg: config,
      now,
    });
    events.push(...m.events);
    statuses = m.statuses;
    conditions = setCondition(conditions, 'ScalingActive', m.scalingActive.status, m.scalingActive.reason, m.scalingActive.message, now);
    if (m.replicas === -1) {
      // No scaling this round: status keeps the previous desired count.
      events.push({ type: 'Warning', reason: 'FailedComputeMetricsReplicas', message: m.error ?? '' });
      const next: HpaState = { ...state, recommendations, conditions, currentReplicas: current, currentMetrics: statuses };
      return {
        state: next,
        desiredReplicas: current,
        rescale: false,
        conditions,
        currentMetrics: statuses,
        events,
        error: `failed to compute desired number of replicas based on listed metrics for ${reference}: ${m.error}`,
      };
    }
    error = m.error;
    metric = { replicas: m.replicas, name: m.description };
    let rescaleMetric = '';
    if (m.replicas > desired) {
      desired = m.replicas;
      rescaleMetric = m.description;
    }
    if (desired > current) rescaleReason = `${rescaleMetric} above target`;
    if (desired < current) rescaleReason = 'All metrics below target';
    const n: Normalized = hpa.behavior
      ? normalizeDesiredReplicasWithBehaviors(
          recommendations,
          { up: state.scaleUpEvents, down: state.scaleDownEvents },
          {
            behavior: hpa.behavior,
            currentReplicas: current,
            prenormalized: desired,
            minReplicas: hpa.minReplicas,
            maxReplicas: hpa.maxReplicas,
            downscaleStabilization: config.downscaleStabilization,
          },
          now,
        )
      : normalizeDesiredReplicas(recommendations, current, desired, hpa.minReplicas, hpa.maxReplicas, config, now);
    recommendations = n.recommendations;
    conditions = setCondition(conditions, 'AbleToScale', 'True', n.ableToScale.reason, n.ableToScale.message, now);
    conditions = setCondition(
      conditions,
      'ScalingLimited',
      n.scalingLimited.status,
      n.scalingLimited.reason,
      n.scalingLimited.message,
      now,
    );
    desired = n.replicas;
    rescale = desired !== current;
  }

  let scaleEvents = { up: state.scaleUpEvents, down: state.scaleDownEvents };
  let lastScaleTime = state.lastScaleTime;
  if (rescale) {
    conditions = setCondition(
      conditions,
      'AbleToScale',
      'True',
      'SucceededRescale',
      `the HPA controller was able to update the target scale to ${desired}`,
      now,
    );
    events.push({ type: 'Normal', reason: 'SuccessfulRescale', message: `New size: ${desired}; reason: ${rescaleReason}` });
    scaleEvents = storeScaleEvent(hpa.behavior, scaleEvents, current, desired, now);
    lastScaleTime = now;
  } else {
    desired = current;
  }
  const next: HpaState = {
    recommendations,
    scaleUpEvents: [...scaleEvents.up],
    scaleDownEvents: [...scaleEvents.down],
    conditions,
    currentReplicas: current,
    desiredReplicas: desired,
    currentMetrics: statuses,
    lastScaleTime,
  };
  return {
    state: next,
    desiredReplicas: desired,
    rescale,
    rescaleReason: rescale ? rescaleReason : undefined,
    conditions,
    currentMetrics: statuses,
    events,
    metricDesiredReplicas: metric?.replicas,
    metricName: metric?.name,
    error,
  };
}
