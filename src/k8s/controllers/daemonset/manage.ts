// Per-node daemon pod bookkeeping. k8s v1.28 pkg/controller/daemon/daemon_controller.go
// podsShouldBeOnNode (create a missing pod, delete failed/succeeded/excess ones, keep at most one old
// and one new pod while surging) and podByCreationTimestampAndPhase.
import type { PodPhase } from '../../../model/types.js';
import type { ShouldRun } from './should-run.js';

/** What the controller knows of one daemon pod on a node. */
export interface DaemonPod {
  name: string;
  /** Carries the current template hash (controller-revision-hash). */
  updated: boolean;
  deleting: boolean;
  phase: PodPhase;
  /** Bound to a node (spec.nodeName set). */
  scheduled: boolean;
  ready: boolean;
  /** Ready for at least minReadySeconds. */
  available: boolean;
  createdAt: number;
}

export interface NodeDecision {
  create: boolean;
  delete: string[];
  /** Failed pods deleted now (event FailedDaemonPod, failed-pods back-off advanced). */
  failed: string[];
  /** A failed pod waits for the back-off: sync again later. */
  requeue: boolean;
}

/** podByCreationTimestampAndPhase: bound pods first, then oldest, then by name. */
export function byCreationAndPhase(a: DaemonPod, b: DaemonPod): number {
  if (a.scheduled !== b.scheduled) return a.scheduled ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt - b.createdAt;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * podsShouldBeOnNode. `pods` is undefined when the node has no daemon pod at all (terminating ones
 * count as present, so a replacement waits until they are gone). `inBackoff` tells whether the
 * node's failed-pods back-off is running.
 */
export function podsShouldBeOnNode(
  should: ShouldRun,
  pods: readonly DaemonPod[] | undefined,
  allowsSurge: boolean,
  inBackoff: boolean,
): NodeDecision {
  const out: NodeDecision = { create: false, delete: [], failed: [], requeue: false };
  if (should.shouldRun && pods === undefined) {
    out.create = true;
    return out;
  }
  if (should.shouldContinueRunning) {
    const running: DaemonPod[] = [];
    let backoff = inBackoff;
    for (const p of pods ?? []) {
      if (p.deleting) continue;
      if (p.phase === 'Failed') {
        if (backoff) {
          out.requeue = true;
          continue;
        }
        backoff = true;
        out.failed.push(p.name);
      } else if (p.phase === 'Succeeded') out.delete.push(p.name);
      else running.push(p);
    }
    running.sort(byCreationAndPhase);
    if (!allowsSurge) {
      for (const p of running.slice(1)) out.delete.push(p.name);
      return out;
    }
    if (running.length <= 1) {
      if (running.length === 0 && should.shouldRun) out.create = true;
      return out;
    }
    // Surging: keep the oldest new and the oldest old pod; the old one goes when it is not ready or
    // when the new one is available.
    let oldestNew: DaemonPod | undefined;
    let oldestOld: DaemonPod | undefined;
    for (const p of running) {
      if (p.updated && !oldestNew) oldestNew = p;
      else if (!p.updated && !oldestOld) oldestOld = p;
      else out.delete.push(p.name);
    }
    if (oldestNew && oldestOld && (!oldestOld.ready || oldestNew.available)) out.delete.push(oldestOld.name);
    return out;
  }
  for (const p of pods ?? []) if (!p.deleting) out.delete.push(p.name);
  return out;
}
