// How many feasible nodes to look for before scoring.
// k8s v1.28 pkg/scheduler/schedule_one.go numFeasibleNodesToFind and apis/config/types.go.

export const MIN_FEASIBLE_NODES_TO_FIND = 100;
export const MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND = 5;
/** k8s DefaultPercentageOfNodesToScore: 0 means adaptive. */
export const DEFAULT_PERCENTAGE_OF_NODES_TO_SCORE = 0;

/**
 * Below 100 nodes every node is checked. Otherwise the profile's percentage (or the global one)
 * applies; 0 is adaptive: 50 − n/125 (integer), at least 5 %. The result is at least 100 nodes.
 * Examples: 1000 nodes → 42 % → 420; 6000 nodes → 5 % → 300.
 */
export function numFeasibleNodesToFind(
  numAllNodes: number,
  profilePercentage?: number,
  globalPercentage: number = DEFAULT_PERCENTAGE_OF_NODES_TO_SCORE,
): number {
  if (numAllNodes < MIN_FEASIBLE_NODES_TO_FIND) return numAllNodes;
  let percentage = profilePercentage ?? globalPercentage;
  if (percentage === 0) {
    percentage = 50 - Math.trunc(numAllNodes / 125);
    if (percentage < MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND) percentage = MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND;
  }
  const numNodes = Math.trunc((numAllNodes * percentage) / 100);
  return Math.max(numNodes, MIN_FEASIBLE_NODES_TO_FIND);
}
