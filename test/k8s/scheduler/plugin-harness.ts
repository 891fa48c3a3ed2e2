// Drive one plugin the way the upstream plugin tests do: PreFilter over the snapshot then Filter
// per node; PreScore, Score and NormalizeScore over the nodes. Plus a lister with namespaces.
import type { Labels, PodObject } from '../../../src/model/types.js';
import { EMPTY_LISTER, NAMESPACE_NAME_LABEL, type ClusterLister } from '../../../src/k8s/scheduler/lister.js';
import type { FilterPlugin, NodeInfo, PreFilterPlugin, PreScorePlugin, ScorePlugin, Status } from '../../../src/k8s/scheduler/types.js';

export interface FilterRun {
  preFilter: Status | null;
  /** node → [code, reason] or null for success; empty when PreFilter did not succeed. */
  nodes: Record<string, [string, string] | null>;
}

export function runFilter(plugin: PreFilterPlugin & FilterPlugin, pod: PodObject, infos: NodeInfo[]): FilterRun {
  const state = new Map<string, unknown>();
  const pre = plugin.preFilter(state, pod, infos).status;
  const out: FilterRun = { preFilter: pre, nodes: {} };
  for (const n of infos) {
    if (pre?.code === 'Skip') {
      out.nodes[n.node.name] = null;
      continue;
    }
    if (pre) continue;
    const s = plugin.filter(state, pod, n);
    out.nodes[n.node.name] = s ? [s.code, s.reasons.join(', ')] : null;
  }
  return out;
}

/** Scores by node name, or the PreScore status code when it did not succeed. */
export function runScore(
  plugin: PreScorePlugin & ScorePlugin,
  pod: PodObject,
  infos: NodeInfo[],
  all = infos,
): Record<string, number> | string {
  const state = new Map<string, unknown>();
  const s = plugin.preScore(state, pod, infos, all);
  if (s) return s.code;
  const scores = infos.map((n) => {
    const r = plugin.score(state, pod, n);
    if (typeof r !== 'number') throw new Error(r.reasons.join(', '));
    return { node: n.node.name, score: r };
  });
  plugin.normalizeScore?.(state, pod, scores);
  return Object.fromEntries(scores.map((x) => [x.node, x.score]));
}

/** A lister knowing these namespaces (name → labels; each also gets the metadata.name label). */
export function listerWith(namespaces: Record<string, Labels>, extra: Partial<ClusterLister> = {}): ClusterLister {
  return {
    ...EMPTY_LISTER,
    namespaceLabels: (ns) => (namespaces[ns] ? { ...namespaces[ns], [NAMESPACE_NAME_LABEL]: ns } : undefined),
    ...extra,
  };
}
