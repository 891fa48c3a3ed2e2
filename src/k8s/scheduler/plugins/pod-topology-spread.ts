// The PodTopologySpread plugin: DoNotSchedule constraints filter, ScheduleAnyway constraints (or
// the system default ones for pods selected by a Service/controller) score.
// k8s v1.28 pkg/scheduler/framework/plugins/podtopologyspread/plugin.go (defaultingType System).
import type { PodObject, TopologySpreadConstraint } from '../../../model/types.js';
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
import { SYSTEM_DEFAULT_CONSTRAINTS, constraintsFor, type SpreadConstraint } from './spread-constraints.js';
import { type SpreadFilterState, computeSpreadFilterState, spreadFilter } from './spread-filtering.js';
import { computeSpreadScoreState, normalizeSpreadScores, spreadScore, type SpreadScoreState } from './spread-scoring.js';

export const POD_TOPOLOGY_SPREAD = 'PodTopologySpread';
const PRE_FILTER_KEY = `PreFilter${POD_TOPOLOGY_SPREAD}`;
const PRE_SCORE_KEY = `PreScore${POD_TOPOLOGY_SPREAD}`;

export interface PodTopologySpreadArgs {
  /** Cluster-level default constraints; undefined = the system defaults (defaultingType System). */
  defaultConstraints?: TopologySpreadConstraint[];
}

export class PodTopologySpread implements PreFilterPlugin, FilterPlugin, PreScorePlugin, ScorePlugin {
  readonly name = POD_TOPOLOGY_SPREAD;
  private readonly defaults: readonly TopologySpreadConstraint[];
  private readonly systemDefaulted: boolean;

  constructor(
    args: PodTopologySpreadArgs = {},
    private readonly host: ListerHolder = { lister: EMPTY_LISTER },
  ) {
    this.systemDefaulted = args.defaultConstraints === undefined;
    this.defaults = args.defaultConstraints ?? SYSTEM_DEFAULT_CONSTRAINTS;
  }

  private constraints(pod: PodObject, action: TopologySpreadConstraint['whenUnsatisfiable']): SpreadConstraint[] | Status {
    const cs = constraintsFor(pod, action, this.defaults, this.host.lister);
    if (cs.length > 0 && typeof cs[0] === 'string') return newStatus('Error', this.name, ...(cs as string[]));
    return cs as SpreadConstraint[];
  }

  preFilter(state: CycleState, pod: PodObject, nodes: readonly NodeInfo[]): PreFilterResult {
    const cs = this.constraints(pod, 'DoNotSchedule');
    if (!Array.isArray(cs)) return { status: cs };
    if (cs.length === 0) return { status: newStatus('Skip', this.name) };
    state.set(PRE_FILTER_KEY, computeSpreadFilterState(pod, cs, nodes, this.host.lister));
    return { status: null };
  }

  addPod(state: CycleState, pod: PodObject, other: PodObject, node: NodeInfo): Status | null {
    (state.get(PRE_FILTER_KEY) as SpreadFilterState | undefined)?.updateWithPod(other, pod, node, 1);
    return null;
  }

  removePod(state: CycleState, pod: PodObject, other: PodObject, node: NodeInfo): Status | null {
    (state.get(PRE_FILTER_KEY) as SpreadFilterState | undefined)?.updateWithPod(other, pod, node, -1);
    return null;
  }

  filter(state: CycleState, pod: PodObject, node: NodeInfo): Status | null {
    const s = state.get(PRE_FILTER_KEY) as SpreadFilterState | undefined;
    if (!s) return newStatus('Error', this.name, `error reading "${PRE_FILTER_KEY}" from cycleState: not found`);
    const r = spreadFilter(s, pod, node);
    return r ? newStatus(r.code, this.name, r.reason) : null;
  }

  preScore(state: CycleState, pod: PodObject, nodes: readonly NodeInfo[], allNodes?: readonly NodeInfo[]): Status | null {
    const all = allNodes ?? nodes;
    if (nodes.length === 0 || all.length === 0) return newStatus('Skip', this.name);
    const cs = this.constraints(pod, 'ScheduleAnyway');
    if (!Array.isArray(cs)) return cs;
    if (cs.length === 0) return newStatus('Skip', this.name);
    // Only non-default constraints require nodes to carry every topology key.
    const requireAll = (pod.spec.topologySpreadConstraints?.length ?? 0) > 0 || !this.systemDefaulted;
    state.set(PRE_SCORE_KEY, computeSpreadScoreState(pod, cs, nodes, all, requireAll, this.host.lister));
    return null;
  }

  score(state: CycleState, pod: PodObject, node: NodeInfo): number | Status {
    const s = state.get(PRE_SCORE_KEY) as SpreadScoreState | undefined;
    if (!s) return newStatus('Error', this.name, `error reading "${PRE_SCORE_KEY}" from cycleState: not found`);
    return spreadScore(s, pod, node, this.host.lister);
  }

  normalizeScore(state: CycleState, _pod: PodObject, scores: NodeScore[]): Status | null {
    const s = state.get(PRE_SCORE_KEY) as SpreadScoreState | undefined;
    if (s) normalizeSpreadScores(s, scores);
    return null;
  }
}
