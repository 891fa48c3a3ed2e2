// NoExecute taint manager: pods on a node with NoExecute taints they do not tolerate are deleted at
// once; pods that tolerate them for tolerationSeconds are deleted when that time has passed since the
// taint manager saw the taints; a removed taint cancels the pending deletion.
// k8s v1.28 pkg/controller/nodelifecycle/scheduler/taint_manager.go processPodOnNode
// ("TaintManagerEviction": "Marking for deletion Pod ns/name" as the deletion happens, "Cancelling
// deletion of Pod ns/name" when a pending one is dropped).
import type { PodState } from '../../sim/cluster.js';
import type { SimContext } from '../../sim/context.js';
import { PRIORITY } from '../../sim/priorities.js';
import { matchingTolerations, minTolerationMs, withDefaultTolerations } from '../../k8s/controllers/node-lifecycle/taints.js';

interface Scheduled {
  handle: number;
  /** When the eviction was first scheduled (k8s scheduledEviction.CreatedAt). */
  createdAt: number;
  at: number;
}

export class TaintManager {
  private readonly scheduled = new Map<string, Scheduled>();
  /** Evictions carried out: pod key → { node, time }. */
  readonly evictions: Array<{ pod: string; node: string; at: number }> = [];

  constructor(private readonly ctx: SimContext) {
    const bus = ctx.cluster.bus;
    bus.on('node:changed', (n) => {
      for (const p of ctx.cluster.podsOn(n.spec.name)) this.processPod(p);
    });
    bus.on('pod:bound', (p) => this.processPod(p));
    bus.on('pod:deleted', (p) => this.cancel(p, false));
  }

  private cancel(pod: PodState, withEvent: boolean): void {
    const s = this.scheduled.get(pod.key);
    if (!s) return;
    this.ctx.engine.cancel(s.handle);
    this.scheduled.delete(pod.key);
    if (withEvent) this.ctx.cluster.event('Pod', pod.obj.name, 'TaintManagerEviction', `Cancelling deletion of Pod ${pod.key}`);
  }

  processPod(pod: PodState): void {
    const { cluster, engine } = this.ctx;
    if (pod.nodeName === undefined || pod.deletingAt !== undefined) return;
    const node = cluster.nodes.get(pod.nodeName);
    const taints = (node?.spec.taints ?? []).filter((t) => t.effect === 'NoExecute');
    if (taints.length === 0) {
      this.cancel(pod, true);
      return;
    }
    // The pod's tolerations as admitted (DefaultTolerationSeconds adds the 300 s ones).
    const { all, used } = matchingTolerations(taints, withDefaultTolerations(pod.obj.spec.tolerations));
    const now = engine.now;
    if (!all) {
      this.cancel(pod, false);
      this.evict(pod);
      return;
    }
    const min = minTolerationMs(used);
    if (min < 0) {
      this.cancel(pod, true);
      return;
    }
    const prev = this.scheduled.get(pod.key);
    // k8s: work scheduled earlier stands (its start time is before now); same-instant work is replaced.
    if (prev && prev.createdAt < now) return;
    if (prev) this.cancel(pod, false);
    const at = now + min;
    const handle = engine.at(
      Math.max(at, now),
      () => {
        this.scheduled.delete(pod.key);
        if (cluster.pods.has(pod.key)) this.evict(pod);
      },
      PRIORITY.controller,
    );
    this.scheduled.set(pod.key, { handle, createdAt: now, at });
  }

  private evict(pod: PodState): void {
    if (pod.deletingAt !== undefined) return;
    // k8s deletePodHandler → emitPodDeletionEvent, then the (graceful) delete.
    this.ctx.cluster.event('Pod', pod.obj.name, 'TaintManagerEviction', `Marking for deletion Pod ${pod.key}`);
    this.evictions.push({ pod: pod.obj.name, node: pod.nodeName ?? '', at: this.ctx.engine.now });
    if (this.ctx.terminator) this.ctx.terminator.terminate(pod);
    else this.ctx.cluster.deletePod(pod, 'TaintManagerEviction', `Deleting Pod ${pod.key}`);
  }
}
