// Drives the scheduler inside the simulation: keeps one NodeInfo per node up to date, feeds
// Pending pods through the scheduling queue one at a time, binds them or records why they stay
// Pending, and wakes unschedulable pods when the cluster changes (k8s v1.28 schedule_one.go,
// scheduling_queue.go MoveAllToActiveOrBackoffQueue). When preemption picks a node, the victims
// are deleted gracefully with a Preempted event and the preemptor is nominated to the node
// (k8s preemption.go prepareCandidate, schedule_one.go handleSchedulingFailure).
import type { RandomStream } from '../../engine/random.js';
import type { SimContext } from '../../sim/context.js';
import type { PodState } from '../../sim/cluster.js';
import { PRIORITY } from '../../sim/priorities.js';
import { SimClusterLister } from './cluster-lister.js';
import { Nominator } from './nominator.js';
import type { PdbManifest } from '../../scenario/schema/pdb.js';
import type { PodObject } from '../../model/types.js';
import {
  addPod,
  newNodeInfo,
  removePod,
  scheduleOne,
  SchedulingQueue,
  setNode,
  type ClusterEvent,
  type NodeInfo,
  type QueuedPodInfo,
  type SchedulerProfile,
} from '../../k8s/scheduler/index.js';

export interface SchedulingOptions {
  profile: SchedulerProfile;
}

export class SchedulerLoop {
  private readonly infos = new Map<string, NodeInfo>();
  private readonly queue: SchedulingQueue;
  private readonly state = { nextStartNodeIndex: 0 };
  /** Tie-break streams per pod: k8s selectHost draws from one global source; per pod, one pod's draws never shift another's. */
  private readonly streams = new Map<string, RandomStream>();
  private cycleScheduled = false;
  private wakeAt = Infinity;
  private wakeHandle = -1;
  private readonly lister: SimClusterLister;
  private readonly nominator = new Nominator();
  /** Hook for reports that want every attempt (scheduling explanations). */
  onAttempt?: (pod: PodState, result: ReturnType<typeof scheduleOne>) => void;

  constructor(
    private readonly ctx: SimContext,
    private readonly opts: SchedulingOptions,
  ) {
    this.queue = new SchedulingQueue();
    this.lister = new SimClusterLister(ctx);
    if (opts.profile.host) opts.profile.host.lister = this.lister;
    this.registerObjects();
    const { bus } = ctx.cluster;
    bus.on('node:added', (n) => {
      this.infos.set(n.spec.name, newNodeInfo(n.spec));
      this.clusterChanged('NodeAdd');
    });
    bus.on('node:changed', (n) => {
      const info = this.infos.get(n.spec.name);
      if (info) setNode(info, n.spec);
      this.clusterChanged('NodeUpdate');
    });
    bus.on('node:removed', (n) => {
      this.infos.delete(n.spec.name);
    });
    bus.on('pod:created', (p) => this.podCreated(p));
    bus.on('pod:bound', (p) => {
      this.nominator.delete(p.obj);
      const info = this.infos.get(p.nodeName!);
      if (info) addPod(info, p.obj);
      this.clusterChanged('AssignedPodAdd', p.obj);
    });
    bus.on('pod:deleted', (p) => {
      this.streams.delete(p.key);
      this.nominator.delete(p.obj);
      if (p.nodeName) {
        if (p.phase === 'Succeeded' || p.phase === 'Failed') return; // already gone from the scheduler's view
        const info = this.infos.get(p.nodeName);
        if (info) removePod(info, p.obj.uid);
        this.clusterChanged('AssignedPodDelete');
      } else this.queue.delete(p.key);
    });
    // k8s v1.28 scheduler.go newPodInformer lists pods with status.phase!=Succeeded,Failed: a pod
    // that finished (a Job's) no longer holds its requests, as if it had been deleted.
    bus.on('pod:phase', (p) => {
      if (!p.nodeName || (p.phase !== 'Succeeded' && p.phase !== 'Failed')) return;
      const info = this.infos.get(p.nodeName);
      if (info && removePod(info, p.obj.uid)) this.clusterChanged('AssignedPodDelete');
    });
  }

  private podCreated(pod: PodState): void {
    if (pod.obj.spec.schedulerName !== this.opts.profile.schedulerName) return;
    const fixed = pod.obj.spec.nodeName;
    if (fixed !== undefined) {
      // A pod with spec.nodeName bypasses the scheduler; the kubelet of that node admits it.
      if (this.ctx.cluster.nodes.has(fixed)) this.ctx.cluster.bindPod(pod, fixed);
      return;
    }
    this.queue.add(pod.key, pod.obj, this.ctx.engine.now);
    this.kick();
  }

  private clusterChanged(event: ClusterEvent, added?: PodObject): void {
    this.queue.moveAllToActiveOrBackoff(event, this.ctx.engine.now, added, added && this.lister.namespaceLabels(added.namespace));
    this.kick();
  }

  // Preemption reads PDBs too: it watches their creation and deletion next to the disruption
  // feature (installed before, which owns the kind), without replacing its handlers.
  private registerObjects(): void {
    const { creators, deleters } = this.ctx;
    const pdbKey = (ns: string, name: string) => `${ns}/${name}`;
    const create = creators.get('PodDisruptionBudget');
    const remove = deleters.get('PodDisruptionBudget');
    creators.set('PodDisruptionBudget', (o) => {
      create?.(o);
      const m = o.manifest as unknown as PdbManifest;
      this.lister.pdbObjects.set(pdbKey(m.metadata.namespace, m.metadata.name), { namespace: m.metadata.namespace, manifest: m });
    });
    deleters.set('PodDisruptionBudget', (name) => {
      remove?.(name);
      for (const k of [...this.lister.pdbObjects.keys()]) if (k.endsWith(`/${name}`)) this.lister.pdbObjects.delete(k);
    });
  }

  /** Ensures a scheduling cycle runs now if pods are active, or a wake-up when backoff ends. */
  private kick(): void {
    const now = this.ctx.engine.now;
    this.queue.flush(now);
    if (this.queue.activeLength > 0) {
      if (!this.cycleScheduled) {
        this.cycleScheduled = true;
        this.ctx.engine.at(now, () => this.cycle(), PRIORITY.scheduler);
      }
      return;
    }
    const next = this.queue.nextWakeTime();
    if (next !== undefined && next < this.wakeAt) {
      if (this.wakeHandle >= 0) this.ctx.engine.cancel(this.wakeHandle);
      this.wakeAt = next;
      this.wakeHandle = this.ctx.engine.at(
        next,
        () => {
          this.wakeAt = Infinity;
          this.wakeHandle = -1;
          this.kick();
        },
        PRIORITY.scheduler,
      );
    }
  }

  private cycle(): void {
    this.cycleScheduled = false;
    const now = this.ctx.engine.now;
    const info = this.queue.pop();
    if (info !== undefined) this.attempt(info, now);
    this.kick();
  }

  private attempt(info: QueuedPodInfo, now: number): void {
    const { cluster } = this.ctx;
    const pod = cluster.pods.get(info.key);
    if (!pod || pod.nodeName !== undefined) return;
    const nodes = [...this.infos.values()];
    let stream = this.streams.get(info.key);
    if (!stream) this.streams.set(info.key, (stream = this.ctx.rng(`scheduler/${info.key}`)));
    const rand = stream;
    const result = scheduleOne(this.opts.profile, pod.obj, nodes, this.state, () => rand.next(), {
      preemption: true,
      nominated: this.nominator.nominated,
      nominatedNodeName: this.nominator.nodeOf(pod.obj),
    });
    this.onAttempt?.(pod, result);
    if (result.nodeName !== undefined) {
      cluster.bindPod(pod, result.nodeName);
    } else {
      const reason = result.reason ?? `0/${nodes.length} nodes are available.`;
      pod.unschedulableReason = reason;
      if (result.nominatedNodeName !== undefined) this.preempt(pod, result.nominatedNodeName, result.victims ?? []);
      else if (result.clearNomination) this.nominator.delete(pod.obj);
      this.queue.addUnschedulable(info, result.unschedulablePlugins, now);
      cluster.event('Pod', pod.obj.name, 'FailedScheduling', reason);
    }
  }

  // k8s prepareCandidate: delete the victims (gracefully), clear lower-priority nominations on the
  // node, then nominate the preemptor to it.
  private preempt(preemptor: PodState, node: string, victims: readonly PodObject[]): void {
    const { cluster } = this.ctx;
    for (const v of victims) {
      const p = cluster.pods.get(`${v.namespace}/${v.name}`);
      if (!p || p.obj.uid !== v.uid || p.deletingAt !== undefined) continue;
      cluster.event('Pod', v.name, 'Preempted', `Preempted by pod ${preemptor.obj.uid} on node ${node}`);
      if (this.ctx.terminator) this.ctx.terminator.terminate(p);
      else cluster.deletePod(p, 'Killing', `Stopping pod ${p.key}`);
    }
    for (const other of this.nominator.nominated(node)) {
      if (other.spec.priority < preemptor.obj.spec.priority) this.nominator.delete(other);
    }
    this.nominator.add(preemptor.obj, node);
  }
}
