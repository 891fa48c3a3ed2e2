// InterPodAffinity PreFilter/Filter state: which topology pairs the incoming pod's required
// (anti-)affinity terms and the existing pods' required anti-affinity terms make (in)feasible.
// k8s v1.28 pkg/scheduler/framework/plugins/interpodaffinity/filtering.go.
import type { Labels, PodObject } from '../../../model/types.js';
import type { ClusterLister } from '../lister.js';
import type { NodeInfo, StateData } from '../types.js';
import { affinityInfo, termMatches, type AffinityTerm, type PodAffinityInfo } from './affinity-terms.js';
import {
  incomingTermMatches,
  pairKey,
  podMatchesAllTerms,
  updateWithAffinityTerms,
  updateWithAntiAffinityTerms,
  type PairCounts,
} from './interpod-counts.js';

export class AffinityFilterState implements StateData {
  constructor(
    readonly pod: PodObject,
    readonly info: PodAffinityInfo,
    /** The incoming pod's namespace labels (k8s GetNamespaceLabelsSnapshot; undefined = no such namespace). */
    readonly nsLabels: Labels | undefined,
    /** Pairs where existing pods' required anti-affinity terms match the incoming pod. */
    readonly existingAntiAffinity: PairCounts,
    /** Pairs with existing pods matching all the incoming pod's required affinity terms. */
    readonly affinity: PairCounts,
    /** Pairs with existing pods matching one of the incoming pod's required anti-affinity terms. */
    readonly antiAffinity: PairCounts,
    readonly lister: ClusterLister,
  ) {}

  clone(): AffinityFilterState {
    return new AffinityFilterState(
      this.pod,
      this.info,
      this.nsLabels,
      new Map(this.existingAntiAffinity),
      new Map(this.affinity),
      new Map(this.antiAffinity),
      this.lister,
    );
  }

  /** k8s preFilterState.updateWithPod: `other` added to (+1) or removed from (−1) `node`. */
  updateWithPod(other: PodObject, node: NodeInfo, delta: number): void {
    const existing = affinityInfo(other);
    const nsLabels = this.nsLabels;
    updateWithAntiAffinityTerms(this.existingAntiAffinity, existing.requiredAntiAffinity, this.pod, node.node, delta, (t, p) =>
      termMatches(t, p, nsLabels),
    );
    updateWithAffinityTerms(this.affinity, this.info.requiredAffinity, other, node.node, delta, this.lister);
    updateWithAntiAffinityTerms(this.antiAffinity, this.info.requiredAntiAffinity, other, node.node, delta, (t, p) =>
      incomingTermMatches(t, p, this.lister),
    );
  }
}

/** k8s PreFilter: the counts over every node's pods. */
export function computeFilterState(
  pod: PodObject,
  info: PodAffinityInfo,
  nodes: readonly NodeInfo[],
  lister: ClusterLister,
): AffinityFilterState {
  const nsLabels = lister.namespaceLabels(pod.namespace);
  const s = new AffinityFilterState(pod, info, nsLabels, new Map(), new Map(), new Map(), lister);
  const incoming = info.requiredAffinity.length > 0 || info.requiredAntiAffinity.length > 0;
  const existingMatch = (t: AffinityTerm, p: PodObject): boolean => termMatches(t, p, nsLabels);
  const incomingMatch = (t: AffinityTerm, p: PodObject): boolean => incomingTermMatches(t, p, lister);
  for (const n of nodes) {
    for (const other of n.pods) {
      // k8s getExistingAntiAffinityCounts (over nodes with pods having required anti-affinity).
      const anti = affinityInfo(other).requiredAntiAffinity;
      if (anti.length > 0) updateWithAntiAffinityTerms(s.existingAntiAffinity, anti, pod, n.node, 1, existingMatch);
      // k8s getIncomingAffinityAntiAffinityCounts.
      if (incoming) {
        updateWithAffinityTerms(s.affinity, info.requiredAffinity, other, n.node, 1, lister);
        updateWithAntiAffinityTerms(s.antiAffinity, info.requiredAntiAffinity, other, n.node, 1, incomingMatch);
      }
    }
  }
  return s;
}

const has = (labels: Labels, key: string): boolean => Object.hasOwn(labels, key);

/** k8s satisfyPodAffinity. */
export function satisfyPodAffinity(s: AffinityFilterState, node: NodeInfo): boolean {
  let podsExist = true;
  const labels = node.node.labels;
  for (const t of s.info.requiredAffinity) {
    if (!has(labels, t.topologyKey)) return false;
    if ((s.affinity.get(pairKey(t.topologyKey, labels[t.topologyKey])) ?? 0) <= 0) {
      podsExist = false;
      break;
    }
  }
  if (!podsExist) {
    // The first pod of a group with affinity to itself may go anywhere the topology keys exist.
    return s.affinity.size === 0 && podMatchesAllTerms(s.info.requiredAffinity, s.pod, s.lister);
  }
  return true;
}

/** k8s satisfyPodAntiAffinity. */
export function satisfyPodAntiAffinity(s: AffinityFilterState, node: NodeInfo): boolean {
  if (s.antiAffinity.size === 0) return true;
  const labels = node.node.labels;
  for (const t of s.info.requiredAntiAffinity) {
    if (has(labels, t.topologyKey) && (s.antiAffinity.get(pairKey(t.topologyKey, labels[t.topologyKey])) ?? 0) > 0) return false;
  }
  return true;
}

/** k8s satisfyExistingPodsAntiAffinity. */
export function satisfyExistingPodsAntiAffinity(s: AffinityFilterState, node: NodeInfo): boolean {
  if (s.existingAntiAffinity.size === 0) return true;
  const labels = node.node.labels;
  for (const k in labels) if ((s.existingAntiAffinity.get(pairKey(k, labels[k])) ?? 0) > 0) return false;
  return true;
}
