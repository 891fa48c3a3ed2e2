// Node scores from per-resource (requested, allocatable) pairs. Resources whose allocatable is 0
// have already been zeroed out and are skipped.
// k8s v1.28 pkg/scheduler/framework/plugins/noderesources/{least_allocated,most_allocated,
// requested_to_capacity_ratio,balanced_allocation}.go and helper/shape_score.go.
import { intDiv, roundHalfAwayFromZero, truncDiv } from '../int-math.js';
import { MAX_NODE_SCORE } from '../status.js';

export interface ResourceSpec {
  name: string;
  weight: number;
}

export interface ShapePoint {
  utilization: number;
  score: number;
}

export type Scorer = (requested: readonly number[], allocatable: readonly number[]) => number;

// k8s config.MaxCustomPriorityScore: shape scores are 0..10 and scaled to 0..MaxNodeScore.
export const MAX_CUSTOM_PRIORITY_SCORE = 10;
const MAX_UTILIZATION = 100;

// k8s leastRequestedScore: unused share of the node, 0 when over-committed.
function leastRequestedScore(requested: number, capacity: number): number {
  if (capacity === 0 || requested > capacity) return 0;
  return intDiv((capacity - requested) * MAX_NODE_SCORE, capacity);
}

// k8s mostRequestedScore: used share of the node, capped at capacity (non-zero defaults can exceed it).
function mostRequestedScore(requested: number, capacity: number): number {
  if (capacity === 0) return 0;
  return intDiv(Math.min(requested, capacity) * MAX_NODE_SCORE, capacity);
}

// The integer weighted mean shared by LeastAllocated and MostAllocated.
function weightedMean(resources: readonly ResourceSpec[], perResource: (req: number, alloc: number) => number): Scorer {
  return (requested, allocatable) => {
    let nodeScore = 0;
    let weightSum = 0;
    for (let i = 0; i < requested.length; i++) {
      if (allocatable[i] === 0) continue;
      const w = resources[i].weight;
      nodeScore += perResource(requested[i], allocatable[i]) * w;
      weightSum += w;
    }
    return weightSum === 0 ? 0 : intDiv(nodeScore, weightSum);
  };
}

/** k8s leastResourceScorer (LeastAllocated). */
export function leastAllocatedScorer(resources: readonly ResourceSpec[]): Scorer {
  return weightedMean(resources, leastRequestedScore);
}

/** k8s mostResourceScorer (MostAllocated). */
export function mostAllocatedScorer(resources: readonly ResourceSpec[]): Scorer {
  return weightedMean(resources, mostRequestedScore);
}

/**
 * k8s helper.BuildBrokenLinearFunction: the first point's score below it, the last point's score
 * above it, linear interpolation (Go integer division) in between.
 */
export function brokenLinear(shape: readonly ShapePoint[]): (p: number) => number {
  return (p) => {
    for (let i = 0; i < shape.length; i++) {
      if (p <= shape[i].utilization) {
        if (i === 0) return shape[0].score;
        const a = shape[i - 1];
        const b = shape[i];
        return a.score + truncDiv((b.score - a.score) * (p - a.utilization), b.utilization - a.utilization);
      }
    }
    return shape[shape.length - 1].score;
  };
}

/**
 * k8s requestedToCapacityRatioScorer: shape scores (0..10) scaled by 10, utilization 100 when the
 * node has nothing or is over-committed; resources scoring 0 are left out of both sums; the mean
 * is a float rounded half away from zero.
 */
export function requestedToCapacityRatioScorer(resources: readonly ResourceSpec[], shape: readonly ShapePoint[]): Scorer {
  const scale = MAX_NODE_SCORE / MAX_CUSTOM_PRIORITY_SCORE;
  const raw = brokenLinear(shape.map((p) => ({ utilization: p.utilization, score: p.score * scale })));
  const perResource = (requested: number, capacity: number): number =>
    capacity === 0 || requested > capacity ? raw(MAX_UTILIZATION) : raw(intDiv(requested * MAX_UTILIZATION, capacity));
  return (requested, allocatable) => {
    let nodeScore = 0;
    let weightSum = 0;
    for (let i = 0; i < requested.length; i++) {
      if (allocatable[i] === 0) continue;
      const w = resources[i].weight;
      const s = perResource(requested[i], allocatable[i]);
      if (s > 0) {
        nodeScore += s * w;
        weightSum += w;
      }
    }
    return weightSum === 0 ? 0 : roundHalfAwayFromZero(nodeScore / weightSum);
  };
}

/**
 * k8s balancedResourceScorer: fractions min(1, requested/allocatable) as floats; std is |f1−f2|/2
 * for two resources, the population standard deviation for more, 0 otherwise; score =
 * trunc((1 − std) × 100). Weights are not used.
 */
export const balancedAllocationScorer: Scorer = (requested, allocatable) => {
  // Two passes over the vectors instead of collecting the fractions (this runs per node).
  let count = 0;
  let total = 0;
  let first = 0;
  let second = 0;
  for (let i = 0; i < requested.length; i++) {
    if (allocatable[i] === 0) continue;
    const f = Math.min(1, requested[i] / allocatable[i]);
    if (count === 0) first = f;
    else if (count === 1) second = f;
    total += f;
    count++;
  }
  let std = 0;
  if (count === 2) {
    std = Math.abs((first - second) / 2);
  } else if (count > 2) {
    const mean = total / count;
    let sum = 0;
    for (let i = 0; i < requested.length; i++) {
      if (allocatable[i] === 0) continue;
      const d = Math.min(1, requested[i] / allocatable[i]) - mean;
      sum += d * d;
    }
    std = Math.sqrt(sum / count);
  }
  return Math.trunc((1 - std) * MAX_NODE_SCORE);
};
