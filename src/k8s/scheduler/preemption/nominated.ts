// Filtering with the pods nominated to a node taken into account.
// k8s v1.28 pkg/scheduler/framework/runtime/framework.go RunFilterPluginsWithNominatedPods /
// addNominatedPods: pods of equal or higher priority nominated to the node are added (with the
// PreFilter AddPod extensions) and the filters must pass both with and without them.
import type { PodObject } from '../../../model/types.js';
import { runFilterPlugins } from '../framework.js';
import { addPod, newNodeInfo } from '../node-info.js';
import type { CycleState, NodeInfo, SchedulerProfile, Status } from '../types.js';
import { cloneState } from '../cycle-state.js';

/** Pods nominated to a node (k8s PodNominator.NominatedPodsForNode). */
export type NominatedPods = (node: string) => readonly PodObject[];

export const NO_NOMINATED: NominatedPods = () => [];

export function runFilterWithNominated(
  profile: SchedulerProfile,
  state: CycleState,
  pod: PodObject,
  info: NodeInfo,
  skip: ReadonlySet<string>,
  nominated: NominatedPods,
): Status | null {
  const extra = nominated(info.node.name).filter((p) => p.uid !== pod.uid && p.spec.priority >= pod.spec.priority);
  if (extra.length > 0) {
    const s2 = cloneState(state);
    const i2 = newNodeInfo(info.node, info.pods);
    for (const p of extra) {
      addPod(i2, p);
      for (const pl of profile.preFilter) if (!skip.has(pl.name)) pl.addPod?.(s2, pod, p, i2);
    }
    const s = runFilterPlugins(profile, s2, pod, i2, skip);
    if (s) return s;
  }
  return runFilterPlugins(profile, state, pod, info, skip);
}
