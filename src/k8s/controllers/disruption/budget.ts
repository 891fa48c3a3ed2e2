// PodDisruptionBudget status. k8s v1.28 pkg/controller/disruption/disruption.go getExpectedPodCount
// (minAvailable int: desired = it, expected = matching pods; minAvailable % and maxUnavailable: the
// summed scale of the pods' controllers, percentages rounded up), countHealthyPods (Ready, not being
// deleted) and updatePdbStatus (allowed = healthy − desired, 0 when ≤ 0 or nothing is expected).
import type { PodPhase } from '../../../model/types.js';
import { scaledValue, type IntOrPercent } from '../deployment/intstr.js';

export interface PdbSpec {
  minAvailable?: IntOrPercent;
  maxUnavailable?: IntOrPercent;
}

export interface PdbPod {
  name: string;
  phase: PodPhase;
  ready: boolean;
  deleting: boolean;
  /** The controlling owner, `Kind/name`, if any. */
  controller?: string;
}

export interface PdbStatus {
  expectedPods: number;
  desiredHealthy: number;
  currentHealthy: number;
  disruptionsAllowed: number;
  /** The status could not be computed (k8s leaves the PDB unsynced: no disruption is allowed). */
  error?: string;
  /** Pods without a controller (event UnmanagedPods; ignored for the expected count). */
  unmanaged: string[];
}

/** getExpectedScale: the sum of the scales of the pods' distinct controllers. */
function expectedScale(
  pods: readonly PdbPod[],
  scaleOf: (controller: string) => number | undefined,
): { count: number; unmanaged: string[]; error?: string } {
  const seen = new Map<string, number>();
  const unmanaged: string[] = [];
  for (const p of pods) {
    if (!p.controller) {
      unmanaged.push(p.name);
      continue;
    }
    if (seen.has(p.controller)) continue;
    const scale = scaleOf(p.controller);
    if (scale === undefined) return { count: 0, unmanaged, error: `found no controllers for pod "${p.name}"` };
    seen.set(p.controller, scale);
  }
  let count = 0;
  for (const v of seen.values()) count += v;
  return { count, unmanaged };
}

export function pdbStatus(spec: PdbSpec, pods: readonly PdbPod[], scaleOf: (controller: string) => number | undefined): PdbStatus {
  let expected = 0;
  let desired = 0;
  let unmanaged: string[] = [];
  if (spec.maxUnavailable !== undefined || typeof spec.minAvailable === 'string') {
    const s = expectedScale(pods, scaleOf);
    unmanaged = s.unmanaged;
    if (s.error) return { expectedPods: 0, desiredHealthy: 0, currentHealthy: 0, disruptionsAllowed: 0, error: s.error, unmanaged };
    expected = s.count;
    desired =
      spec.maxUnavailable !== undefined
        ? Math.max(0, expected - scaledValue(spec.maxUnavailable, expected, true))
        : scaledValue(spec.minAvailable!, expected, true);
  } else if (spec.minAvailable !== undefined) {
    desired = spec.minAvailable;
    expected = pods.length;
  }
  const healthy = pods.filter((p) => p.ready && !p.deleting).length;
  const allowed = healthy - desired;
  return {
    expectedPods: expected,
    desiredHealthy: desired,
    currentHealthy: healthy,
    disruptionsAllowed: expected <= 0 || allowed <= 0 ? 0 : allowed,
    unmanaged,
  };
}
