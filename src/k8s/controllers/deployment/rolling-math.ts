// The replica arithmetic of a rolling update, on plain numbers so it can be tested against
// Kubernetes' own tables. k8s v1.28 pkg/controller/deployment/rolling.go (reconcileNewReplicaSet,
// reconcileOldReplicaSets, cleanupUnhealthyReplicas, scaleDownOldReplicaSetsForRollingUpdate) and
// util/deployment_util.go NewRSNewReplicas.
import { maxSurge, maxUnavailable, type StrategyParams } from './intstr.js';

/** What the rolling-update logic needs of one ReplicaSet: spec.replicas and status.availableReplicas. */
export interface RsCounts {
  replicas: number;
  available: number;
}

export interface RollingInput {
  replicas: number;
  strategy: StrategyParams;
}

const sumReplicas = (rss: readonly RsCounts[]) => rss.reduce((s, r) => s + r.replicas, 0);
const sumAvailable = (rss: readonly RsCounts[]) => rss.reduce((s, r) => s + r.available, 0);

/** k8s NewRSNewReplicas (RollingUpdate): grow the new RS as far as maxSurge allows, never past replicas. */
export function newRSNewReplicas(d: RollingInput, all: readonly RsCounts[], newRS: RsCounts): number {
  if (d.strategy.type === 'Recreate') return d.replicas;
  const maxTotal = d.replicas + maxSurge(d.strategy, d.replicas);
  const current = sumReplicas(all);
  if (current >= maxTotal) return newRS.replicas;
  const up = Math.min(maxTotal - current, d.replicas - newRS.replicas);
  return newRS.replicas + up;
}

/** k8s reconcileNewReplicaSet: the new RS's target size, or undefined when it stays. */
export function reconcileNew(d: RollingInput, all: readonly RsCounts[], newRS: RsCounts): number | undefined {
  if (newRS.replicas === d.replicas) return undefined;
  if (newRS.replicas > d.replicas) return d.replicas;
  const target = newRSNewReplicas(d, all, newRS);
  return target === newRS.replicas ? undefined : target;
}

/**
 * k8s cleanupUnhealthyReplicas: scale old RSs (oldest first) down by their unavailable pods, at most
 * `maxCleanup` in total. Mutates `old[i].replicas`; returns how many were removed.
 */
export function cleanupUnhealthy(old: RsCounts[], maxCleanup: number): number {
  let total = 0;
  for (const rs of old) {
    if (total >= maxCleanup) break;
    if (rs.replicas === 0 || rs.replicas === rs.available) continue;
    const down = Math.min(maxCleanup - total, rs.replicas - rs.available);
    rs.replicas -= down;
    total += down;
  }
  return total;
}

/**
 * k8s scaleDownOldReplicaSetsForRollingUpdate: remove available old pods while the deployment keeps
 * at least replicas − maxUnavailable available. `old` is oldest first; mutates it; returns the count.
 */
export function scaleDownOldForRolling(d: RollingInput, all: readonly RsCounts[], old: RsCounts[]): number {
  const minAvailable = d.replicas - maxUnavailable(d.strategy, d.replicas);
  const available = sumAvailable(all);
  if (available <= minAvailable) return 0;
  const budget = available - minAvailable;
  let total = 0;
  for (const rs of old) {
    if (total >= budget) break;
    if (rs.replicas === 0) continue;
    const down = Math.min(rs.replicas, budget - total);
    rs.replicas -= down;
    total += down;
  }
  return total;
}

/** k8s reconcileOldReplicaSets: returns the number of old replicas removed (old RSs mutated in place). */
export function reconcileOld(d: RollingInput, all: readonly RsCounts[], old: RsCounts[], newRS: RsCounts): number {
  if (sumReplicas(old) === 0) return 0;
  const minAvailable = d.replicas - maxUnavailable(d.strategy, d.replicas);
  const newUnavailable = newRS.replicas - newRS.available;
  const maxScaledDown = sumReplicas(all) - minAvailable - newUnavailable;
  if (maxScaledDown <= 0) return 0;
  const cleaned = cleanupUnhealthy(old, maxScaledDown);
  // k8s: availability is unchanged by the clean-up (it removed unavailable pods only).
  return cleaned + scaleDownOldForRolling(d, [...old, newRS], old);
}
