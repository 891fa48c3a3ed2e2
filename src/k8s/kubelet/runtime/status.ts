// GetPodStatus result for one pod, built from the runtime's containers and sandboxes.
import type { ContainerStatus, PodRef, PodStatus, RuntimeContainer } from './types.js';

export function podStatusOf(podUid: string, ref: PodRef | undefined, members: readonly RuntimeContainer[]): PodStatus {
  const status: PodStatus = { id: podUid, name: ref?.name, namespace: ref?.namespace, ips: [], containerStatuses: [], sandboxStatuses: [] };
  for (const c of members) {
    if (c.kind === 'sandbox') {
      const ready = c.state === 'running';
      status.sandboxStatuses.push({ id: c.id, state: ready ? 'ready' : 'notready' });
      // The pod IP comes from a ready sandbox (CRI PodSandboxStatus network); a stopped sandbox reports none.
      if (ready && c.ip !== undefined && status.ips.length === 0) status.ips.push(c.ip);
    } else {
      status.containerStatuses.push({
        // Removed containers are no longer members of the pod, so the state is created/running/exited.
        id: c.id,
        name: c.name,
        state: c.state as ContainerStatus['state'],
        exitCode: c.exitCode,
        createdAt: c.createdAt,
        startedAt: c.startedAt,
        finishedAt: c.finishedAt,
      });
    }
  }
  return status;
}
