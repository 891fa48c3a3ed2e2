// Normalization of a metric proposal when the HPA has `behavior`: stabilization windows up/down and
// rate limits from stored scale events. k8s v1.28 pkg/controller/podautoscaler/horizontal.go
// stabilizeRecommendationWithBehaviors, convertDesiredReplicasWithBehaviorRate,
// calculateScaleUpLimitWithScalingRules, calculateScaleDownLimitWithBehaviors, getReplicasChangePerPeriod.
import type { Limited, Recommendation } from './normalize.js';
import type { ScalingRules } from './types.js';

/** A past rescale: `change` is the absolute replica change (≥ 0). */
export interface ScaleEvent {
  change: number;
  timestamp: number;
  outdated: boolean;
}

const MAX_INT32 = 2_147_483_647;
const MIN_INT32 = -2_147_483_648;

/**
 * k8s stabilizeRecommendationWithBehaviors: upRec = min(desired, recs newer than the up window),
 * downRec = max(desired, recs newer than the down window) (strictly inside: an entry exactly one
 * window old is out); result = current raised to upRec, then capped at downRec. Storage: the last
 * entry older than BOTH windows is replaced with (desired, now), else it is appended.
 */
export function stabilizeRecommendationWithBehaviors(
  recommendations: readonly Recommendation[],
  currentReplicas: number,
  desired: number,
  upWindowSeconds: number,
  downWindowSeconds: number,
  now: number,
): { stabilized: number; reason: string; message: string; recommendations: Recommendation[] } {
  const upCutoff = now - upWindowSeconds * 1000;
  const downCutoff = now - downWindowSeconds * 1000;
  let up = desired;
  let down = desired;
  let oldIndex = -1;
  recommendations.forEach((rec, i) => {
    if (rec.timestamp > upCutoff) up = Math.min(rec.replicas, up);
    if (rec.timestamp > downCutoff) down = Math.max(rec.replicas, down);
    if (rec.timestamp < upCutoff && rec.timestamp < downCutoff) oldIndex = i;
  });
  let stabilized = currentReplicas;
  if (stabilized < up) stabilized = up;
  if (stabilized > down) stabilized = down;
  const stored = recommendations.map((r) => ({ ...r }));
  if (oldIndex >= 0) stored[oldIndex] = { replicas: desired, timestamp: now };
  else stored.push({ replicas: desired, timestamp: now });
  const text =
    desired >= currentReplicas
      ? {
          reason: 'ScaleUpStabilized',
          message: 'recent recommendations were lower than current one, applying the lowest recent recommendation',
        }
      : {
          reason: 'ScaleDownStabilized',
          message: 'recent recommendations were higher than current one, applying the highest recent recommendation',
        };
  return { stabilized, ...text, recommendations: stored };
}

/** k8s getReplicasChangePerPeriod: Σ changes of events strictly newer than now − period. */
export function getReplicasChangePerPeriod(periodSeconds: number, events: readonly ScaleEvent[], now: number): number {
  const cutoff = now - periodSeconds * 1000;
  let sum = 0;
  for (const e of events) if (e.timestamp > cutoff) sum += e.change;
  return sum;
}

function periodStart(current: number, periodSeconds: number, up: readonly ScaleEvent[], down: readonly ScaleEvent[], now: number): number {
  return current - getReplicasChangePerPeriod(periodSeconds, up, now) + getReplicasChangePerPeriod(periodSeconds, down, now);
}

/** k8s calculateScaleUpLimitWithScalingRules: Max picks the largest limit, Min the smallest. */
export function calculateScaleUpLimitWithScalingRules(
  currentReplicas: number,
  upEvents: readonly ScaleEvent[],
  downEvents: readonly ScaleEvent[],
  rules: ScalingRules,
  now: number,
): number {
  if (rules.selectPolicy === 'Disabled') return currentReplicas;
  const pick = rules.selectPolicy === 'Min' ? Math.min : Math.max;
  let result = rules.selectPolicy === 'Min' ? MAX_INT32 : MIN_INT32;
  for (const p of rules.policies) {
    const start = periodStart(currentReplicas, p.periodSeconds, upEvents, downEvents, now);
    // Percent rounds up so that a small change can still scale up.
    const proposed = p.type === 'Pods' ? start + p.value : Math.ceil(start * (1 + p.value / 100));
    result = pick(result, proposed);
  }
  return result;
}

/** k8s calculateScaleDownLimitWithBehaviors: Max picks the lowest floor, Min the highest. */
export function calculateScaleDownLimitWithBehaviors(
  currentReplicas: number,
  upEvents: readonly ScaleEvent[],
  downEvents: readonly ScaleEvent[],
  rules: ScalingRules,
  now: number,
): number {
  if (rules.selectPolicy === 'Disabled') return currentReplicas;
  const pick = rules.selectPolicy === 'Min' ? Math.max : Math.min;
  let result = rules.selectPolicy === 'Min' ? MIN_INT32 : MAX_INT32;
  for (const p of rules.policies) {
    const start = periodStart(currentReplicas, p.periodSeconds, upEvents, downEvents, now);
    // Percent truncates toward zero (Go int32 conversion).
    const proposed = p.type === 'Pods' ? start - p.value : Math.trunc(start * (1 - p.value / 100));
    result = pick(result, proposed);
  }
  return result;
}

export interface RateArgs {
  currentReplicas: number;
  desiredReplicas: number;
  minReplicas: number;
  maxReplicas: number;
  scaleUp: ScalingRules;
  scaleDown: ScalingRules;
}

/** k8s convertDesiredReplicasWithBehaviorRate: rate limits, then min/max only in the moving direction. */
export function convertDesiredReplicasWithBehaviorRate(
  a: RateArgs,
  upEvents: readonly ScaleEvent[],
  downEvents: readonly ScaleEvent[],
  now: number,
): Limited {
  if (a.desiredReplicas > a.currentReplicas) {
    const limit = Math.max(
      calculateScaleUpLimitWithScalingRules(a.currentReplicas, upEvents, downEvents, a.scaleUp, now),
      a.currentReplicas,
    );
    const byRate = a.maxReplicas > limit;
    const maxAllowed = byRate ? limit : a.maxReplicas;
    if (a.desiredReplicas > maxAllowed) {
      return byRate
        ? {
            replicas: maxAllowed,
            reason: 'ScaleUpLimit',
            message: 'the desired replica count is increasing faster than the maximum scale rate',
          }
        : { replicas: maxAllowed, reason: 'TooManyReplicas', message: 'the desired replica count is more than the maximum replica count' };
    }
  } else if (a.desiredReplicas < a.currentReplicas) {
    const limit = Math.min(
      calculateScaleDownLimitWithBehaviors(a.currentReplicas, upEvents, downEvents, a.scaleDown, now),
      a.currentReplicas,
    );
    const byRate = a.minReplicas < limit;
    const minAllowed = byRate ? limit : a.minReplicas;
    if (a.desiredReplicas < minAllowed) {
      return byRate
        ? {
            replicas: minAllowed,
            reason: 'ScaleDownLimit',
            message: 'the desired replica count is decreasing faster than the maximum scale rate',
          }
        : { replicas: minAllowed, reason: 'TooFewReplicas', message: 'the desired replica count is less than the minimum replica count' };
    }
  }
  return { replicas: a.desiredReplicas, reason: 'DesiredWithinRange', message: 'the desired count is within the acceptable range' };
}
