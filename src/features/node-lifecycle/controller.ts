// Node lifecycle: kubelet heartbeats, the Ready condition, NoSchedule/NoExecute condition taints and
// marking pods not ready, plus cordon/uncordon/drain.
// k8s v1.28 pkg/controller/nodelifecycle/node_lifecycle_controller.go (monitorNodeHealth,
// doNoScheduleTaintingPass, doNoExecuteTaintingPass, markNodeAsReachable) and
// pkg/controller/util/node/controller_utils.go MarkPodsNotReady; kubectl cordon/drain.
import type { Taint, TaintEffect } from '../../model/types.js';
import type { NodeState } from '../../sim/cluster.js';
import type { SimContext } from '../../sim/context.js';
import type { NodeHealth } from '../../sim/hooks.js';
import { PRIORITY } from '../../sim/priorities.js';
import { lastRenewal, NODE_MONITOR_GRACE_MS, NODE_MONITOR_PERIOD_MS } from '../../k8s/controllers/node-lifecycle/heartbeat.js';
import { TAINT_NOT_READY, TAINT_UNREACHABLE } from '../../k8s/controllers/node-lifecycle/taints.js';

type Condition = 'True' | 'False' | 'Unknown';

export interface NodeRecord {
  /** When the kubelet (re)started: lease renewals run on this grid. */
  kubeletStartedAt: number;
  /** Set while the kubelet is down. */
  kubeletDiedAt?: number;
  /** The Ready condition as the controller last saw it. */
  condition: Condition;
  /** Times the Ready condition left True (NotReady / Unknown). */
  notReadyTimes: number[];
}

const isConditionTaint = (t: Taint) => t.key === TAINT_NOT_READY || t.key === TAINT_UNREACHABLE;

export class NodeLifecycleController implements NodeHealth {
  readonly records = new Map<string, NodeRecord>();

  constructor(private readonly ctx: SimContext) {
    const { cluster, engine } = ctx;
    cluster.bus.on('node:added', (n) =>
      this.records.set(n.spec.name, { kubeletStartedAt: engine.now, condition: 'True', notReadyTimes: [] }),
    );
    cluster.bus.on('node:removed', (n) => this.records.delete(n.spec.name));
    engine.every(NODE_MONITOR_PERIOD_MS, (now) => this.monitor(now), { start: 0, priority: PRIORITY.node });
  }

  kubeletRunning(node: string): boolean {
    return this.records.get(node)?.kubeletDiedAt === undefined;
  }

  /** failNode: the kubelet stops; nothing is reported until the grace period has passed. */
  failNode(name: string): void {
    const r = this.records.get(name);
    if (!r || r.kubeletDiedAt !== undefined) return;
    r.kubeletDiedAt = this.ctx.engine.now;
  }

  /** recoverNode: the kubelet starts, posts Ready at once and stops the pods deleted meanwhile. */
  recoverNode(name: string): void {
    const r = this.records.get(name);
    if (!r || r.kubeletDiedAt === undefined) return;
    const { cluster, engine } = this.ctx;
    r.kubeletDiedAt = undefined;
    r.kubeletStartedAt = engine.now;
    cluster.setNodeReady(name, true, 'KubeletReady: kubelet is posting ready status');
    this.ctx.terminator?.kubeletStarted(name);
    // The kubelet's status sync reports its running pods' readiness again.
    for (const p of cluster.podsOn(name)) {
      if (p.deletingAt === undefined && p.phase === 'Running' && p.containers.every((c) => c.state === 'running' && c.ready))
        cluster.setReady(p, true);
    }
  }

  cordon(name: string, on: boolean): void {
    const node = this.ctx.cluster.nodes.get(name);
    if (!node || node.spec.unschedulable === on) return;
    this.ctx.cluster.updateNode(name, (n) => {
      n.spec = { ...n.spec, unschedulable: on };
    });
    const status = on ? 'NodeNotSchedulable' : 'NodeSchedulable';
    this.ctx.cluster.event('Node', name, status, `Node ${name} status is now: ${status}`);
  }

  /**
   * kubectl drain --ignore-daemonsets: cordon, then evict every pod of the node except DaemonSet
   * pods (their controller would put them straight back). With the disruption feature installed the
   * evictions respect PodDisruptionBudgets (a refused one is retried every 5 s); without it every pod
   * is deleted gracefully at once.
   */
  drain(name: string): void {
    this.cordon(name, true);
    const pods = this.ctx.cluster.podsOn(name).filter((p) => p.deletingAt === undefined && p.obj.ownerRef?.kind !== 'DaemonSet');
    if (this.ctx.evictor) {
      this.ctx.evictor.drainPods(pods, name);
      return;
    }
    for (const p of pods) {
      this.ctx.cluster.event('Pod', p.obj.name, 'Evicted', `Evicting pod ${p.key} (drain of node ${name})`);
      if (this.ctx.terminator) this.ctx.terminator.terminate(p);
      else this.ctx.cluster.deletePod(p);
    }
  }

  /** One monitorNodeHealth pass plus the tainting passes, in node order. */
  private monitor(now: number): void {
    for (const node of this.ctx.cluster.nodes.values()) {
      const r = this.records.get(node.spec.name);
      if (!r) continue;
      const cond = this.observe(node, r, now);
      if (cond !== r.condition) {
        if (r.condition === 'True') r.notReadyTimes.push(now);
        r.condition = cond;
        if (cond !== 'True') this.markPodsNotReady(node);
      }
      this.syncTaints(node, cond, now);
    }
  }

  private observe(node: NodeState, r: NodeRecord, now: number): Condition {
    if (r.kubeletDiedAt !== undefined) {
      if (r.condition === 'Unknown') return 'Unknown';
      const renewed = lastRenewal(r.kubeletStartedAt, r.kubeletDiedAt);
      if (renewed + NODE_MONITOR_GRACE_MS < now) {
        this.ctx.cluster.setNodeReady(node.spec.name, false, 'NodeStatusUnknown: Kubelet stopped posting node status.');
        return 'Unknown';
      }
      return r.condition;
    }
    // A running kubelet reports its own Ready condition (another component may set it False).
    return node.ready ? 'True' : 'False';
  }

  /** k8s MarkPodsNotReady: the pods of a node that is not Ready lose their Ready condition. */
  private markPodsNotReady(node: NodeState): void {
    for (const p of this.ctx.cluster.podsOn(node.spec.name)) {
      if (p.ready) this.ctx.cluster.setReady(p, false);
    }
  }

  /** Condition taints: not-ready for False, unreachable for Unknown, each NoSchedule and NoExecute. */
  private syncTaints(node: NodeState, cond: Condition, now: number): void {
    const key = cond === 'False' ? TAINT_NOT_READY : cond === 'Unknown' ? TAINT_UNREACHABLE : undefined;
    const current = node.spec.taints.filter(isConditionTaint);
    const want: TaintEffect[] = key ? ['NoSchedule', 'NoExecute'] : [];
    const same = current.length === want.length && current.every((t) => t.key === key && want.includes(t.effect));
    if (same) return;
    const kept = node.spec.taints.filter((t) => !isConditionTaint(t));
    const added: Taint[] = want.map((effect) => ({ key: key!, effect, ...(effect === 'NoExecute' ? { timeAdded: now } : {}) }));
    this.ctx.cluster.updateNode(node.spec.name, (n) => {
      n.spec = { ...n.spec, taints: [...kept, ...added] };
    });
  }
}
