// Victim ordering and PodDisruptionBudget accounting of preemption.
// k8s v1.28 pkg/scheduler/util/utils.go MoreImportantPod / GetPodStartTime / GetEarliestPodStartTime
// and pkg/scheduler/framework/plugins/defaultpreemption/default_preemption.go filterPodsWithPDBViolation.
import type { PodObject } from '../../../model/types.js';
import type { ClusterLister, PdbInfo } from '../lister.js';
import { selectorFrom, selectorMatches } from '../selector.js';

/** k8s GetPodStartTime: a pod that has not started counts as starting now (latest). */
export function startTime(p: PodObject, lister: ClusterLister): number {
  return lister.startTime(p) ?? Number.MAX_SAFE_INTEGER;
}

/** k8s MoreImportantPod: higher priority, then earlier start. */
export function moreImportant(a: PodObject, b: PodObject, lister: ClusterLister): boolean {
  if (a.spec.priority !== b.spec.priority) return a.spec.priority > b.spec.priority;
  return startTime(a, lister) < startTime(b, lister);
}

/** Sort comparator from moreImportant (stable sort keeps equal pods in order). */
export const byImportance =
  (lister: ClusterLister) =>
  (a: PodObject, b: PodObject): number =>
    moreImportant(a, b, lister) ? -1 : moreImportant(b, a, lister) ? 1 : 0;

/** k8s GetEarliestPodStartTime: the earliest start among the highest-priority victims. */
export function earliestStartOfTopPriority(victims: readonly PodObject[], lister: ClusterLister): number | undefined {
  if (victims.length === 0) return undefined;
  let max = victims[0].spec.priority;
  let earliest = startTime(victims[0], lister);
  for (const p of victims) {
    if (p.spec.priority === max) earliest = Math.min(earliest, startTime(p, lister));
    else if (p.spec.priority > max) {
      max = p.spec.priority;
      earliest = startTime(p, lister);
    }
  }
  return earliest;
}

/**
 * k8s filterPodsWithPDBViolation: walking the pods in order, each matching PDB's allowance is
 * decremented; a pod that drives some allowance below 0 violates it.
 */
export function splitByPdbViolation(
  pods: readonly PodObject[],
  pdbs: readonly PdbInfo[],
): { violating: PodObject[]; nonViolating: PodObject[] } {
  const allowed = pdbs.map((p) => p.disruptionsAllowed);
  const selectors = pdbs.map((p) => selectorFrom(p.selector));
  const violating: PodObject[] = [];
  const nonViolating: PodObject[] = [];
  for (const pod of pods) {
    let violated = false;
    if (Object.keys(pod.labels).length > 0) {
      pdbs.forEach((pdb, i) => {
        const sel = selectors[i];
        if (pdb.namespace !== pod.namespace || Array.isArray(sel)) return;
        // A PDB with a nil or empty selector matches nothing.
        if (sel.empty || !selectorMatches(sel, pod.labels)) return;
        allowed[i]--;
        if (allowed[i] < 0) violated = true;
      });
    }
    (violated ? violating : nonViolating).push(pod);
  }
  return { violating, nonViolating };
}
