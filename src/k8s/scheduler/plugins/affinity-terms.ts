// A pod's inter-pod affinity terms, parsed once per pod object.
// k8s v1.28 pkg/scheduler/framework/types.go NewPodInfo, AffinityTerm, WeightedAffinityTerm,
// getNamespacesFromPodAffinityTerm, AffinityTerm.Matches.
import type { Labels, PodAffinityTerm, PodObject, WeightedPodAffinityTerm } from '../../../model/types.js';
import { selectorFrom, selectorMatches, type Selector } from '../selector.js';

export interface AffinityTerm {
  namespaces: ReadonlySet<string>;
  selector: Selector;
  topologyKey: string;
  namespaceSelector: Selector;
}

export interface WeightedAffinityTerm extends AffinityTerm {
  weight: number;
}

export interface PodAffinityInfo {
  requiredAffinity: AffinityTerm[];
  requiredAntiAffinity: AffinityTerm[];
  preferredAffinity: WeightedAffinityTerm[];
  preferredAntiAffinity: WeightedAffinityTerm[];
  /** Problems found while parsing (the pod's selectors are invalid). */
  errors: string[];
}

function newTerm(pod: PodObject, t: PodAffinityTerm, errors: string[]): AffinityTerm | undefined {
  const selector = selectorFrom(t.labelSelector);
  const namespaceSelector = selectorFrom(t.namespaceSelector);
  if (Array.isArray(selector)) {
    errors.push(...selector);
    return undefined;
  }
  if (Array.isArray(namespaceSelector)) {
    errors.push(...namespaceSelector);
    return undefined;
  }
  // No namespaces and no namespaceSelector: the pod's own namespace.
  const own = (t.namespaces?.length ?? 0) === 0 && t.namespaceSelector === undefined;
  const namespaces = new Set(own ? [pod.namespace] : (t.namespaces ?? []));
  return { namespaces, selector, topologyKey: t.topologyKey, namespaceSelector };
}

function terms(pod: PodObject, list: readonly PodAffinityTerm[] | undefined, errors: string[]): AffinityTerm[] {
  const out: AffinityTerm[] = [];
  for (const t of list ?? []) {
    const p = newTerm(pod, t, errors);
    if (p) out.push(p);
  }
  return out;
}

function weighted(pod: PodObject, list: readonly WeightedPodAffinityTerm[] | undefined, errors: string[]): WeightedAffinityTerm[] {
  const out: WeightedAffinityTerm[] = [];
  for (const t of list ?? []) {
    const p = newTerm(pod, t.podAffinityTerm, errors);
    if (p) out.push({ ...p, weight: t.weight });
  }
  return out;
}

// Cached on the pod object under a symbol (a property read is much cheaper than a WeakMap lookup
// in the O(pods) loops of PreFilter/PreScore); the key is not enumerable, so hashes ignore it.
const CACHE = Symbol('podAffinityInfo');
type Cached = PodObject & { [CACHE]?: PodAffinityInfo };
const NONE: PodAffinityInfo = Object.freeze({
  requiredAffinity: [],
  requiredAntiAffinity: [],
  preferredAffinity: [],
  preferredAntiAffinity: [],
  errors: [],
});

/** The parsed terms of `pod` (cached: pod objects are not changed once created). */
export function affinityInfo(pod: PodObject): PodAffinityInfo {
  const cached = (pod as Cached)[CACHE];
  if (cached) return cached;
  const a = pod.spec.affinity;
  if (!a || (!a.podAffinity && !a.podAntiAffinity)) return NONE;
  const errors: string[] = [];
  const info: PodAffinityInfo = {
    requiredAffinity: terms(pod, a.podAffinity?.requiredDuringSchedulingIgnoredDuringExecution, errors),
    requiredAntiAffinity: terms(pod, a.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution, errors),
    preferredAffinity: weighted(pod, a.podAffinity?.preferredDuringSchedulingIgnoredDuringExecution, errors),
    preferredAntiAffinity: weighted(pod, a.podAntiAffinity?.preferredDuringSchedulingIgnoredDuringExecution, errors),
    errors,
  };
  if (Object.isExtensible(pod)) Object.defineProperty(pod, CACHE, { value: info, enumerable: false });
  return info;
}

export const hasAffinity = (i: PodAffinityInfo): boolean =>
  i.requiredAffinity.length + i.requiredAntiAffinity.length + i.preferredAffinity.length + i.preferredAntiAffinity.length > 0;

/**
 * k8s AffinityTerm.Matches: the pod is in one of the term's namespaces (listed, or selected by the
 * namespace selector over `nsLabels`) and its labels match the term's selector. `nsLabels`
 * undefined stands for a namespace whose labels are not consulted (nil in Kubernetes).
 */
export function termMatches(t: AffinityTerm, pod: PodObject, nsLabels: Labels | undefined): boolean {
  if (t.namespaces.has(pod.namespace) || selectorMatches(t.namespaceSelector, nsLabels ?? {})) {
    return selectorMatches(t.selector, pod.labels);
  }
  return false;
}
