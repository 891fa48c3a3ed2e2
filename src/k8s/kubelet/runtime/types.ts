// Data shapes of the node-local container runtime model (what a CRI runtime such as containerd
// holds for one node), as seen by the kubelet. Times are integer milliseconds of virtual time.

/**
 * True lifecycle of a container or pod sandbox in the runtime.
 * Sandboxes use the same states: `running` = SANDBOX_READY, `exited` = SANDBOX_NOTREADY
 * (k8s v1.28 pkg/kubelet/kuberuntime/helpers.go maps sandbox ready/notready to running/exited).
 */
export type ContainerState = 'created' | 'running' | 'exited' | 'removed';

/** What a listing may report for a container; `unknown` never comes from this model, only from fakes. */
export type ListedState = 'created' | 'running' | 'exited' | 'unknown';

export type ContainerKind = 'container' | 'sandbox';

export interface PodRef {
  uid: string;
  name?: string;
  namespace?: string;
}

/** One container or sandbox as the runtime holds it. */
export interface RuntimeContainer {
  id: string;
  kind: ContainerKind;
  podUid: string;
  name: string;
  state: ContainerState;
  createdAt: number;
  startedAt?: number;
  finishedAt?: number;
  removedAt?: number;
  exitCode?: number;
  /** Sandboxes only: the pod IP while the sandbox is ready. */
  ip?: string;
}

/** Ground truth: one true state change, recorded when it happens. `from: 'nonexistent'` = creation. */
export interface StateChange {
  seq: number;
  time: number;
  containerId: string;
  podUid: string;
  kind: ContainerKind;
  name: string;
  from: ContainerState | 'nonexistent';
  to: ContainerState;
}

/** A container or sandbox in a listing (kubecontainer.Container: id, name, state). */
export interface ListedContainer {
  id: string;
  name: string;
  state: ListedState;
}

/** A pod in a listing (kubecontainer.Pod): its containers and sandboxes in creation order. */
export interface ListedPod {
  uid: string;
  name: string;
  namespace: string;
  containers: readonly ListedContainer[];
  sandboxes: readonly ListedContainer[];
}

export type ListResult = { ok: true; pods: ListedPod[]; durationMs: number } | { ok: false; error: string; durationMs: number };

export interface ContainerStatus {
  id: string;
  name: string;
  state: ListedState;
  exitCode?: number;
  createdAt?: number;
  startedAt?: number;
  finishedAt?: number;
}

export interface SandboxStatus {
  id: string;
  /** CRI PodSandboxState. */
  state: 'ready' | 'notready';
}

/** kubecontainer.PodStatus: what GetPodStatus returns for one pod. */
export interface PodStatus {
  id: string;
  name?: string;
  namespace?: string;
  ips: string[];
  containerStatuses: ContainerStatus[];
  sandboxStatuses: SandboxStatus[];
}

export type InspectResult =
  | { ok: true; status: PodStatus; durationMs: number }
  /** On failure the runtime may still return a partial status (the kubelet caches it with the error). */
  | { ok: false; error: string; status: PodStatus; durationMs: number };

/** What the PLEG needs from a runtime: ListPods(all=true) and GetPodStatus. */
export interface PodLister {
  list(now: number): ListResult;
  inspect(now: number, podUid: string): InspectResult;
}
