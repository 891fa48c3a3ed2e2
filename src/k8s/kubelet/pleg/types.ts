// PLEG event and state types (k8s v1.28 pkg/kubelet/pleg/pleg.go, generic.go).

/** k8s pleg.go PodLifeCycleEventType values the generic PLEG produces. */
export type PlegEventType = 'ContainerStarted' | 'ContainerDied' | 'ContainerRemoved' | 'ContainerChanged';

export const PLEG_EVENT_TYPES: readonly PlegEventType[] = ['ContainerStarted', 'ContainerDied', 'ContainerRemoved', 'ContainerChanged'];

/** k8s generic.go plegContainerState: the runtime states plus `non-existent` (absent from a listing). */
export type PlegState = 'running' | 'exited' | 'unknown' | 'non-existent';

export const PLEG_STATES: readonly PlegState[] = ['running', 'exited', 'unknown', 'non-existent'];

/** k8s pleg.go PodLifecycleEvent: pod UID, type, and the container id as data. */
export interface PodLifecycleEvent {
  podUid: string;
  type: PlegEventType;
  containerId: string;
}

/** An event as it left the PLEG: `time` is when the relist offered it to the channel. */
export interface PlegEvent extends PodLifecycleEvent {
  time: number;
}
