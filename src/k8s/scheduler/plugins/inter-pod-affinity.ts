// The InterPodAffinity plugin: required pod affinity/anti-affinity (and existing pods' required
// anti-affinity) as a filter, preferred terms and existing pods' terms as a score.
// k8s v1.28 pkg/scheduler/framework/plugins/interpodaffinity/{plugin,filtering,scoring}.go, with
// the default args (hardPodAffinityWeight 1, ignorePreferredTermsOfExistingPods false).
import type { PodObject } from '../../../model/types.js';
import { EMPTY_LISTER, type ListerHolder } from '../lister.js';
import { newStatus } from '../status.js';
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
import { affinityInfo } from './affinity-terms.js';
import {
  type AffinityFilterState,
  computeFilterState,
  satisfyExistingPodsAntiAffinity,
  satisfyPodAffinity,
  satisfyPodAntiAffinity,
} from './interpod-filtering.js';
import { computeTopologyScore, normalizeTopologyScores, topologyScoreOf, type TopologyScore } from './interpod-scoring.js';

export const INTER_POD_AFFINITY = 'InterPodAffinity';
export const ERR_REASON_EXISTING_ANTI_AFFINITY = "node(s) didn't satisfy existing pods anti-affinity rules";
export const ERR_REASON_AFFINITY = "node(s) didn't match pod affinity rules";
export const ERR_REASON_ANTI_AFFINITY = "node(s) didn't match pod anti-affinity rules";
const PRE_FILTER_KEY = `PreFilter${INTER_POD_AFFINITY}`;
const PRE_SCORE_KEY = `PreScore${INTER_POD_AFFINITY}`;

export interface InterPodAffinityArgs {
  /** k8s InterPodAffinityArgs.hardPodAffinityWeight (default 1, 0..100). */
  hardPodAffinityWeight?: number;
}

export class InterPodAffinity implements PreFilterPlugin, FilterPlugin, PreScorePlugin, ScorePlugin {
  readonly name = INTER_POD_AFFINITY;
  private readonly hardPodAffinityWeight: number;

  constructor(
    args: InterPodAffinityArgs = {},
    private readonly host: ListerHolder = { lister: EMPTY_LISTER },
  ) {
    this.hardPodAffinityWeight = args.hardPodAffinityWeight ?? 1;
  }

  preFilter(state: CycleState, pod: PodObject, nodes: readonly NodeInfo[]): PreFilterResult {
    const info = affinityInfo(pod);
    if (info.errors.length > 0)
      return { status: newStatus('UnschedulableAndUnresolvable', this.name, `parsing pod: ${info.errors.join(', ')}`) };
    const s = computeFilterState(pod, info, nodes, this.host.lister);
    // k8s v1.28: nothing to check → Skip (Filter does not run).
    if (s.existingAntiAffinity.size === 0 && info.requiredAffinity.length === 0 && info.requiredAntiAffinity.length === 0) {
      return { status: newStatus('Skip', this.name) };
    }
    state.set(PRE_FILTER_KEY, s);
    return { status: null };
  }

  addPod(state: CycleState, _pod: PodObject, other: PodObject, node: NodeInfo): Status | null {
    (state.get(PRE_FILTER_KEY) as AffinityFilterState | undefined)?.updateWithPod(other, node, 1);
    return null;
  }

  removePod(state: CycleState, _pod: PodObject, other: PodObject, node: NodeInfo): Status | null {
    (state.get(PRE_FILTER_KEY) as AffinityFilterState | undefined)?.updateWithPod(other, node, -1);
    return null;
  }

  filter(state: CycleState, _pod: PodObject, node: NodeInfo): Status | null {
    const s = state.get(PRE_FILTER_KEY) as AffinityFilterState | undefined;
    if (!s) return newStatus('Error', this.name, `error reading "${PRE_FILTER_KEY}" from cycleState: not found`);
    if (!satisfyPodAffinity(s, node)) return newStatus('UnschedulableAndUnresolvable', this.name, ERR_REASON_AFFINITY);
    if (!satisfyPodAntiAffinity(s, node)) return newStatus('Unschedulable', this.name, ERR_REASON_ANTI_AFFINITY);
    if (!satisfyExistingPodsAntiAffinity(s, node)) return newStatus('Unschedulable', this.name, ERR_REASON_EXISTING_ANTI_AFFINITY);
    return null;
  }

  preScore(state: CycleState, pod: PodObject, nodes: readonly NodeInfo[], allNodes?: readonly NodeInfo[]): Status | null {
    if (nodes.length === 0) return newStatus('Skip', this.name);
    const info = affinityInfo(pod);
    if (info.errors.length > 0) return newStatus('Error', this.name, `failed to parse pod: ${info.errors.join(', ')}`);
    const m = computeTopologyScore(pod, info, allNodes ?? nodes, this.hardPodAffinityWeight, this.host.lister);
    if (!m) return newStatus('Skip', this.name);
    state.set(PRE_SCORE_KEY, m);
    return null;
  }

  score(state: CycleState, _pod: PodObject, node: NodeInfo): number | Status {
    const m = state.get(PRE_SCORE_KEY) as TopologyScore | undefined;
    if (!m) return newStatus('Error', this.name, `error reading "${PRE_SCORE_KEY}" from cycleState: not found`);
    return topologyScoreOf(m, node.node);
  }

  normalizeScore(state: CycleState, _pod: PodObject, scores: NodeScore[]): Status | null {
    if (state.get(PRE_SCORE_KEY)) normalizeTopologyScores(scores);
    return null;
  }
}
