// Topology-pair counters of InterPodAffinity and how pods update them.
// k8s v1.28 pkg/scheduler/framework/plugins/interpodaffinity/filtering.go topologyToMatchedTermCount,
// updateWithAffinityTerms, updateWithAntiAffinityTerms, podMatchesAllAffinityTerms.
import type { Labels, NodeSpec, PodObject } from '../../../model/types.js';
import type { ClusterLister } from '../lister.js';
import { selectorMatches } from '../selector.js';
import { termMatches, type AffinityTerm } from './affinity-terms.js';

/** Counts keyed by `${topologyKey}\0${value}`; entries that drop to 0 are deleted. */
export type PairCounts = Map<string, number>;

export const pairKey = (key: string, value: string): string => `${key}\u0000${value}`;

export function addCount(m: PairCounts, key: string, value: string, delta: number): void {
  const k = pairKey(key, value);
  const v = (m.get(k) ?? 0) + delta;
  if (v === 0) m.delete(k);
  else m.set(k, v);
}

const has = (labels: Labels, key: string): boolean => Object.hasOwn(labels, key);

/**
 * Whether a term of the incoming pod matches an existing pod. Kubernetes first merges the
 * namespaces its namespaceSelector selects into the term's namespace list; evaluating the selector
 * against the existing pod's (existing) namespace is the same thing.
 */
export function incomingTermMatches(t: AffinityTerm, pod: PodObject, lister: ClusterLister): boolean {
  if (t.namespaces.has(pod.namespace) || t.namespaceSelector.empty) return selectorMatches(t.selector, pod.labels);
  if (t.namespaceSelector.nothing) return false;
  const ns = lister.namespaceLabels(pod.namespace);
  return ns !== undefined && termMatches(t, pod, ns);
}

/** k8s podMatchesAllAffinityTerms (false for no terms). */
export function podMatchesAllTerms(terms: readonly AffinityTerm[], pod: PodObject, lister: ClusterLister): boolean {
  if (terms.length === 0) return false;
  for (const t of terms) if (!incomingTermMatches(t, pod, lister)) return false;
  return true;
}

/** k8s updateWithAffinityTerms: `pod` matches every term → each term's pair on `node` += delta. */
export function updateWithAffinityTerms(
  m: PairCounts,
  terms: readonly AffinityTerm[],
  pod: PodObject,
  node: NodeSpec,
  delta: number,
  lister: ClusterLister,
): void {
  if (!podMatchesAllTerms(terms, pod, lister)) return;
  for (const t of terms) if (has(node.labels, t.topologyKey)) addCount(m, t.topologyKey, node.labels[t.topologyKey], delta);
}

/**
 * k8s updateWithAntiAffinityTerms: each term matching `pod` → its pair on `node` += delta. `match`
 * is termMatches with the incoming pod's namespace labels for an existing pod's terms, or
 * incomingTermMatches for the incoming pod's own terms.
 */
export function updateWithAntiAffinityTerms(
  m: PairCounts,
  terms: readonly AffinityTerm[],
  pod: PodObject,
  node: NodeSpec,
  delta: number,
  match: (t: AffinityTerm, p: PodObject) => boolean,
): void {
  for (const t of terms) {
    if (match(t, pod) && has(node.labels, t.topologyKey)) addCount(m, t.topologyKey, node.labels[t.topologyKey], delta);
  }
}
