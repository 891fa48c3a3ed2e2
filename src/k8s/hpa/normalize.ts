// Normalization of a metric proposal when the HPA has no `behavior` (the legacy path).
// k8s v1.28 pkg/controller/podautoscaler/horizontal.go stabilizeRecommendation,
// normalizeDesiredReplicas, convertDesiredReplicasWithRules, calculateScaleUpLimit.
import type { HpaControllerConfig } from './config.js';

/** An unstabilized recommendation kept in the HPA's history. */
export interface Recommendation {
  replicas: number;
  timestamp: number;
}

export interface Limited {
  replicas: number;
  reason: string;
  message: string;
}

/**
 * k8s stabilizeRecommendation: the max of `desired` and every stored recommendation not older than
 * the downscale window (a timestamp exactly at the cutoff still counts). Storage: the LAST entry
 * older than the window is overwritten with (desired, now), else (desired, now) is appended.
 */
export function stabilizeRecommendation(
  recommendations: readonly Recommendation[],
  desired: number,
  window: number,
  now: number,
): { stabilized: number; recommendations: Recommendation[] } {
  const cutoff = now - window;
  let max = desired;
  let oldIndex = -1;
  recommendations.forEach((rec, i) => {
    if (rec.timestamp < cutoff) oldIndex = i;
    else if (rec.replicas > max) max = rec.replicas;
  });
  const stored = recommendations.map((r) => ({ ...r }));
  if (oldIndex >= 0) stored[oldIndex] = { replicas: desired, timestamp: now };
  else stored.push({ replicas: desired, timestamp: now });
  return { stabilized: max, recommendations: stored };
}

/** k8s calculateScaleUpLimit: int32(max(factor × current, minimum)). */
export function calculateScaleUpLimit(currentReplicas: number, factor: number, minimum: number): number {
  return Math.trunc(Math.max(factor * currentReplicas, minimum));
}

/** k8s convertDesiredReplicasWithRules: clamp to [minReplicas, min(maxReplicas, scaleUpLimit)]. */
export function convertDesiredReplicasWithRules(
  currentReplicas: number,
  desired: number,
  minReplicas: number,
  maxReplicas: number,
  factor: number,
  minimum: number,
): Limited {
  const scaleUpLimit = calculateScaleUpLimit(currentReplicas, factor, minimum);
  let maxAllowed: number;
  let upper: Omit<Limited, 'replicas'>;
  if (maxReplicas > scaleUpLimit) {
    maxAllowed = scaleUpLimit;
    upper = { reason: 'ScaleUpLimit', message: 'the desired replica count is increasing faster than the maximum scale rate' };
  } else {
    maxAllowed = maxReplicas;
    upper = { reason: 'TooManyReplicas', message: 'the desired replica count is more than the maximum replica count' };
  }
  if (desired < minReplicas) {
    return { replicas: minReplicas, reason: 'TooFewReplicas', message: 'the desired replica count is less than the minimum replica count' };
  }
  if (desired > maxAllowed) return { replicas: maxAllowed, ...upper };
  return { replicas: desired, reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' };
}

export interface Normalized {
  replicas: number;
  recommendations: Recommendation[];
  /** AbleToScale (status True) reason/message set by this step. */
  ableToScale: { reason: string; message: string };
  /** ScalingLimited condition set by this step. */
  scalingLimited: { status: 'True' | 'False'; reason: string; message: string };
}

/** k8s normalizeDesiredReplicas: stabilization, then the min/max/scale-up-limit clamp. */
export function normalizeDesiredReplicas(
  recommendations: readonly Recommendation[],
  currentReplicas: number,
  prenormalized: number,
  minReplicas: number,
  maxReplicas: number,
  cfg: Pick<HpaControllerConfig, 'downscaleStabilization' | 'scaleUpLimitFactor' | 'scaleUpLimitMinimum'>,
  now: number,
): Normalized {
  const s = stabilizeRecommendation(recommendations, prenormalized, cfg.downscaleStabilization, now);
  const ableToScale =
    s.stabilized !== prenormalized
      ? {
          reason: 'ScaleDownStabilized',
          message: 'recent recommendations were higher than current one, applying the highest recent recommendation',
        }
      : { reason: 'ReadyForNewScale', message: 'recommended size matches current size' };
  const c = convertDesiredReplicasWithRules(
    currentReplicas,
    s.stabilized,
    minReplicas,
    maxReplicas,
    cfg.scaleUpLimitFactor,
    cfg.scaleUpLimitMinimum,
  );
  return {
    replicas: c.replicas,
    recommendations: s.recommendations,
    ableToScale,
    scalingLimited: { status: c.replicas === s.stabilized ? 'False' : 'True', reason: c.reason, message: c.message },
  };
}
