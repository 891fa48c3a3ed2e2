// Run a score plugin over nodes the way the upstream plugin tests do: PreScore (optionally), Score
// per node, then NormalizeScore when the plugin has it.
import type { PodObject } from '../../../src/model/types.js';
import type { NodeInfo, NodeScore, PreScorePlugin, ScorePlugin, Status } from '../../../src/k8s/scheduler/types.js';

export interface Scored {
  scores: NodeScore[];
  /** Code of the first non-successful Score status, if any. */
  errorCode?: Status['code'];
}

export function scoreNodes(plugin: ScorePlugin & Partial<PreScorePlugin>, p: PodObject, infos: NodeInfo[], runPreScore = true): Scored {
  const state = new Map<string, unknown>();
  if (runPreScore && plugin.preScore) {
    const s = plugin.preScore(state, p, infos);
    if (s) throw new Error(`PreScore failed: ${s.reasons.join(', ')}`);
  }
  const out: Scored = { scores: [] };
  for (const info of infos) {
    const r = plugin.score(state, p, info);
    if (typeof r === 'number') {
      out.scores.push({ node: info.node.name, score: r });
    } else {
      out.errorCode ??= r.code;
      out.scores.push({ node: info.node.name, score: 0 });
    }
  }
  if (plugin.normalizeScore) plugin.normalizeScore(state, p, out.scores);
  return out;
}

/** Scores as a name → score record, for compact expectations. */
export function byNode(scored: Scored): Record<string, number> {
  return Object.fromEntries(scored.scores.map((s) => [s.node, s.score]));
}
