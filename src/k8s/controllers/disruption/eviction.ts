// The eviction subresource's budget check. k8s v1.28 pkg/registry/core/pod/storage/eviction.go
// (canIgnorePDB, one PDB at most, unhealthyPodEvictionPolicy IfHealthyBudget/AlwaysAllow,
// checkAndDecrement with its 429 message).
import type { PodPhase } from '../../../model/types.js';
import type { PdbStatus } from './budget.js';

export interface EvictedPod {
  phase: PodPhase;
  ready: boolean;
  deleting: boolean;
}

export interface MatchingPdb {
  name: string;
  status: PdbStatus;
  unhealthyPodEvictionPolicy: 'IfHealthyBudget' | 'AlwaysAllow';
}

export type EvictionResult =
  | { allowed: true /** The PDB whose disruptionsAllowed the eviction uses up. */; decrement?: string }
  | { allowed: false; code: 429 | 500; message: string };

export const EVICTION_BLOCKED = "Cannot evict pod as it would violate the pod's disruption budget.";

export function checkEviction(pod: EvictedPod, pdbs: readonly MatchingPdb[]): EvictionResult {
  // canIgnorePDB: terminal, pending or already deleting pods go without a budget.
  if (pod.phase === 'Succeeded' || pod.phase === 'Failed' || pod.phase === 'Pending' || pod.deleting) return { allowed: true };
  if (pdbs.length === 0) return { allowed: true };
  if (pdbs.length > 1)
    return {
      allowed: false,
      code: 500,
      message: 'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.',
    };
  const pdb = pdbs[0];
  if (!pod.ready) {
    if (pdb.unhealthyPodEvictionPolicy === 'AlwaysAllow') return { allowed: true };
    if (pdb.status.currentHealthy >= pdb.status.desiredHealthy && pdb.status.desiredHealthy > 0) return { allowed: true };
  }
  if (pdb.status.error !== undefined || pdb.status.disruptionsAllowed <= 0) {
    return {
      allowed: false,
      code: 429,
      message: `${EVICTION_BLOCKED} The disruption budget ${pdb.name} needs ${pdb.status.desiredHealthy} healthy pods and has ${pdb.status.currentHealthy} currently`,
    };
  }
  return { allowed: true, decrement: pdb.name };
}
