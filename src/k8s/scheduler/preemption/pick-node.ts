// Choosing among preemption candidates.
// k8s v1.28 pkg/scheduler/framework/preemption/preemption.go pickOneNodeForPreemption: fewest PDB
// violations, then the lowest highest-priority victim, the smallest priority sum, the fewest
// victims, the latest start of the highest-priority victims; then the first candidate.
import type { PodObject } from '../../../model/types.js';
import type { ClusterLister } from '../lister.js';
import { earliestStartOfTopPriority } from './victims.js';

export interface Candidate {
  node: string;
  /** Most important first. */
  victims: PodObject[];
  pdbViolations: number;
}

const INT32_OFFSET = 2 ** 31;

export function pickOneNode(candidates: readonly Candidate[], lister: ClusterLister): Candidate {
  const scoreFuncs: Array<(c: Candidate) => number> = [
    (c) => -c.pdbViolations,
    (c) => -c.victims[0].spec.priority,
    // Priorities shifted to be ≥ 0, so a few negative-priority pods do not beat fewer ones.
    (c) => -c.victims.reduce((s, p) => s + p.spec.priority + INT32_OFFSET, 0),
    (c) => -c.victims.length,
    (c) => earliestStartOfTopPriority(c.victims, lister) ?? Number.MIN_SAFE_INTEGER,
  ];
  let all = [...candidates];
  for (const f of scoreFuncs) {
    let max = -Infinity;
    let selected: Candidate[] = [];
    for (const c of all) {
      const s = f(c);
      if (s > max) {
        max = s;
        selected = [];
      }
      if (s === max) selected.push(c);
    }
    if (selected.length === 1) return selected[0];
    all = selected;
  }
  return all[0];
}
