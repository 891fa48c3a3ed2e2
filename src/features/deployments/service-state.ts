// SPEC §1 service states, computed from the deployment and its pods: Abnormal (some container
// failing, or a pod that lost its readiness) wins over Updating (a rollout in progress), then Starting (fewer ready pods than desired),
// else Running (all desired pods ready).
import type { PodState } from '../../sim/cluster.js';
import type { ServiceState } from './types.js';

/** Container waiting reasons that mean "failing" (kubelet waiting reasons for crashes and bad images). */
const FAILING_WAIT = new Set([
  'CrashLoopBackOff',
  'ErrImagePull',
  'ImagePullBackOff',
  'CreateContainerError',
  'RunContainerError',
  'InvalidImageName',
]);

/**
 * A pod of the service is failing: a container crash-loops or last exited with an error, or the pod
 * was Ready and lost it (failing readiness, or its node stopped reporting).
 */
export function podFailing(p: PodState): boolean {
  if (p.phase === 'Failed') return true;
  if (!p.ready && p.readyTransitionAt !== undefined) return true;
  return p.containers.some(
    (c) =>
      (c.state === 'waiting' && c.reason !== undefined && FAILING_WAIT.has(c.reason)) ||
      (c.state === 'terminated' && (c.exitCode ?? 0) !== 0),
  );
}

export interface ServiceStateInput {
  replicas: number;
  /** Ready pods not being deleted. */
  ready: number;
  updating: boolean;
  failing: boolean;
}

export function serviceState(s: ServiceStateInput): ServiceState {
  if (s.failing) return 'Abnormal';
  if (s.updating) return 'Updating';
  if (s.ready < s.replicas) return 'Starting';
  return 'Running';
}

/** Numeric code of a state for charts: Starting 1, Running 2, Updating 3, Abnormal 4. */
export const STATE_CODE: Record<ServiceState, number> = { Starting: 1, Running: 2, Updating: 3, Abnormal: 4 };
