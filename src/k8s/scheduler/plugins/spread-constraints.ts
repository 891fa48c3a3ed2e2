// PodTopologySpread constraints as the plugin uses them, and the pod counting both phases share.
// k8s v1.28 pkg/scheduler/framework/plugins/podtopologyspread/common.go (MinDomains,
// NodeInclusionPolicy and MatchLabelKeys feature gates on, as in v1.28's defaults).
import type { Labels, NodeSpec, PodObject, TopologySpreadConstraint } from '../../../model/types.js';
import type { ClusterLister } from '../lister.js';
import { addRequirements, selectorFrom, selectorMatches, type Selector } from '../selector.js';
import { newLabelRequirement, type LabelRequirement } from '../../../model/label-selector.js';
import { findUntoleratedTaint } from '../../../model/tolerations.js';

export const LABEL_HOSTNAME = 'kubernetes.io/hostname';
export const LABEL_ZONE = 'topology.kubernetes.io/zone';

export interface SpreadConstraint {
  maxSkew: number;
  topologyKey: string;
  selector: Selector;
  minDomains: number;
  nodeAffinityPolicy: 'Honor' | 'Ignore';
  nodeTaintsPolicy: 'Honor' | 'Ignore';
}

/** k8s v1.28 default PodTopologySpreadArgs (defaultingType System). */
export const SYSTEM_DEFAULT_CONSTRAINTS: readonly TopologySpreadConstraint[] = Object.freeze([
  { topologyKey: LABEL_HOSTNAME, whenUnsatisfiable: 'ScheduleAnyway', maxSkew: 3 },
  { topologyKey: LABEL_ZONE, whenUnsatisfiable: 'ScheduleAnyway', maxSkew: 5 },
]);

/** k8s filterTopologySpreadConstraints: the constraints with `action`, parsed; or the selector errors. */
export function filterConstraints(
  constraints: readonly TopologySpreadConstraint[],
  podLabels: Labels,
  action: TopologySpreadConstraint['whenUnsatisfiable'],
): SpreadConstraint[] | string[] {
  const out: SpreadConstraint[] = [];
  for (const c of constraints) {
    if (c.whenUnsatisfiable !== action) continue;
    let selector = selectorFrom(c.labelSelector);
    if (Array.isArray(selector)) return selector;
    // matchLabelKeys: the pod's values for those keys are ANDed into the selector.
    const extra: LabelRequirement[] = [];
    for (const key of c.matchLabelKeys ?? []) {
      if (!Object.hasOwn(podLabels, key)) continue;
      const r = newLabelRequirement(key, 'In', [podLabels[key]]);
      if (!Array.isArray(r)) extra.push(r);
    }
    if (extra.length > 0) selector = addRequirements(selector, extra);
    out.push({
      maxSkew: c.maxSkew,
      topologyKey: c.topologyKey,
      selector,
      minDomains: c.minDomains ?? 1,
      nodeAffinityPolicy: c.nodeAffinityPolicy ?? 'Honor',
      nodeTaintsPolicy: c.nodeTaintsPolicy ?? 'Ignore',
    });
  }
  return out;
}

/**
 * The pod's constraints with `action`: its own, or else the system defaults with the selector of
 * its Services/controller (k8s buildDefaultConstraints; none when that selector is empty).
 */
export function constraintsFor(
  pod: PodObject,
  action: TopologySpreadConstraint['whenUnsatisfiable'],
  defaults: readonly TopologySpreadConstraint[],
  lister: ClusterLister,
): SpreadConstraint[] | string[] {
  const own = pod.spec.topologySpreadConstraints ?? [];
  if (own.length > 0) return filterConstraints(own, pod.labels, action);
  const cs = filterConstraints(defaults, pod.labels, action);
  if (Array.isArray(cs) && cs.length > 0 && typeof cs[0] !== 'string') {
    const sel = lister.defaultSelector(pod);
    if (sel.empty) return [];
    for (const c of cs as SpreadConstraint[]) c.selector = sel;
  }
  return cs;
}

/** k8s nodeLabelsMatchSpreadConstraints: the node has every constraint's topology key. */
export function nodeHasAllKeys(labels: Labels, cs: readonly SpreadConstraint[]): boolean {
  for (const c of cs) if (!Object.hasOwn(labels, c.topologyKey)) return false;
  return true;
}

/**
 * k8s topologySpreadConstraint.matchNodeInclusionPolicies. `affinityMatches` is the pod's required
 * node affinity/selector evaluated on the node.
 */
export function matchesInclusionPolicies(
  c: SpreadConstraint,
  pod: PodObject,
  node: NodeSpec,
  affinityMatches: (n: NodeSpec) => boolean,
): boolean {
  if (c.nodeAffinityPolicy === 'Honor' && !affinityMatches(node)) return false;
  if (c.nodeTaintsPolicy === 'Honor') {
    const t = findUntoleratedTaint(node.taints, pod.spec.tolerations, (x) => x.effect === 'NoSchedule' || x.effect === 'NoExecute');
    if (t) return false;
  }
  return true;
}

/** k8s countPodsMatchSelector: pods of namespace `ns` matching, terminating ones excluded. */
export function countMatching(pods: readonly PodObject[], selector: Selector, ns: string, lister: ClusterLister): number {
  if (selector.empty) return 0;
  let n = 0;
  for (const p of pods) {
    if (p.namespace !== ns || lister.terminating(p)) continue;
    if (selectorMatches(selector, p.labels)) n++;
  }
  return n;
}
