// Running the plugins of one extension point, with Kubernetes' status and error conventions.
// k8s v1.28 pkg/scheduler/framework/runtime/framework.go RunPreFilterPlugins, RunFilterPlugins,
// RunPreScorePlugins, RunScorePlugins.
import type { PodObject } from '../../model/types.js';
import { MAX_NODE_SCORE, MIN_NODE_SCORE, isSuccess, isUnschedulable, newStatus, statusMessage } from './status.js';
import type { CycleState, NodeInfo, NodeScore, SchedulerProfile, Status } from './types.js';

export interface PreFilterOutcome {
  /** null on success; an Unschedulable*, or an Error status. */
  status: Status | null;
  /** Intersection of the node names the plugins pinned; undefined = all nodes. */
  nodeNames?: Set<string>;
  /** Plugins that returned Skip: their Filter is not run in this cycle. */
  skipFilter: Set<string>;
}

function withPlugin(s: Status, plugin: string): Status {
  return { code: s.code, reasons: s.reasons, plugin };
}

export function runPreFilterPlugins(
  profile: SchedulerProfile,
  state: CycleState,
  pod: PodObject,
  nodes: readonly NodeInfo[] = [],
): PreFilterOutcome {
  const skipFilter = new Set<string>();
  let nodeNames: Set<string> | undefined;
  const pluginsWithNodes: string[] = [];
  for (const pl of profile.preFilter) {
    const r = pl.preFilter(state, pod, nodes);
    if (r.status?.code === 'Skip') {
      skipFilter.add(pl.name);
      continue;
    }
    if (!isSuccess(r.status)) {
      const s = withPlugin(r.status!, pl.name);
      if (isUnschedulable(s)) return { status: s, skipFilter };
      return { status: newStatus('Error', pl.name, `running PreFilter plugin "${pl.name}": ${statusMessage(s)}`), skipFilter };
    }
    if (r.nodeNames) {
      pluginsWithNodes.push(pl.name);
      // k8s PreFilterResult.Merge: intersection of the pinned sets.
      nodeNames = nodeNames ? new Set([...nodeNames].filter((n) => r.nodeNames!.has(n))) : new Set(r.nodeNames);
      if (nodeNames.size === 0) {
        const msg =
          pluginsWithNodes.length === 1
            ? `node(s) didn't satisfy plugin ${pluginsWithNodes[0]}`
            : `node(s) didn't satisfy plugin(s) [${pluginsWithNodes.join(' ')}] simultaneously`;
        return { status: newStatus('Unschedulable', '', msg), skipFilter };
      }
    }
  }
  return { status: null, nodeNames, skipFilter };
}

/** The first failing Filter status for the node (k8s stops at the first), or null. */
export function runFilterPlugins(
  profile: SchedulerProfile,
  state: CycleState,
  pod: PodObject,
  info: NodeInfo,
  skip: ReadonlySet<string>,
): Status | null {
  for (const pl of profile.filter) {
    if (skip.size > 0 && skip.has(pl.name)) continue;
    const s = pl.filter(state, pod, info);
    if (isSuccess(s)) continue;
    // Filter plugins may only return Success or Unschedulable*; anything else is an error.
    if (!isUnschedulable(s)) return newStatus('Error', pl.name, `running "${pl.name}" filter plugin: ${statusMessage(s!)}`);
    return withPlugin(s!, pl.name);
  }
  return null;
}

/** Runs PreScore; returns the plugins to skip at Score, or an Error status. */
export function runPreScorePlugins(
  profile: SchedulerProfile,
  state: CycleState,
  pod: PodObject,
  nodes: readonly NodeInfo[],
  allNodes: readonly NodeInfo[] = nodes,
): Set<string> | Status {
  const skip = new Set<string>();
  for (const pl of profile.preScore) {
    const s = pl.preScore(state, pod, nodes, allNodes);
    if (s?.code === 'Skip') skip.add(pl.name);
    else if (!isSuccess(s)) return newStatus('Error', pl.name, `running PreScore plugin "${pl.name}": ${statusMessage(s!)}`);
  }
  return skip;
}

export interface PluginScores {
  plugin: string;
  weight: number;
  /** Normalized, unweighted scores in node order. */
  scores: NodeScore[];
}

/** Score, NormalizeScore and the [0, 100] range check, per plugin; or an Error status. */
export function runScorePlugins(
  profile: SchedulerProfile,
  state: CycleState,
  pod: PodObject,
  nodes: readonly NodeInfo[],
  skip: ReadonlySet<string>,
): PluginScores[] | Status {
  const out: PluginScores[] = [];
  for (const { plugin, weight } of profile.score) {
    if (skip.has(plugin.name)) continue;
    const scores: NodeScore[] = new Array(nodes.length);
    for (let i = 0; i < nodes.length; i++) {
      const r = plugin.score(state, pod, nodes[i]);
      if (typeof r !== 'number') {
        return newStatus('Error', plugin.name, `running Score plugins: plugin "${plugin.name}" failed with: ${statusMessage(r)}`);
      }
      scores[i] = { node: nodes[i].node.name, score: r };
    }
    if (plugin.normalizeScore) {
      const s = plugin.normalizeScore(state, pod, scores);
      if (!isSuccess(s)) {
        return newStatus(
          'Error',
          plugin.name,
          `running Normalize on Score plugins: plugin "${plugin.name}" failed with: ${statusMessage(s!)}`,
        );
      }
    }
    for (const s of scores) {
      if (s.score > MAX_NODE_SCORE || s.score < MIN_NODE_SCORE) {
        return newStatus(
          'Error',
          plugin.name,
          `applying score defaultWeights on Score plugins: plugin "${plugin.name}" returns an invalid score ${s.score}, it should in the range of [${MIN_NODE_SCORE}, ${MAX_NODE_SCORE}] after normalizing`,
        );
      }
    }
    out.push({ plugin: plugin.name, weight, scores });
  }
  return out;
}
