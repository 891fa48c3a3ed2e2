// The kubelet component's per-pod and per-container records: the runtime's container instances
// (the truth), the probe results the kubelet has published for the current instance, and the
// reason cache. Plain data plus small lookups.
import type { ContainerSpec } from '../../model/types.js';
import type { ContainerStatus, PodState } from '../../sim/cluster.js';
import type { ProbeResult, ProbeType } from '../../k8s/kubelet/prober/types.js';
import type { RuntimeView } from './actions.js';
import type { ContainerApp } from './apps.js';
import type { ProbeRunner } from './probe-runner.js';

/** One container instance in the runtime (a container ID): created and started at once. */
export interface Instance {
  id: string;
  startedAt: number;
  finishedAt?: number;
  exitCode?: number;
  /** Terminated reason: Completed (exit 0), Error, OOMKilled. */
  reason?: string;
  /** SIGTERM sent, waiting for the process to exit. */
  stopping?: boolean;
  /** Pending runtime event of this instance (scripted exit, OOM kill, end of a graceful stop). */
  timer?: number;
}

export interface Termination {
  reason: string;
  exitCode: number;
  startedAt: number;
  finishedAt: number;
}

export interface ContainerCounters {
  killedLiveness: number;
  killedStartup: number;
  oomKilled: number;
  exited: number;
  backOffs: number;
  probeFailures: Record<ProbeType, number>;
}

export interface ContainerRec {
  index: number;
  spec: ContainerSpec;
  app: ContainerApp;
  /** The API status object in the cluster (kept up to date by the kubelet). */
  status: ContainerStatus;
  /** Instances, oldest first. Container GC keeps the newest dead one (MaxPerPodContainer = 1). */
  instances: Instance[];
  /** Start time of every instance ever started (for the report). */
  starts: number[];
  /** Results published for `resultsFor` (the current container ID), per probe type. */
  results: Partial<Record<ProbeType, ProbeResult>>;
  resultsFor: string;
  /** kubelet reasonCache: the last start failure (CrashLoopBackOff) and its message. */
  waiting?: { reason: string; message: string };
  lastTermination?: Termination;
  /** flowcontrol.Backoff key (kuberuntime_manager.go getStableKey). */
  backoffKey: string;
  runners: ProbeRunner[];
  counters: ContainerCounters;
}

export interface PodRec {
  pod: PodState;
  node: string;
  /** The node's kubelet start time: the relist and sync-ticker grids start here. */
  kubeletStart: number;
  ip: string;
  containers: ContainerRec[];
  /** Pending sync event (handle, time); -1 when none. */
  syncHandle: number;
  syncAt: number;
  /** Pending pod-worker retry after a failed (back-off) sync. */
  retryHandle: number;
  /** A sync is blocked until this time (containers are being stopped); later requests wait. */
  busyUntil: number;
  pendingSync: boolean;
  /** Pod worker retry jitter: U[0, 1) from the pod's own stream. */
  rand: () => number;
  gone: boolean;
}

export function newestInstance(c: ContainerRec): Instance | undefined {
  return c.instances[c.instances.length - 1];
}

/** The running instance, if the newest one has not finished. */
export function runningInstance(c: ContainerRec): Instance | undefined {
  const i = newestInstance(c);
  return i && i.finishedAt === undefined ? i : undefined;
}

/** doBackOff's pick: the newest instance that has exited. */
export function newestExited(c: ContainerRec): Instance | undefined {
  for (let k = c.instances.length - 1; k >= 0; k--) if (c.instances[k].finishedAt !== undefined) return c.instances[k];
  return undefined;
}

/** What computePodActions sees of the container (kubecontainer.Status of the newest instance). */
export function runtimeView(c: ContainerRec): RuntimeView | undefined {
  const i = newestInstance(c);
  if (!i) return undefined;
  if (i.finishedAt !== undefined) return { state: 'exited', exitCode: i.exitCode };
  const own = c.resultsFor === i.id;
  return { state: 'running', liveness: own ? c.results.liveness : undefined, startup: own ? c.results.startup : undefined };
}

/** Published result of a probe type for the current instance. */
export function resultOf(c: ContainerRec, type: ProbeType): ProbeResult | undefined {
  const i = newestInstance(c);
  return i && c.resultsFor === i.id ? c.results[type] : undefined;
}

/** `<pod>.<container>`: the object name of a container in series and tables. */
export function containerObject(p: PodRec, c: ContainerRec): string {
  return `${p.pod.obj.name}.${c.spec.name}`;
}

/** k8s pkg/kubelet/util/format Pod: name_namespace(uid). */
export function formatPod(p: PodRec): string {
  return `${p.pod.obj.name}_${p.pod.obj.namespace}(${p.pod.obj.uid})`;
}
