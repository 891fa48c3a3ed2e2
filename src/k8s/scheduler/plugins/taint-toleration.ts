// The TaintToleration plugin: filter on NoSchedule/NoExecute taints, prefer nodes with fewer
// untolerated PreferNoSchedule taints.
// k8s v1.28 pkg/scheduler/framework/plugins/tainttoleration/taint_toleration.go.
import type { PodObject, Taint, Toleration } from '../../../model/types.js';
import { MAX_NODE_SCORE, newStatus } from '../status.js';
import type { CycleState, FilterPlugin, NodeInfo, NodeScore, PreScorePlugin, ScorePlugin, Status } from '../types.js';
import { defaultNormalizeScore } from './normalize.js';
import { findUntoleratedTaint, tolerationsTolerateTaint } from '../../../model/tolerations.js';

export const TAINT_TOLERATION = 'TaintToleration';
const PRE_SCORE_KEY = `PreScore${TAINT_TOLERATION}`;

// k8s helper.DoNotScheduleTaintsFilterFunc: only NoSchedule and NoExecute taints can reject a node.
const doNotSchedule = (t: Taint): boolean => t.effect === 'NoSchedule' || t.effect === 'NoExecute';

// k8s getAllTolerationPreferNoSchedule: tolerations with an empty or PreferNoSchedule effect.
function preferNoScheduleTolerations(tolerations: readonly Toleration[]): Toleration[] {
  return tolerations.filter((t) => !t.effect || t.effect === 'PreferNoSchedule');
}

// k8s countIntolerableTaintsPreferNoSchedule.
function countIntolerablePreferNoSchedule(taints: readonly Taint[], tolerations: readonly Toleration[]): number {
  let n = 0;
  for (const taint of taints) {
    if (taint.effect === 'PreferNoSchedule' && !tolerationsTolerateTaint(tolerations, taint)) n++;
  }
  return n;
}

export class TaintToleration implements FilterPlugin, PreScorePlugin, ScorePlugin {
  readonly name = TAINT_TOLERATION;

  filter(_state: CycleState, pod: PodObject, info: NodeInfo): Status | null {
    const taint = findUntoleratedTaint(info.node.taints, pod.spec.tolerations, doNotSchedule);
    if (!taint) return null;
    // k8s v1.28 prints the taint as {key: value} (an absent value prints as empty).
    return newStatus('UnschedulableAndUnresolvable', this.name, `node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`);
  }

  preScore(state: CycleState, pod: PodObject): Status | null {
    state.set(PRE_SCORE_KEY, preferNoScheduleTolerations(pod.spec.tolerations));
    return null;
  }

  score(state: CycleState, pod: PodObject, info: NodeInfo): number {
    // Like k8s, fall back to computing the tolerations when PreScore did not run.
    const tolerations = (state.get(PRE_SCORE_KEY) as Toleration[] | undefined) ?? preferNoScheduleTolerations(pod.spec.tolerations);
    return countIntolerablePreferNoSchedule(info.node.taints, tolerations);
  }

  // k8s NormalizeScore: DefaultNormalizeScore(MaxNodeScore, reverse=true): more taints, lower score.
  normalizeScore(_state: CycleState, _pod: PodObject, scores: NodeScore[]): Status | null {
    defaultNormalizeScore(MAX_NODE_SCORE, true, scores);
    return null;
  }
}
