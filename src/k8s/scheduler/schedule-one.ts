// One scheduling cycle for one pod: PreFilter, Filter over a rotating window of nodes, then
// PreScore, Score, NormalizeScore, weights and host selection.
// k8s v1.28 pkg/scheduler/schedule_one.go schedulePod / findNodesThatFitPod /
// findNodesThatPassFilters / prioritizeNodes. Filtering is sequential here (Kubernetes runs it
// in parallel), which makes the visiting order, and so the result, deterministic.
import type { PodObject } from '../../model/types.js';
import { NO_NODE_AVAILABLE_MSG, fitErrorMessage } from './fit-error.js';
import { runFilterPlugins, runPreFilterPlugins, runPreScorePlugins, runScorePlugins } from './framework.js';
import { numFeasibleNodesToFind } from './num-feasible.js';
import { selectHost } from './select-host.js';
import { statusMessage } from './status.js';
import type { CycleState, NodeInfo, NodeScore, ScheduleResult, SchedulerProfile, Status } from './types.js';
import { EMPTY_LISTER, type ClusterLister } from './lister.js';
import { NO_NOMINATED, runFilterWithNominated, type NominatedPods } from './preemption/nominated.js';
import { preempt } from './preemption/default-preemption.js';

/** Scheduler state carried between cycles (k8s Scheduler.nextStartNodeIndex). */
export interface SchedulingState {
  nextStartNodeIndex: number;
}

export interface ScheduleOptions {
  /** The global percentageOfNodesToScore, used when the profile sets none (default 0 = adaptive). */
  globalPercentageOfNodesToScore?: number;
  /** Run the DefaultPreemption PostFilter when no node fits (k8s default profile: on). */
  preemption?: boolean;
  /** Pods nominated to each node (k8s PodNominator). */
  nominated?: NominatedPods;
  /** The pod's status.nominatedNodeName. */
  nominatedNodeName?: string;
}

const SUCCESS: Status = Object.freeze({ code: 'Success', reasons: Object.freeze([]) as unknown as string[], plugin: '' });

function emptyResult(): ScheduleResult {
  return { filter: [], scores: [], total: [], unschedulablePlugins: [], evaluatedNodes: 0, feasibleNodes: 0 };
}

function failed(result: ScheduleResult, status: Status): ScheduleResult {
  result.reason = statusMessage(status);
  result.error = true;
  return result;
}

/**
 * Schedule `pod` onto one of `nodes` (the scheduler's snapshot, in a stable order). Mutates
 * `state.nextStartNodeIndex`; `rand` (a float in [0, 1)) is drawn only to break score ties.
 */
export function scheduleOne(
  profile: SchedulerProfile,
  pod: PodObject,
  nodes: readonly NodeInfo[],
  state: SchedulingState,
  rand: () => number,
  opts: ScheduleOptions = {},
): ScheduleResult {
  const result = emptyResult();
  // k8s ErrNoNodesAvailable: an UnschedulableAndUnresolvable outcome, not a FitError.
  if (nodes.length === 0) {
    result.reason = NO_NODE_AVAILABLE_MSG;
    return result;
  }
  const cycle: CycleState = new Map();

  const pre = runPreFilterPlugins(profile, cycle, pod, nodes);
  if (pre.status) {
    if (pre.status.code === 'Error') return failed(result, pre.status);
    // Every node gets the PreFilter status; the message is the PreFilter one alone.
    const nodeToStatus = new Map<string, Status>();
    for (const n of nodes) {
      nodeToStatus.set(n.node.name, pre.status);
      result.filter.push({ node: n.node.name, status: pre.status });
    }
    if (pre.status.plugin) result.unschedulablePlugins.push(pre.status.plugin);
    const postFilterMsg = postFilter(profile, cycle, pod, nodes, nodeToStatus, pre.skipFilter, rand, opts, result);
    result.reason = fitErrorMessage(nodes.length, { nodeToStatus, preFilterMsg: statusMessage(pre.status), postFilterMsg });
    return result;
  }

  // k8s: a PreFilterResult narrows the candidates (names not in the snapshot are ignored here).
  const candidates = pre.nodeNames ? nodes.filter((n) => pre.nodeNames!.has(n.node.name)) : nodes;
  const n = candidates.length;
  const numToFind = numFeasibleNodesToFind(n, profile.percentageOfNodesToScore, opts.globalPercentageOfNodesToScore);
  const feasible: NodeInfo[] = [];
  const nodeToStatus = new Map<string, Status>();
  const rejectors = new Set<string>();
  let processed = 0;
  // Check nodes from where the previous cycle stopped, until enough feasible ones are found.
  for (let i = 0; i < n && feasible.length < numToFind; i++) {
    const info = candidates[(state.nextStartNodeIndex + i) % n];
    processed++;
    const s = opts.nominated
      ? runFilterWithNominated(profile, cycle, pod, info, pre.skipFilter, opts.nominated)
      : runFilterPlugins(profile, cycle, pod, info, pre.skipFilter);
    if (s === null) {
      feasible.push(info);
      result.filter.push({ node: info.node.name, status: SUCCESS });
    } else if (s.code === 'Error') {
      return failed(result, s);
    } else {
      nodeToStatus.set(info.node.name, s);
      rejectors.add(s.plugin);
      result.filter.push({ node: info.node.name, status: s });
    }
  }
  if (n > 0) state.nextStartNodeIndex = (state.nextStartNodeIndex + processed) % n;
  result.unschedulablePlugins = [...rejectors].sort();
  result.evaluatedNodes = processed;
  result.feasibleNodes = feasible.length;

  if (feasible.length === 0) {
    const postFilterMsg = postFilter(profile, cycle, pod, nodes, nodeToStatus, pre.skipFilter, rand, opts, result);
    result.reason = fitErrorMessage(nodes.length, { nodeToStatus, postFilterMsg });
    return result;
  }
  // k8s: with a single feasible node there is nothing to compare.
  if (feasible.length === 1) {
    result.nodeName = feasible[0].node.name;
    return result;
  }

  const totals = prioritize(profile, cycle, pod, feasible, nodes, result);
  if (!Array.isArray(totals)) return failed(result, totals);
  result.total = totals;
  result.nodeName = selectHost(totals, rand);
  return result;
}

// k8s RunPostFilterPlugins with DefaultPreemption; returns the message for the FitError.
function postFilter(
  profile: SchedulerProfile,
  state: CycleState,
  pod: PodObject,
  nodes: readonly NodeInfo[],
  nodeToStatus: ReadonlyMap<string, Status>,
  skipFilter: ReadonlySet<string>,
  rand: () => number,
  opts: ScheduleOptions,
  result: ScheduleResult,
): string | undefined {
  if (!opts.preemption) return undefined;
  const lister: ClusterLister = profile.host?.lister ?? EMPTY_LISTER;
  const out = preempt({
    profile,
    state,
    pod,
    nodes,
    nodeToStatus,
    skipFilter,
    lister,
    rand,
    nominated: opts.nominated ?? NO_NOMINATED,
    nominatedNodeName: opts.nominatedNodeName,
  });
  if (out.nominatedNodeName !== undefined) {
    result.nominatedNodeName = out.nominatedNodeName;
    result.victims = out.victims;
  } else if (out.clearNomination) {
    result.clearNomination = true;
  }
  return out.message || undefined;
}

// k8s prioritizeNodes: weighted sum of the normalized plugin scores; all 1 without score plugins.
function prioritize(
  profile: SchedulerProfile,
  cycle: CycleState,
  pod: PodObject,
  feasible: readonly NodeInfo[],
  all: readonly NodeInfo[],
  result: ScheduleResult,
): NodeScore[] | Status {
  const totals: NodeScore[] = feasible.map((f) => ({ node: f.node.name, score: 0 }));
  if (profile.score.length === 0) {
    for (const t of totals) t.score = 1;
    return totals;
  }
  const skip = runPreScorePlugins(profile, cycle, pod, feasible, all);
  if (!(skip instanceof Set)) return skip;
  const perPlugin = runScorePlugins(profile, cycle, pod, feasible, skip);
  if (!Array.isArray(perPlugin)) return perPlugin;
  for (let i = 0; i < totals.length; i++) {
    for (const p of perPlugin) {
      const weighted = p.scores[i].score * p.weight;
      totals[i].score += weighted;
      result.scores.push({ node: totals[i].node, plugin: p.plugin, score: p.scores[i].score, weighted });
    }
  }
  return totals;
}
