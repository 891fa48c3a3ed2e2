// PodTopologySpread PreScore/Score/NormalizeScore (ScheduleAnyway constraints): nodes in less
// crowded domains score higher; each key's counts are weighted by log(#domains + 2).
// k8s v1.28 pkg/scheduler/framework/plugins/podtopologyspread/scoring.go.
import type { PodObject } from '../../../model/types.js';
import type { ClusterLister } from '../lister.js';
import { MAX_NODE_SCORE } from '../status.js';
import type { NodeInfo, NodeScore } from '../types.js';
import { intDiv, roundHalfAwayFromZero } from '../int-math.js';
import { pairKey } from './interpod-counts.js';
import { requiredNodeAffinityMatcher } from './node-affinity.js';
import { LABEL_HOSTNAME, countMatching, matchesInclusionPolicies, nodeHasAllKeys, type SpreadConstraint } from './spread-constraints.js';

export interface SpreadScoreState {
  constraints: SpreadConstraint[];
  /** Nodes missing a topology key of a non-default constraint: scored 0. */
  ignored: Set<string>;
  /** pairKey → matching pods (keys other than hostname). */
  counts: Map<string, number>;
  /** log(#domains + 2) per constraint. */
  weights: number[];
}

/** k8s initPreScoreState + the counting of PreScore. */
export function computeSpreadScoreState(
  pod: PodObject,
  constraints: SpreadConstraint[],
  filtered: readonly NodeInfo[],
  all: readonly NodeInfo[],
  requireAllTopologies: boolean,
  lister: ClusterLister,
): SpreadScoreState {
  const s: SpreadScoreState = { constraints, ignored: new Set(), counts: new Map(), weights: [] };
  const sizes = constraints.map(() => 0);
  for (const n of filtered) {
    if (requireAllTopologies && !nodeHasAllKeys(n.node.labels, constraints)) {
      s.ignored.add(n.node.name);
      continue;
    }
    constraints.forEach((c, i) => {
      if (c.topologyKey === LABEL_HOSTNAME) return;
      // A node without the key counts under the empty value, as Kubernetes' map lookup does.
      const k = pairKey(c.topologyKey, n.node.labels[c.topologyKey] ?? '');
      if (!s.counts.has(k)) {
        s.counts.set(k, 0);
        sizes[i]++;
      }
    });
  }
  s.weights = constraints.map((c, i) => Math.log((c.topologyKey === LABEL_HOSTNAME ? filtered.length - s.ignored.size : sizes[i]) + 2));
  const affinity = requiredNodeAffinityMatcher(pod);
  for (const n of all) {
    if (requireAllTopologies && !nodeHasAllKeys(n.node.labels, constraints)) continue;
    for (const c of constraints) {
      if (!matchesInclusionPolicies(c, pod, n.node, affinity)) continue;
      const k = pairKey(c.topologyKey, n.node.labels[c.topologyKey] ?? '');
      const cur = s.counts.get(k);
      if (cur === undefined) continue;
      s.counts.set(k, cur + countMatching(n.pods, c.selector, pod.namespace, lister));
    }
  }
  return s;
}

/** k8s Score: Σ cnt·weight + (maxSkew − 1) over the constraints whose key the node has, rounded. */
export function spreadScore(s: SpreadScoreState, pod: PodObject, node: NodeInfo, lister: ClusterLister): number {
  if (s.ignored.has(node.node.name)) return 0;
  let score = 0;
  s.constraints.forEach((c, i) => {
    const labels = node.node.labels;
    if (!Object.hasOwn(labels, c.topologyKey)) return;
    const cnt =
      c.topologyKey === LABEL_HOSTNAME
        ? countMatching(node.pods, c.selector, pod.namespace, lister)
        : (s.counts.get(pairKey(c.topologyKey, labels[c.topologyKey])) ?? 0);
    score += cnt * s.weights[i] + (c.maxSkew - 1);
  });
  return roundHalfAwayFromZero(score);
}

/** k8s NormalizeScore: fewer matching pods → higher score; ignored nodes 0. */
export function normalizeSpreadScores(s: SpreadScoreState, scores: NodeScore[]): void {
  let min = Number.MAX_SAFE_INTEGER;
  let max = 0;
  for (const x of scores) {
    if (s.ignored.has(x.node)) continue;
    if (x.score < min) min = x.score;
    if (x.score > max) max = x.score;
  }
  for (const x of scores) {
    if (s.ignored.has(x.node)) {
      x.score = 0;
      continue;
    }
    if (max === 0) {
      x.score = MAX_NODE_SCORE;
      continue;
    }
    x.score = intDiv(MAX_NODE_SCORE * (max + min - x.score), max);
  }
}
