// Which pods a ReplicaSet deletes first when it scales down.
// k8s v1.28 pkg/controller/controller_utils.go ActivePodsWithRanks.Less (without the logarithmic
// bucketing of ready/creation times: exact times are compared).
import type { PodState } from '../../sim/cluster.js';

const PHASE_RANK: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

const restarts = (p: PodState) => p.containers.reduce((m, c) => Math.max(m, c.restartCount), 0);

/**
 * Sort pods so the first ones are deleted first: unassigned before assigned; Pending before Unknown
 * before Running; not ready before ready; more pods of the same set on the node first; ready for a
 * shorter time first; more restarts first; newer first; then by name for a total order.
 */
export function deletionOrder(pods: readonly PodState[]): PodState[] {
  const perNode = new Map<string, number>();
  for (const p of pods) if (p.nodeName) perNode.set(p.nodeName, (perNode.get(p.nodeName) ?? 0) + 1);
  const rank = (p: PodState) => (p.nodeName ? perNode.get(p.nodeName)! : 0);
  return [...pods].sort(
    (a, b) =>
      Number(a.nodeName !== undefined) - Number(b.nodeName !== undefined) ||
      (PHASE_RANK[a.phase] ?? 3) - (PHASE_RANK[b.phase] ?? 3) ||
      Number(a.ready) - Number(b.ready) ||
      rank(b) - rank(a) ||
      (a.ready && b.ready ? (b.readyTransitionAt ?? 0) - (a.readyTransitionAt ?? 0) : 0) ||
      restarts(b) - restarts(a) ||
      b.createdAt - a.createdAt ||
      (a.key < b.key ? 1 : a.key > b.key ? -1 : 0),
  );
}

/** k8s IsPodAvailable: Ready for at least minReadySeconds (and not being deleted). */
export function isAvailable(p: PodState, minReadySeconds: number, now: number): boolean {
  if (!p.ready || p.deletingAt !== undefined) return false;
  return minReadySeconds === 0 || (p.readyTransitionAt ?? 0) + minReadySeconds * 1000 <= now;
}
