// DaemonSet rolling update. k8s v1.28 pkg/controller/daemon/update.go rollingUpdate,
// updatedDesiredNodeCounts and findUpdatedPodsOnNode; util.SurgeCount / UnavailableCount (percentages
// of the desired number scheduled, rounded up).
import { scaledValue, type IntOrPercent } from '../deployment/intstr.js';
import type { DaemonPod } from './manage.js';

export interface RollingParams {
  maxSurge: IntOrPercent;
  maxUnavailable: IntOrPercent;
}

/** One node the DaemonSet cares about: it wants a pod there, or has pods there. */
export interface RollingNode {
  name: string;
  shouldRun: boolean;
  /** undefined: no daemon pod on the node. */
  pods?: readonly DaemonPod[];
}

/** updatedDesiredNodeCounts: [maxSurge, maxUnavailable, desired]; both 0 on a non-empty set means unavailable 1. */
export function desiredNodeCounts(nodes: readonly RollingNode[], p: RollingParams): [number, number, number] {
  const desired = nodes.filter((n) => n.shouldRun).length;
  const unavailable = scaledValue(p.maxUnavailable, desired, true);
  const surge = scaledValue(p.maxSurge, desired, true);
  return desired > 0 && unavailable === 0 && surge === 0 ? [0, 1, desired] : [surge, unavailable, desired];
}

/** findUpdatedPodsOnNode: at most one new and one old non-terminating pod, else not ok. */
export function updatedPodsOnNode(pods: readonly DaemonPod[]): { ok: boolean; newPod?: DaemonPod; oldPod?: DaemonPod } {
  let newPod: DaemonPod | undefined;
  let oldPod: DaemonPod | undefined;
  for (const p of pods) {
    if (p.deleting) continue;
    if (p.updated) {
      if (newPod) return { ok: false };
      newPod = p;
    } else {
      if (oldPod) return { ok: false };
      oldPod = p;
    }
  }
  return { ok: true, newPod, oldPod };
}

export interface RollingStep {
  /** Old pods to delete (the manage loop then creates their replacement). */
  deletePods: string[];
  /** Nodes that get a new pod beside the old one (surge). */
  createOnNodes: string[];
}

/**
 * rollingUpdate. Without surge: delete old pods (unavailable ones at once, available ones while fewer
 * than maxUnavailable pods are unavailable). With surge: start a new pod beside an old one (at once
 * where the old one is unavailable, else up to maxSurge), and delete the old pod once the new one is
 * available. Nodes are visited in the given order (Kubernetes walks a map).
 */
export function rollingUpdate(nodes: readonly RollingNode[], p: RollingParams): RollingStep {
  const [maxSurge, maxUnavailable] = desiredNodeCounts(nodes, p);
  const considered = nodes.filter((n) => n.shouldRun || n.pods !== undefined);
  if (maxSurge === 0) {
    let unavailable = 0;
    const replace: string[] = [];
    const candidates: string[] = [];
    for (const n of considered) {
      const { ok, newPod, oldPod } = updatedPodsOnNode(n.pods ?? []);
      if (!ok || (!oldPod && !newPod) || (oldPod && newPod)) {
        unavailable++;
        continue;
      }
      if (newPod) {
        if (!newPod.available) unavailable++;
        continue;
      }
      if (!oldPod!.available) replace.push(oldPod!.name);
      else if (unavailable < maxUnavailable) candidates.push(oldPod!.name);
    }
    const remaining = Math.min(Math.max(maxUnavailable - unavailable, 0), candidates.length);
    return { deletePods: [...replace, ...candidates.slice(0, remaining)], createOnNodes: [] };
  }
  const deletePods: string[] = [];
  const allowed: string[] = [];
  const candidates: string[] = [];
  let surge = 0;
  for (const n of considered) {
    const { ok, newPod, oldPod } = updatedPodsOnNode(n.pods ?? []);
    if (!ok) {
      surge++;
      continue;
    }
    if (!oldPod) continue;
    if (!newPod) {
      if (!oldPod.available) {
        if (!n.shouldRun) deletePods.push(oldPod.name);
        else allowed.push(n.name);
      } else if (surge < maxSurge) candidates.push(n.name);
      continue;
    }
    if (!newPod.available) {
      surge++;
      continue;
    }
    deletePods.push(oldPod.name);
  }
  const remaining = Math.min(Math.max(maxSurge - surge, 0), candidates.length);
  return { deletePods, createOnNodes: [...allowed, ...candidates.slice(0, remaining)] };
}
