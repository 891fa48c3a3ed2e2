// What one pod sync does to the containers of a pod: which to kill and which to (re)start.
// k8s v1.28 pkg/kubelet/kuberuntime/kuberuntime_manager.go computePodActions (the regular-container
// part; sandboxes and init containers are not modelled) and pkg/kubelet/container/helpers.go
// ShouldContainerBeRestarted.
import type { RestartPolicy } from '../../model/types.js';
import type { ProbeResult } from '../../k8s/kubelet/prober/types.js';

/** The newest runtime instance of a container (kubecontainer.Status), as the sync sees it. */
export interface RuntimeView {
  state: 'created' | 'running' | 'exited' | 'unknown';
  exitCode?: number;
  /** Cached liveness / startup results for this instance's container ID. */
  liveness?: ProbeResult;
  startup?: ProbeResult;
}

export type KillReason = 'liveness' | 'startup' | 'unknown';

export interface KillAction {
  index: number;
  reason: KillReason;
  /** The message of the kubelet's `Killing` event. */
  message: string;
}

export interface ContainerActions {
  /** Indices into the pod's containers, in spec order. */
  toStart: number[];
  toKill: KillAction[];
}

/**
 * ShouldContainerBeRestarted: never for a pod being deleted; always when the container has no
 * instance yet or one in state created/unknown; never while it runs; an exited one per the pod's
 * restartPolicy (Never: no; OnFailure: only after a non-zero exit; Always: yes).
 */
export function shouldContainerBeRestarted(policy: RestartPolicy, newest: RuntimeView | undefined, deleting = false): boolean {
  if (deleting) return false;
  if (!newest) return true;
  if (newest.state === 'running') return false;
  if (newest.state === 'unknown' || newest.state === 'created') return true;
  if (policy === 'Never') return false;
  if (policy === 'OnFailure' && newest.exitCode === 0) return false;
  return true;
}

/**
 * computePodActions for regular containers: a non-running container is started when it should be
 * restarted (and killed first if its state is unknown); a running container whose cached liveness
 * (else startup) result is Failure is killed, and started again unless restartPolicy is Never.
 */
export function containerActions(
  policy: RestartPolicy,
  containers: ReadonlyArray<{ name: string }>,
  newest: ReadonlyArray<RuntimeView | undefined>,
  deleting = false,
): ContainerActions {
  const out: ContainerActions = { toStart: [], toKill: [] };
  containers.forEach((c, i) => {
    const s = newest[i];
    if (s?.state !== 'running') {
      if (shouldContainerBeRestarted(policy, s, deleting)) {
        out.toStart.push(i);
        if (s?.state === 'unknown') {
          out.toKill.push({ index: i, reason: 'unknown', message: 'Container is in "unknown" state, try killing it before restart' });
        }
      }
      return;
    }
    let message: string;
    let reason: KillReason;
    if (s.liveness === 'Failure') {
      message = `Container ${c.name} failed liveness probe`;
      reason = 'liveness';
    } else if (s.startup === 'Failure') {
      message = `Container ${c.name} failed startup probe`;
      reason = 'startup';
    } else return;
    // shouldRestartOnFailure: every policy but Never restarts a container killed for a failed probe.
    const restart = policy !== 'Never';
    if (restart) {
      message += ', will be restarted';
      out.toStart.push(i);
    }
    out.toKill.push({ index: i, reason, message });
  });
  return out;
}
