// Picking the node with the highest total score.
// k8s v1.28 pkg/scheduler/schedule_one.go selectHost.
import type { NodeScore } from './types.js';

/**
 * The highest total wins; among equal totals each one is kept with probability 1/count as the
 * list is walked (reservoir sampling), so ties are broken uniformly at random. `rand` returns a
 * float in [0, 1); k8s draws rand.Intn(count) == 0.
 */
export function selectHost(totals: readonly NodeScore[], rand: () => number): string | undefined {
  if (totals.length === 0) return undefined;
  let max = totals[0].score;
  let selected = totals[0].node;
  let count = 1;
  for (let i = 1; i < totals.length; i++) {
    const t = totals[i];
    if (t.score > max) {
      max = t.score;
      selected = t.node;
      count = 1;
    } else if (t.score === max) {
      count++;
      if (Math.floor(rand() * count) === 0) selected = t.node;
    }
  }
  return selected;
}
