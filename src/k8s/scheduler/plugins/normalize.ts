// k8s v1.28 pkg/scheduler/framework/plugins/helper/normalize_score.go DefaultNormalizeScore.
import { intDiv } from '../int-math.js';
import type { NodeScore } from '../types.js';

/**
 * Scale scores to 0..maxPriority by the largest one (integer division); with `reverse` the result
 * is flipped (maxPriority − scaled). When every score is 0 they stay 0, or all become maxPriority
 * when reversed.
 */
export function defaultNormalizeScore(maxPriority: number, reverse: boolean, scores: NodeScore[]): void {
  let maxCount = 0;
  for (const s of scores) if (s.score > maxCount) maxCount = s.score;
  if (maxCount === 0) {
    if (reverse) for (const s of scores) s.score = maxPriority;
    return;
  }
  for (const s of scores) {
    let score = intDiv(maxPriority * s.score, maxCount);
    if (reverse) score = maxPriority - score;
    s.score = score;
  }
}
