// The cluster's real pods on one node, mirrored into that node's container runtime model: a pod
// sandbox when the pod is bound, a runtime container per container instance the kubelet reports
// (each restart is a new instance with a new id), and everything stopped and removed when the pod
// is deleted. The PLEG then has to discover these containers by relisting, like churn.
import type { ContainerStatus, PodState } from '../../sim/cluster.js';
import type { ContainerRuntime } from '../../k8s/kubelet/runtime/runtime.js';

interface MirroredPod {
  sandbox: string;
  /** Cluster container id → runtime id. */
  instances: Map<string, string>;
  /** Container name → runtime ids, oldest first. */
  byName: Map<string, string[]>;
}

/** Exit code given to containers still running when their pod is deleted (a graceful stop). */
export const STOP_EXIT_CODE = 0;

export class PodMirror {
  private readonly pods = new Map<string, MirroredPod>();

  constructor(private readonly runtime: ContainerRuntime) {}

  has(podUid: string): boolean {
    return this.pods.has(podUid);
  }

  /** The kubelet accepted the pod: RunPodSandbox. */
  bound(now: number, pod: PodState): void {
    if (this.pods.has(pod.obj.uid)) return;
    const ref = { uid: pod.obj.uid, name: pod.obj.name, namespace: pod.obj.namespace };
    this.pods.set(pod.obj.uid, { sandbox: this.runtime.createSandbox(now, ref), instances: new Map(), byName: new Map() });
  }

  /** A container status changed in the API: create/start/exit the matching runtime instance. */
  changed(now: number, pod: PodState, status: ContainerStatus): void {
    const p = this.pods.get(pod.obj.uid);
    if (!p || status.containerId === undefined || status.state === 'waiting') return;
    let id = p.instances.get(status.containerId);
    if (!id) {
      id = this.runtime.createContainer(now, { uid: pod.obj.uid, name: pod.obj.name, namespace: pod.obj.namespace }, status.name);
      p.instances.set(status.containerId, id);
      p.byName.set(status.name, [...(p.byName.get(status.name) ?? []), id]);
    }
    const state = this.runtime.get(id)?.state;
    if (status.state === 'running' && state === 'created') this.runtime.start(now, id);
    if (status.state === 'terminated' && (state === 'created' || state === 'running')) {
      this.runtime.exit(now, id, status.exitCode ?? 0, null);
      this.collectOlderDead(now, p, status.name, id);
    }
  }

  /** The pod is gone: stop what still runs, remove every container, then the sandbox. */
  deleted(now: number, pod: PodState): void {
    const p = this.pods.get(pod.obj.uid);
    if (!p) return;
    this.pods.delete(pod.obj.uid);
    for (const ids of p.byName.values()) {
      for (const id of ids) {
        const state = this.runtime.get(id)?.state;
        if (state === 'running' || state === 'created') this.runtime.exit(now, id, STOP_EXIT_CODE, null);
        if (this.runtime.get(id)) this.runtime.remove(now, id);
      }
    }
    this.runtime.exit(now, p.sandbox);
    this.runtime.remove(now, p.sandbox);
  }

  /**
   * k8s v1.28 pkg/kubelet/kuberuntime/kuberuntime_gc.go with the default policy MaxPerPodContainer = 1:
   * only the newest dead instance of a container is kept. (The kubelet collects every minute;
   * kubetwin removes the older instance at once.)
   */
  private collectOlderDead(now: number, p: MirroredPod, name: string, newest: string): void {
    for (const id of p.byName.get(name) ?? []) {
      if (id !== newest && this.runtime.get(id)?.state === 'exited') this.runtime.remove(now, id);
    }
    p.byName.set(
      name,
      (p.byName.get(name) ?? []).filter((id) => this.runtime.get(id) !== undefined),
    );
  }
}
