// PodTopologySpread PreFilter/Filter (DoNotSchedule constraints): matching pods per topology
// pair, the two smallest domains per key, and the skew check.
// k8s v1.28 pkg/scheduler/framework/plugins/podtopologyspread/filtering.go.
import type { PodObject } from '../../../model/types.js';
import type { ClusterLister } from '../lister.js';
import { selectorMatches } from '../selector.js';
import type { NodeInfo, StateData } from '../types.js';
import { pairKey } from './interpod-counts.js';
import { requiredNodeAffinityMatcher } from './node-affinity.js';
import { countMatching, matchesInclusionPolicies, nodeHasAllKeys, type SpreadConstraint } from './spread-constraints.js';

interface Path {
  value: string;
  num: number;
}
const MAX_INT32 = 2 ** 31 - 1;

/** k8s criticalPaths: the two topology values with the fewest matching pods of one key. */
export class CriticalPaths {
  readonly p: [Path, Path] = [
    { value: '', num: MAX_INT32 },
    { value: '', num: MAX_INT32 },
  ];

  update(value: string, num: number): void {
    const i: number = value === this.p[0].value ? 0 : value === this.p[1].value ? 1 : -1;
    if (i === 0 || i === 1) {
      this.p[i].num = num;
      if (this.p[0].num > this.p[1].num) this.p.reverse();
    } else if (num < this.p[0].num) {
      this.p[1] = this.p[0];
      this.p[0] = { value, num };
    } else if (num < this.p[1].num) {
      this.p[1] = { value, num };
    }
  }

  clone(): CriticalPaths {
    const c = new CriticalPaths();
    c.p[0] = { ...this.p[0] };
    c.p[1] = { ...this.p[1] };
    return c;
  }
}

export class SpreadFilterState implements StateData {
  constructor(
    readonly constraints: SpreadConstraint[],
    readonly criticalPaths: Map<string, CriticalPaths>,
    readonly domainsNum: Map<string, number>,
    /** pairKey → matching pods. */
    readonly matchNum: Map<string, number>,
  ) {}

  clone(): SpreadFilterState {
    return new SpreadFilterState(
      this.constraints,
      new Map([...this.criticalPaths].map(([k, v]) => [k, v.clone()])),
      new Map(this.domainsNum),
      new Map(this.matchNum),
    );
  }

  /** k8s minMatchNum: the global minimum, 0 while fewer than minDomains domains exist. */
  minMatchNum(key: string, minDomains: number): number | undefined {
    const paths = this.criticalPaths.get(key);
    const domains = this.domainsNum.get(key);
    if (!paths || domains === undefined) return undefined;
    return domains < minDomains ? 0 : paths.p[0].num;
  }

  /** k8s preFilterState.updateWithPod. */
  updateWithPod(updated: PodObject, pod: PodObject, node: NodeInfo, delta: number): void {
    if (updated.namespace !== pod.namespace) return;
    if (!nodeHasAllKeys(node.node.labels, this.constraints)) return;
    const affinity = requiredNodeAffinityMatcher(pod);
    for (const c of this.constraints) {
      if (!selectorMatches(c.selector, updated.labels)) continue;
      if (!matchesInclusionPolicies(c, pod, node.node, affinity)) continue;
      const value = node.node.labels[c.topologyKey];
      const k = pairKey(c.topologyKey, value);
      const n = (this.matchNum.get(k) ?? 0) + delta;
      this.matchNum.set(k, n);
      this.criticalPaths.get(c.topologyKey)?.update(value, n);
    }
  }
}

/** k8s calPreFilterState over the snapshot. */
export function computeSpreadFilterState(
  pod: PodObject,
  constraints: SpreadConstraint[],
  nodes: readonly NodeInfo[],
  lister: ClusterLister,
): SpreadFilterState {
  const s = new SpreadFilterState(constraints, new Map(), new Map(), new Map());
  if (constraints.length === 0) return s;
  const affinity = requiredNodeAffinityMatcher(pod);
  for (const n of nodes) {
    if (!nodeHasAllKeys(n.node.labels, constraints)) continue;
    for (const c of constraints) {
      if (!matchesInclusionPolicies(c, pod, n.node, affinity)) continue;
      const k = pairKey(c.topologyKey, n.node.labels[c.topologyKey]);
      s.matchNum.set(k, (s.matchNum.get(k) ?? 0) + countMatching(n.pods, c.selector, pod.namespace, lister));
    }
  }
  for (const k of s.matchNum.keys()) {
    const key = k.slice(0, k.indexOf('\u0000'));
    s.domainsNum.set(key, (s.domainsNum.get(key) ?? 0) + 1);
  }
  for (const c of constraints) s.criticalPaths.set(c.topologyKey, new CriticalPaths());
  for (const [k, num] of s.matchNum) {
    const i = k.indexOf('\u0000');
    s.criticalPaths.get(k.slice(0, i))!.update(k.slice(i + 1), num);
  }
  return s;
}

export const ERR_REASON_CONSTRAINTS_NOT_MATCH = "node(s) didn't match pod topology spread constraints";
export const ERR_REASON_NODE_LABEL_NOT_MATCH = `${ERR_REASON_CONSTRAINTS_NOT_MATCH} (missing required label)`;

/** k8s Filter: the rejection reason and code for `node`, or null when every constraint holds. */
export function spreadFilter(
  s: SpreadFilterState,
  pod: PodObject,
  node: NodeInfo,
): { code: 'Unschedulable' | 'UnschedulableAndUnresolvable'; reason: string } | null {
  for (const c of s.constraints) {
    const labels = node.node.labels;
    if (!Object.hasOwn(labels, c.topologyKey)) {
      return { code: 'UnschedulableAndUnresolvable', reason: ERR_REASON_NODE_LABEL_NOT_MATCH };
    }
    const min = s.minMatchNum(c.topologyKey, c.minDomains);
    if (min === undefined) continue;
    const self = selectorMatches(c.selector, pod.labels) ? 1 : 0;
    const matchNum = s.matchNum.get(pairKey(c.topologyKey, labels[c.topologyKey])) ?? 0;
    if (matchNum + self - min > c.maxSkew) return { code: 'Unschedulable', reason: ERR_REASON_CONSTRAINTS_NOT_MATCH };
  }
  return null;
}
