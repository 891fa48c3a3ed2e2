// Graceful pod deletion: the API server sets deletionTimestamp, the pod is Terminating (never Ready)
// while the kubelet stops its containers, and it is removed when they have stopped — after the app's
// shutdown time, at most terminationGracePeriodSeconds (then SIGKILL).
// k8s v1.28 pkg/registry/core/pod/strategy.go CheckGracefulDelete (unscheduled or terminal pods go at
// once) and pkg/kubelet/kuberuntime/kuberuntime_container.go killContainer ("Killing" event). A pod
// whose node's kubelet is down stays Terminating until that kubelet comes back.
import { z } from 'zod';
import { duration } from '../../model/fields.js';
import type { PodState } from '../../sim/cluster.js';
import type { SimContext } from '../../sim/context.js';
import { PRIORITY } from '../../sim/priorities.js';

/** `spec.termination`: how long apps take to stop after SIGTERM (default 1 s). */
export const terminationSection = z
  .strictObject({
    shutdownTime: duration.default(1000),
  })
  .optional();

/** Per-pod override (template annotation), e.g. `kubetwin.io/shutdown-time: 20s`. */
export const SHUTDOWN_ANNOTATION = 'kubetwin.io/shutdown-time';

export class Terminator {
  /** Told when a pod starts terminating (its owner's controller creates a replacement now). */
  podTerminating?: (pod: PodState) => void;

  private readonly defaultShutdownMs: number;
  /** Pods waiting for their node's kubelet to come back, by node. */
  private readonly stalled = new Map<string, PodState[]>();

  constructor(
    private readonly ctx: SimContext,
    parseMs: (text: string) => number,
  ) {
    const spec = ctx.scenario.manifest.spec as { termination?: { shutdownTime: number } };
    this.defaultShutdownMs = spec.termination?.shutdownTime ?? 1000;
    this.parseMs = parseMs;
    // A terminating pod is never Ready, whatever a kubelet reports (k8s: endpoints drop it too).
    ctx.cluster.bus.on('pod:ready', (p) => {
      if (p.deletingAt !== undefined && p.ready) ctx.cluster.setReady(p, false);
    });
  }

  private readonly parseMs: (text: string) => number;

  /** Time the pod takes to stop once its kubelet acts. */
  stopTimeMs(pod: PodState): number {
    const note = pod.obj.annotations[SHUTDOWN_ANNOTATION];
    const shutdown = note !== undefined ? this.parseMs(note) : this.defaultShutdownMs;
    return Math.min(shutdown, pod.obj.spec.terminationGracePeriodSeconds * 1000);
  }

  /** Starts graceful deletion (idempotent). */
  terminate(pod: PodState): void {
    const { cluster } = this.ctx;
    if (pod.deletingAt !== undefined || !cluster.pods.has(pod.key)) return;
    pod.deletingAt = cluster.now;
    cluster.bus.emit('pod:deleting', pod);
    cluster.setReady(pod, false);
    // The owner's ReplicaSet no longer counts the pod: it creates a replacement now.
    this.podTerminating?.(pod);
    if (pod.nodeName === undefined || pod.phase === 'Succeeded' || pod.phase === 'Failed') {
      cluster.deletePod(pod, 'Deleted', `Pod ${pod.key} deleted`);
      return;
    }
    const node = pod.nodeName;
    if (this.ctx.nodeHealth && !this.ctx.nodeHealth.kubeletRunning(node)) {
      const list = this.stalled.get(node) ?? [];
      list.push(pod);
      this.stalled.set(node, list);
      return;
    }
    this.stop(pod);
  }

  /** The node's kubelet is back: it stops the pods deleted meanwhile. */
  kubeletStarted(node: string): void {
    const list = this.stalled.get(node);
    this.stalled.delete(node);
    for (const p of list ?? []) if (this.ctx.cluster.pods.has(p.key)) this.stop(p);
  }

  private stop(pod: PodState): void {
    const { cluster, engine } = this.ctx;
    for (const c of pod.containers)
      if (c.state === 'running') cluster.event('Pod', pod.obj.name, 'Killing', `Stopping container ${c.name}`);
    const took = this.stopTimeMs(pod);
    engine.at(
      engine.now + took,
      () => {
        if (!cluster.pods.has(pod.key)) return;
        cluster.deletePod(pod, 'Deleted', `Pod ${pod.key} deleted after its containers stopped (${took / 1000} s)`);
      },
      PRIORITY.kubelet,
    );
  }
}
