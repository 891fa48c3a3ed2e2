// Contracts between components that are built separately: the load model supplies usage, the
// kubelet supplies whether an application answers. Each is optional on the context; a component
// that needs one and finds none behaves as if load were zero / every running app answered.
import type { ContainerSpec, LabelSelector } from '../model/types.js';
import type { PodState } from './cluster.js';

export interface ContainerUsage {
  /** CPU used, millicores, after the CPU limit (throttling) is applied. */
  cpuMilli: number;
  /** CPU demand above the limit that was throttled, millicores. */
  cpuThrottledMilli: number;
  /** Memory the container wants, bytes (the kubelet compares it with the limit: OOMKilled). */
  memoryBytes: number;
  /** Network bandwidth in and out, bytes per second. */
  networkRxBytesPerSecond: number;
  networkTxBytesPerSecond: number;
}

export interface UsageProvider {
  /** Usage of one running container of a pod at `now`. */
  containerUsage(pod: PodState, container: ContainerSpec, now: number): ContainerUsage;
  /** Requests/s the pod serves now (for a `requests_per_second` Pods metric); optional. */
  podRequestsPerSecond?(pod: PodState, now: number): number;
}

export interface AppStatus {
  /** Whether a running container of the pod answers requests now (not hung, not erroring). */
  serving(pod: PodState, now: number): boolean;
}

export interface PodTerminator {
  /** Graceful deletion: the pod is Terminating (not Ready) until its containers stop, then removed. */
  terminate(pod: PodState): void;
  /** The node's kubelet runs again: pods deleted while it was down now stop. */
  kubeletStarted(node: string): void;
}

export interface NodeHealth {
  /** Whether the node's kubelet runs (heartbeats, starts and stops containers). */
  kubeletRunning(node: string): boolean;
}

/**
 * Pod annotation naming the scenario object (`Kind/name`) whose `spec.apps` entry scripts the pod's
 * containers, set by the workload controllers (e.g. `CronJob/report` on the pods of its Jobs).
 */
export const APP_TARGET_ANNOTATION = 'kubetwin.io/app-target';

/** Voluntary disruptions through the eviction API (PodDisruptionBudgets), set by the disruption feature. */
export interface Evictor {
  /** kubectl drain's eviction of these pods: evict each, retrying refused ones every 5 s. */
  drainPods(pods: readonly PodState[], node: string): void;
}

/** The scale subresource of one workload kind (Deployment, and any kind a feature adds). */
export interface ScaleTarget {
  /** spec.replicas of the named object, undefined when it does not exist. */
  replicas(name: string): number | undefined;
  /** Sets spec.replicas (`by` names who, for events: `timeline`, `hpa/web`). */
  setReplicas(name: string, replicas: number, by: string): void;
  /** The scale subresource's status.selector: the object's namespace and pod label selector. */
  selector(name: string): { namespace: string; selector: LabelSelector } | undefined;
}
