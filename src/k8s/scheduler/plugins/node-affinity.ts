// The NodeAffinity plugin: nodeSelector + required node affinity as a filter, preferred node
// affinity as a score. k8s v1.28 pkg/scheduler/framework/plugins/nodeaffinity/node_affinity.go
// (without the scheduler-enforced addedAffinity argument).
import type { Labels, NodeSelectorTerm, NodeSpec, PodObject } from '../../../model/types.js';
import { MAX_NODE_SCORE, newStatus } from '../status.js';
import type {
  CycleState,
  FilterPlugin,
  NodeInfo,
  NodeScore,
  PreFilterPlugin,
  PreFilterResult,
  PreScorePlugin,
  ScorePlugin,
  Status,
} from '../types.js';
import { defaultNormalizeScore } from './normalize.js';
import {
  OBJECT_NAME_FIELD,
  anyTermMatches,
  parsePreferredTerms,
  parseRequiredTerms,
  preferredScore,
  type ParsedTerm,
  type WeightedTerm,
} from './node-selector.js';

export const NODE_AFFINITY = 'NodeAffinity';
export const ERR_REASON_POD = "node(s) didn't match Pod's node affinity/selector";
export const ERR_REASON_CONFLICT = 'pod affinity terms conflict';
const PRE_FILTER_KEY = `PreFilter${NODE_AFFINITY}`;
const PRE_SCORE_KEY = `PreScore${NODE_AFFINITY}`;

/** k8s nodeaffinity.RequiredNodeAffinity: the nodeSelector plus the parsed required terms. */
interface Required {
  selector: Labels;
  /** undefined when the pod has no required node affinity. */
  terms?: ParsedTerm[];
}

// k8s GetRequiredNodeAffinity.
function requiredOf(pod: PodObject): Required {
  const req = pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  return { selector: pod.spec.nodeSelector, terms: req ? parseRequiredTerms(req.nodeSelectorTerms) : undefined };
}

// k8s RequiredNodeAffinity.Match: every nodeSelector pair, and (when present) some required term.
function requiredMatches(r: Required, node: NodeSpec): boolean {
  for (const key in r.selector) {
    if (!Object.hasOwn(node.labels, key) || node.labels[key] !== r.selector[key]) return false;
  }
  return r.terms === undefined || anyTermMatches(r.terms, node);
}

// k8s NodeAffinity.PreFilter: node names pinned through matchFields metadata.name In, per term
// intersected, across terms united; undefined as soon as one term does not pin names.
/** k8s GetRequiredNodeAffinity(pod).Match as a function of the node (parse errors ignored). */
export function requiredNodeAffinityMatcher(pod: PodObject): (node: NodeSpec) => boolean {
  const r = requiredOf(pod);
  return (node) => requiredMatches(r, node);
}

function pinnedNodeNames(terms: readonly NodeSelectorTerm[]): Set<string> | undefined {
  let names: Set<string> | undefined;
  for (const t of terms) {
    let termNames: Set<string> | undefined;
    for (const r of t.matchFields ?? []) {
      if (r.key !== OBJECT_NAME_FIELD || r.operator !== 'In') continue;
      const s = new Set(r.values ?? []);
      termNames = termNames ? new Set([...termNames].filter((n) => s.has(n))) : s;
    }
    if (!termNames) return undefined;
    names = new Set([...(names ?? []), ...termNames]);
  }
  return names;
}

function preferredOf(pod: PodObject): WeightedTerm[] | string[] {
  return parsePreferredTerms(pod.spec.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []);
}

export class NodeAffinity implements PreFilterPlugin, FilterPlugin, PreScorePlugin, ScorePlugin {
  readonly name = NODE_AFFINITY;

  preFilter(state: CycleState, pod: PodObject): PreFilterResult {
    const required = pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
    // Nothing to check: Skip, so Filter is not run for this pod.
    if (!required && Object.keys(pod.spec.nodeSelector).length === 0) return { status: newStatus('Skip', this.name) };
    state.set(PRE_FILTER_KEY, requiredOf(pod));
    if (!required || required.nodeSelectorTerms.length === 0) return { status: null };
    const names = pinnedNodeNames(required.nodeSelectorTerms);
    if (names && names.size === 0) return { status: newStatus('UnschedulableAndUnresolvable', this.name, ERR_REASON_CONFLICT) };
    return { status: null, nodeNames: names };
  }

  filter(state: CycleState, pod: PodObject, info: NodeInfo): Status | null {
    const r = (state.get(PRE_FILTER_KEY) as Required | undefined) ?? requiredOf(pod);
    return requiredMatches(r, info.node) ? null : newStatus('UnschedulableAndUnresolvable', this.name, ERR_REASON_POD);
  }

  preScore(state: CycleState, pod: PodObject): Status | null {
    const terms = preferredOf(pod);
    if (typeof terms[0] === 'string') return newStatus('Error', this.name, ...(terms as string[]));
    state.set(PRE_SCORE_KEY, terms);
    return null;
  }

  score(state: CycleState, pod: PodObject, info: NodeInfo): number | Status {
    const terms = (state.get(PRE_SCORE_KEY) as WeightedTerm[] | undefined) ?? preferredOf(pod);
    if (typeof terms[0] === 'string') return newStatus('Error', this.name, ...(terms as string[]));
    return preferredScore(terms as WeightedTerm[], info.node);
  }

  // k8s NormalizeScore: DefaultNormalizeScore(MaxNodeScore, reverse=false).
  normalizeScore(_state: CycleState, _pod: PodObject, scores: NodeScore[]): Status | null {
    defaultNormalizeScore(MAX_NODE_SCORE, false, scores);
    return null;
  }
}
