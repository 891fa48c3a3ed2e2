// Started / Ready of each container and the pod's Ready condition from the cached probe results.
// k8s v1.28 pkg/kubelet/prober/prober_manager.go UpdatePodStatus and pkg/kubelet/status/generate.go.
import type { ProbeResult } from './types.js';

export interface ContainerProbeView {
  name: string;
  running: boolean;
  /** Set for terminated containers (used for non-restartable init containers). */
  exitCode?: number;
  /** An init container; `restartable` marks a sidecar (restartPolicy Always). */
  init?: boolean;
  restartable?: boolean;
  /** Whether a startup / readiness worker exists for this container. */
  hasStartupProbe: boolean;
  hasReadinessProbe: boolean;
  /** Cached results for the current container ID (undefined = none cached). */
  startupResult?: ProbeResult;
  readinessResult?: ProbeResult;
}

export interface ContainerProbeStatus {
  name: string;
  started: boolean;
  ready: boolean;
  /** The kubelet asks the readiness worker for an immediate probe (manual trigger). */
  triggerReadiness: boolean;
}

export interface PodProbeStatus {
  containers: ContainerProbeStatus[];
  /** ContainersReady: every regular container is ready. */
  containersReady: boolean;
  /** Pod Ready condition: ContainersReady and every readiness gate true. */
  podReady: boolean;
}

function startedOf(c: ContainerProbeView): boolean {
  if (!c.running) return false;
  // A cached startup result decides; a startup worker without a result yet means not started.
  if (c.startupResult !== undefined) return c.startupResult === 'Success';
  return !c.hasStartupProbe;
}

function containerStatus(c: ContainerProbeView): ContainerProbeStatus {
  const started = startedOf(c);
  // Non-restartable init containers are ready once they exited with code 0.
  if (c.init && !c.restartable) {
    return { name: c.name, started, ready: !c.running && c.exitCode === 0, triggerReadiness: false };
  }
  // Readiness is only evaluated for started containers; otherwise it stays false.
  if (!started) return { name: c.name, started, ready: false, triggerReadiness: false };
  if (c.readinessResult === 'Success') return { name: c.name, started, ready: true, triggerReadiness: false };
  // No readiness probe → ready; a readiness worker without Success → not ready, probe it now.
  return { name: c.name, started, ready: !c.hasReadinessProbe, triggerReadiness: c.hasReadinessProbe };
}

/** UpdatePodStatus + GeneratePodReadyCondition for one pod. */
export function computeStartedReady(containers: readonly ContainerProbeView[], readinessGates: readonly boolean[] = []): PodProbeStatus {
  const statuses = containers.map(containerStatus);
  const regular = statuses.filter((_, i) => !containers[i].init);
  const containersReady = regular.length > 0 && regular.every((s) => s.ready);
  return { containers: statuses, containersReady, podReady: containersReady && readinessGates.every(Boolean) };
}
