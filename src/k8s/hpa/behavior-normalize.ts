// k8s v1.28 pkg/controller/podautoscaler/horizontal.go normalizeDesiredReplicasWithBehaviors and
// maybeInitScaleDownStabilizationWindow: stabilize, then rate-limit.
import { convertDesiredReplicasWithBehaviorRate, stabilizeRecommendationWithBehaviors, type ScaleEvent } from './behavior.js';
import type { Normalized, Recommendation } from './normalize.js';
import type { HpaBehavior } from './types.js';

export interface BehaviorInput {
  behavior: HpaBehavior;
  currentReplicas: number;
  prenormalized: number;
  minReplicas: number;
  maxReplicas: number;
  /** Controller downscale stabilization (ms), used when scaleDown.stabilizationWindowSeconds is unset. */
  downscaleStabilization: number;
}

export function normalizeDesiredReplicasWithBehaviors(
  recommendations: readonly Recommendation[],
  events: { up: readonly ScaleEvent[]; down: readonly ScaleEvent[] },
  input: BehaviorInput,
  now: number,
): Normalized {
  const { behavior } = input;
  // maybeInitScaleDownStabilizationWindow: an unset scale-down window takes the controller's (whole seconds).
  const scaleDown = {
    ...behavior.scaleDown,
    stabilizationWindowSeconds: behavior.scaleDown.stabilizationWindowSeconds ?? Math.trunc(input.downscaleStabilization / 1000),
  };
  const scaleUp = { ...behavior.scaleUp, stabilizationWindowSeconds: behavior.scaleUp.stabilizationWindowSeconds ?? 0 };
  const s = stabilizeRecommendationWithBehaviors(
    recommendations,
    input.currentReplicas,
    input.prenormalized,
    scaleUp.stabilizationWindowSeconds,
    scaleDown.stabilizationWindowSeconds,
    now,
  );
  const ableToScale =
    s.stabilized !== input.prenormalized
      ? { reason: s.reason, message: s.message }
      : { reason: 'ReadyForNewScale', message: 'recommended size matches current size' };
  const c = convertDesiredReplicasWithBehaviorRate(
    {
      currentReplicas: input.currentReplicas,
      desiredReplicas: s.stabilized,
      minReplicas: input.minReplicas,
      maxReplicas: input.maxReplicas,
      scaleUp,
      scaleDown,
    },
    events.up,
    events.down,
    now,
  );
  return {
    replicas: c.replicas,
    recommendations: s.recommendations,
    ableToScale,
    scalingLimited: { status: c.replicas === s.stabilized ? 'False' : 'True', reason: c.reason, message: c.message },
  };
}
