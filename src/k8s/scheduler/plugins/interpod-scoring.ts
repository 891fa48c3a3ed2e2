// InterPodAffinity PreScore/Score/NormalizeScore: preferred terms of the incoming pod against the
// existing pods, and the existing pods' required (hard weight) and preferred terms against it.
// k8s v1.28 pkg/scheduler/framework/plugins/interpodaffinity/scoring.go.
import type { Labels, NodeSpec, PodObject } from '../../../model/types.js';
import type { ClusterLister } from '../lister.js';
import { MAX_NODE_SCORE } from '../status.js';
import type { NodeInfo, NodeScore } from '../types.js';
import { affinityInfo, termMatches, type AffinityTerm, type PodAffinityInfo } from './affinity-terms.js';
import { incomingTermMatches } from './interpod-counts.js';

/** topologyKey → value → score (k8s scoreMap). */
export type TopologyScore = Map<string, Map<string, number>>;

function add(m: TopologyScore, key: string, value: string, delta: number): void {
  let byValue = m.get(key);
  if (!byValue) m.set(key, (byValue = new Map()));
  byValue.set(value, (byValue.get(value) ?? 0) + delta);
}

const isEmpty = (l: Labels): boolean => {
  for (const _ in l) return false;
  return true;
};

// k8s scoreMap.processTerm.
function processTerm(m: TopologyScore, matched: boolean, t: AffinityTerm, weight: number, node: NodeSpec, multiplier: number): void {
  if (!matched || !Object.hasOwn(node.labels, t.topologyKey)) return;
  add(m, t.topologyKey, node.labels[t.topologyKey], weight * multiplier);
}

/** k8s processExistingPod. */
function processExistingPod(
  m: TopologyScore,
  incoming: PodObject,
  info: PodAffinityInfo,
  nsLabels: Labels | undefined,
  existing: PodObject,
  node: NodeSpec,
  hardPodAffinityWeight: number,
  lister: ClusterLister,
): void {
  if (isEmpty(node.labels)) return;
  for (const t of info.preferredAffinity) processTerm(m, incomingTermMatches(t, existing, lister), t, t.weight, node, 1);
  for (const t of info.preferredAntiAffinity) processTerm(m, incomingTermMatches(t, existing, lister), t, t.weight, node, -1);
  const ex = affinityInfo(existing);
  if (hardPodAffinityWeight > 0) {
    for (const t of ex.requiredAffinity) processTerm(m, termMatches(t, incoming, nsLabels), t, hardPodAffinityWeight, node, 1);
  }
  for (const t of ex.preferredAffinity) processTerm(m, termMatches(t, incoming, nsLabels), t, t.weight, node, 1);
  for (const t of ex.preferredAntiAffinity) processTerm(m, termMatches(t, incoming, nsLabels), t, t.weight, node, -1);
}

/**
 * k8s PreScore: the topology scores over every node (Kubernetes visits only nodes with pods with
 * affinity unless the incoming pod has preferred terms; pods without terms add nothing, so the
 * result is the same). undefined when nothing scored (k8s returns Skip).
 */
export function computeTopologyScore(
  pod: PodObject,
  info: PodAffinityInfo,
  nodes: readonly NodeInfo[],
  hardPodAffinityWeight: number,
  lister: ClusterLister,
): TopologyScore | undefined {
  const hasPreferred = info.preferredAffinity.length > 0 || info.preferredAntiAffinity.length > 0;
  const nsLabels = lister.namespaceLabels(pod.namespace);
  const m: TopologyScore = new Map();
  for (const n of nodes) {
    for (const other of n.pods) {
      if (!hasPreferred && !hasTerms(other)) continue;
      processExistingPod(m, pod, info, nsLabels, other, n.node, hardPodAffinityWeight, lister);
    }
  }
  return m.size === 0 ? undefined : m;
}

function hasTerms(p: PodObject): boolean {
  const a = p.spec.affinity;
  return !!a && (!!a.podAffinity || !!a.podAntiAffinity);
}

/** k8s Score: Σ over topology keys the node has of the score of its value. */
export function topologyScoreOf(m: TopologyScore, node: NodeSpec): number {
  let score = 0;
  for (const [key, byValue] of m) {
    if (Object.hasOwn(node.labels, key)) score += byValue.get(node.labels[key]) ?? 0;
  }
  return score;
}

/** k8s NormalizeScore: min-max scaling to [0, 100], truncated. */
export function normalizeTopologyScores(scores: NodeScore[]): void {
  let min = Infinity;
  let max = -Infinity;
  for (const s of scores) {
    if (s.score > max) max = s.score;
    if (s.score < min) min = s.score;
  }
  const diff = max - min;
  for (const s of scores) s.score = diff > 0 ? Math.trunc(MAX_NODE_SCORE * ((s.score - min) / diff)) : 0;
}
