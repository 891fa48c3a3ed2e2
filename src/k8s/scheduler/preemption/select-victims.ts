// Dry-run preemption on one node: remove every lower-priority pod, check the preemptor fits, then
// reprieve as many pods as possible (PDB-violating ones first, each group most important first).
// k8s v1.28 pkg/scheduler/framework/plugins/defaultpreemption/default_preemption.go SelectVictimsOnNode.
import type { PodObject } from '../../../model/types.js';
import type { ClusterLister, PdbInfo } from '../lister.js';
import { addPod, newNodeInfo, removePod } from '../node-info.js';
import { isSuccess, newStatus } from '../status.js';
import { cloneState } from '../cycle-state.js';
import type { CycleState, NodeInfo, SchedulerProfile, Status } from '../types.js';
import { runFilterWithNominated, type NominatedPods } from './nominated.js';
import { byImportance, splitByPdbViolation } from './victims.js';

export const NO_VICTIMS_MSG = 'No preemption victims found for incoming pod';

export interface VictimsOutcome {
  status: Status | null;
  victims: PodObject[];
  pdbViolations: number;
}

function runExtension(
  profile: SchedulerProfile,
  state: CycleState,
  pod: PodObject,
  other: PodObject,
  info: NodeInfo,
  skip: ReadonlySet<string>,
  op: 'addPod' | 'removePod',
): void {
  for (const pl of profile.preFilter) {
    if (skip.has(pl.name)) continue;
    pl[op]?.(state, pod, other, info);
  }
}

export function selectVictimsOnNode(
  profile: SchedulerProfile,
  cycle: CycleState,
  pod: PodObject,
  original: NodeInfo,
  skip: ReadonlySet<string>,
  pdbs: readonly PdbInfo[],
  lister: ClusterLister,
  nominated: NominatedPods,
): VictimsOutcome {
  const state = cloneState(cycle);
  const info = newNodeInfo(original.node, original.pods);
  const remove = (p: PodObject) => {
    removePod(info, p.uid);
    runExtension(profile, state, pod, p, info, skip, 'removePod');
  };
  const add = (p: PodObject) => {
    addPod(info, p);
    runExtension(profile, state, pod, p, info, skip, 'addPod');
  };
  const potential: PodObject[] = [];
  for (const p of [...info.pods]) {
    if (p.spec.priority < pod.spec.priority) {
      potential.push(p);
      remove(p);
    }
  }
  if (potential.length === 0)
    return { status: newStatus('UnschedulableAndUnresolvable', '', NO_VICTIMS_MSG), victims: [], pdbViolations: 0 };
  const fits = runFilterWithNominated(profile, state, pod, info, skip, nominated);
  if (!isSuccess(fits)) return { status: fits, victims: [], pdbViolations: 0 };
  potential.sort(byImportance(lister));
  const { violating, nonViolating } = splitByPdbViolation(potential, pdbs);
  const victims: PodObject[] = [];
  let pdbViolations = 0;
  const reprieve = (p: PodObject): boolean => {
    add(p);
    if (isSuccess(runFilterWithNominated(profile, state, pod, info, skip, nominated))) return true;
    remove(p);
    victims.push(p);
    return false;
  };
  for (const p of violating) if (!reprieve(p)) pdbViolations++;
  for (const p of nonViolating) reprieve(p);
  // Keep the victims ordered from the most important down.
  if (violating.length > 0 && nonViolating.length > 0) victims.sort(byImportance(lister));
  return { status: null, victims, pdbViolations };
}
