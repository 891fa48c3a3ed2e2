// One sync of a StatefulSet: which ordinals to create and which pods to delete.
// k8s v1.28 pkg/controller/statefulset/stateful_set_control.go updateStatefulSet (replicas and
// condemned slices, OrderedReady's monotonic waits, Parallel's burst, the reverse-ordinal rolling
// update down to the partition, OnDelete) with isRunningAndReady / isHealthy / isFailed from
// stateful_set_utils.go. Without the MaxUnavailableStatefulSet feature (alpha, off in v1.28) a
// rolling update replaces one pod at a time in both pod-management policies.
import type { PodPhase } from '../../../model/types.js';

export type PodManagementPolicy = 'OrderedReady' | 'Parallel';

export interface SetPod {
  ordinal: number;
  /** controller-revision-hash of the pod. */
  revision: string;
  phase: PodPhase;
  ready: boolean;
  /** Ready for minReadySeconds. */
  available: boolean;
  deleting: boolean;
}

export interface SetSpec {
  replicas: number;
  podManagementPolicy: PodManagementPolicy;
  updateStrategy: 'RollingUpdate' | 'OnDelete';
  /** rollingUpdate.partition: ordinals below it keep the current revision. */
  partition: number;
  /** Revision of the current template. */
  updateRevision: string;
}

export interface SetStep {
  create: number[];
  /** Ordinals whose pod is deleted, with why (Kubernetes' event reason is SuccessfulDelete for all). */
  delete: Array<{ ordinal: number; why: 'failed' | 'condemned' | 'update' }>;
  /** Why an OrderedReady sync stopped early, e.g. `waiting for web-0 to be Running and Ready`. */
  waiting?: { ordinal: number; for: 'Running and Ready' | 'available' | 'termination' };
}

const runningAndReady = (p: SetPod) => p.phase === 'Running' && p.ready;
const terminal = (p: SetPod) => p.phase === 'Failed' || p.phase === 'Succeeded';
const healthy = (p: SetPod) => runningAndReady(p) && !p.deleting;

/**
 * updateStatefulSet. `pods` may contain any ordinals (e.g. above replicas after a scale-down); a
 * failed or succeeded pod is deleted and recreated in the same sync (after its deletion is done,
 * since its name is reused: the adapter creates once the old pod is gone).
 */
export function syncStatefulSet(spec: SetSpec, pods: readonly SetPod[]): SetStep {
  const monotonic = spec.podManagementPolicy === 'OrderedReady';
  const step: SetStep = { create: [], delete: [] };
  const byOrdinal = new Map(pods.map((p) => [p.ordinal, p]));
  const replicas: Array<SetPod | undefined> = [];
  for (let i = 0; i < spec.replicas; i++) replicas.push(byOrdinal.get(i));
  const condemned = pods.filter((p) => p.ordinal >= spec.replicas).sort((a, b) => b.ordinal - a.ordinal);

  // k8s: the first unhealthy pod (lowest ordinal among replicas, else lowest among the condemned).
  let firstUnhealthy: number | undefined;
  for (let i = 0; i < replicas.length && firstUnhealthy === undefined; i++) {
    const p = replicas[i];
    if (!p || !healthy(p)) firstUnhealthy = i;
  }
  for (let i = condemned.length - 1; i >= 0 && firstUnhealthy === undefined; i--)
    if (!healthy(condemned[i])) firstUnhealthy = condemned[i].ordinal;

  for (let i = 0; i < replicas.length; i++) {
    const p = replicas[i];
    if (p && terminal(p) && !p.deleting) {
      step.delete.push({ ordinal: i, why: 'failed' });
      // k8s replaces the pod object and creates it again; here the adapter waits for the name.
      if (monotonic) return { ...step, waiting: { ordinal: i, for: 'termination' } };
      continue;
    }
    if (!p) {
      step.create.push(i);
      if (monotonic) return { ...step, waiting: { ordinal: i, for: 'Running and Ready' } };
      continue;
    }
    if (p.deleting) {
      if (monotonic) return { ...step, waiting: { ordinal: i, for: 'termination' } };
      continue;
    }
    if (!runningAndReady(p) && monotonic) return { ...step, waiting: { ordinal: i, for: 'Running and Ready' } };
    if (!p.available && monotonic) return { ...step, waiting: { ordinal: i, for: 'available' } };
  }

  for (const p of condemned) {
    if (p.deleting) {
      if (monotonic) return { ...step, waiting: { ordinal: p.ordinal, for: 'termination' } };
      continue;
    }
    // k8s: in OrderedReady mode only the first unhealthy pod may be condemned while unhealthy.
    if (!runningAndReady(p) && monotonic && firstUnhealthy !== p.ordinal)
      return { ...step, waiting: { ordinal: firstUnhealthy ?? p.ordinal, for: 'Running and Ready' } };
    step.delete.push({ ordinal: p.ordinal, why: 'condemned' });
    if (monotonic) return step;
  }

  if (spec.updateStrategy === 'OnDelete') return step;
  // Rolling update: from the highest ordinal down to the partition, one pod at a time.
  const updateMin = Math.max(0, spec.partition);
  for (let target = replicas.length - 1; target >= updateMin; target--) {
    const p = replicas[target];
    if (!p) return step;
    if (p.revision !== spec.updateRevision && !p.deleting) {
      step.delete.push({ ordinal: target, why: 'update' });
      return step;
    }
    if (!healthy(p)) return { ...step, waiting: { ordinal: target, for: 'Running and Ready' } };
  }
  return step;
}
