// The pod phase from its container statuses. k8s v1.28 pkg/kubelet/kubelet_pods.go getPhase (with
// kubecontainer.HasAnyRegularContainerStarted from pkg/kubelet/container/helpers.go).
import type { PodPhase, RestartPolicy } from '../../model/types.js';

/** The parts of a v1.ContainerStatus the phase looks at. */
export interface PhaseStatus {
  name: string;
  state: 'waiting' | 'running' | 'terminated';
  /** Terminated exit code (state terminated). */
  exitCode?: number;
  /** Exit code of lastTerminationState.terminated, when there is one. */
  lastExitCode?: number;
  /** The status' `started` flag (restartable init containers only). */
  started?: boolean;
}

export interface PhaseSpec {
  restartPolicy: RestartPolicy;
  containers: ReadonlyArray<{ name: string }>;
  /** `restartPolicy: Always` marks a restartable (sidecar) init container. */
  initContainers?: ReadonlyArray<{ name: string; restartPolicy?: 'Always' }>;
}

/** HasAnyRegularContainerStarted: some regular container is running or has terminated. */
export function anyRegularContainerStarted(spec: PhaseSpec, statuses: readonly PhaseStatus[]): boolean {
  const names = new Set(spec.containers.map((c) => c.name));
  return statuses.some((s) => names.has(s.name) && (s.state === 'running' || s.state === 'terminated'));
}

/**
 * getPhase: Pending while a container waits for its first start (or initialization is pending),
 * Running while one runs, and once all have stopped: Running under restartPolicy Always (they will
 * be restarted), otherwise Succeeded when all exited 0, Failed under Never, Running under OnFailure.
 * A waiting container that terminated before counts as stopped. `podIsTerminal` forces a final phase.
 */
export function podPhase(spec: PhaseSpec, statuses: readonly PhaseStatus[], podIsTerminal = false): PodPhase {
  const find = (name: string) => statuses.find((s) => s.name === name);
  let pendingInit = 0;
  let failedInit = 0;
  const inits = spec.initContainers ?? [];
  // Regular (run-to-completion) init containers.
  for (const c of inits) {
    if (c.restartPolicy === 'Always') continue;
    const s = find(c.name);
    if (!s || s.state === 'running') pendingInit++;
    else if (s.state === 'terminated') {
      if (s.exitCode !== 0) failedInit++;
    } else if (s.lastExitCode !== undefined) {
      if (s.lastExitCode !== 0) failedInit++;
    } else pendingInit++;
  }
  let unknown = 0,
    running = 0,
    waiting = 0,
    stopped = 0,
    succeeded = 0;
  // Restartable init containers (sidecars): terminated ones do not count for the phase.
  for (const c of inits) {
    if (c.restartPolicy !== 'Always') continue;
    const s = find(c.name);
    if (!s) {
      unknown++;
      continue;
    }
    if (s.state === 'running') {
      if (!s.started) pendingInit++;
      running++;
    } else if (s.state === 'waiting' && s.lastExitCode === undefined) {
      pendingInit++;
      waiting++;
    }
  }
  for (const c of spec.containers) {
    const s = find(c.name);
    if (!s) {
      unknown++;
      continue;
    }
    if (s.state === 'running') running++;
    else if (s.state === 'terminated') {
      stopped++;
      if (s.exitCode === 0) succeeded++;
    } else if (s.lastExitCode !== undefined) stopped++;
    else waiting++;
  }
  if (failedInit > 0 && spec.restartPolicy === 'Never') return 'Failed';
  if ((pendingInit > 0 && !anyRegularContainerStarted(spec, statuses)) || waiting > 0) return 'Pending';
  if (running > 0 && unknown === 0) return 'Running';
  if (running === 0 && stopped > 0 && unknown === 0) {
    if (podIsTerminal) return stopped === succeeded ? 'Succeeded' : 'Failed';
    if (spec.restartPolicy === 'Always') return 'Running';
    if (stopped === succeeded) return 'Succeeded';
    return spec.restartPolicy === 'Never' ? 'Failed' : 'Running';
  }
  return 'Pending';
}
