// The DaemonSet controller in the simulation: one daemon pod per eligible node (nodes added later
// included), created with the controller's tolerations and a node affinity on the node's name and
// then bound by the default scheduler (k8s v1.28 ScheduleDaemonSetPods behaviour); failed pods are
// replaced with the per-node back-off; rolling update per the pure port. k8s v1.28
// pkg/controller/daemon/daemon_controller.go syncDaemonSet/manage/syncNodes and update.go.
import {
  daemonPodNodeAffinity,
  daemonPodTolerations,
  nodeShouldRunDaemonPod,
  podsShouldBeOnNode,
  rollingUpdate,
  targetNodeName,
  type DaemonPod,
  type DaemonTemplate,
  type RollingNode,
} from '../../k8s/controllers/daemonset/index.js';
import { scaledValue } from '../../k8s/controllers/deployment/intstr.js';
import type { PodState } from '../../sim/cluster.js';
import type { SimContext } from '../../sim/context.js';
import { isAvailable } from '../deployments/pod-ranking.js';
import { createOwnedPod, deleteOwnedPod, generatedName, isTerminal } from '../workload-pods/create.js';
import { WorkloadController } from '../workload-pods/owned.js';
import { FailedPodsBackoff } from './backoff.js';
import type { DaemonSetState } from './types.js';

export const REVISION_LABEL = 'controller-revision-hash';

export class DaemonSetController extends WorkloadController<DaemonSetState> {
  private readonly backoff = new FailedPodsBackoff();

  constructor(ctx: SimContext) {
    super(ctx, 'DaemonSet');
    const all = () => {
      for (const k of this.objects.keys()) this.touch(k);
    };
    ctx.cluster.bus.on('node:added', all);
    ctx.cluster.bus.on('node:changed', all);
    ctx.cluster.bus.on('node:removed', all);
  }

  add(ds: DaemonSetState): void {
    const key = `${ds.namespace}/${ds.name}`;
    this.objects.set(key, ds);
    this.touch(key);
  }

  /** Deletes the DaemonSet; the garbage collector deletes its pods (background propagation). */
  remove(key: string): void {
    const ds = this.objects.get(key);
    if (!ds) return;
    this.objects.delete(key);
    for (const p of this.podsOf(key)) deleteOwnedPod(this.ctx, { kind: 'DaemonSet', name: ds.name }, p, false);
  }

  /** Replaces the template: the rolling update (or OnDelete) takes over. */
  setTemplate(key: string, template: DaemonSetState['template'], hash: string): void {
    const ds = this.objects.get(key);
    if (!ds || ds.hash === hash) return;
    ds.template = template;
    ds.hash = hash;
    this.touch(key);
  }

  private daemonTemplate(ds: DaemonSetState): DaemonTemplate {
    const s = ds.template.spec;
    return {
      nodeName: s.nodeName,
      nodeSelector: s.nodeSelector,
      affinity: s.affinity,
      tolerations: s.tolerations,
      hostNetwork: ds.hostNetwork,
    };
  }

  /** Pods by the node they are bound or pinned to (terminal pods being deleted are left out). */
  nodeToPods(key: string, ds: DaemonSetState): Map<string, { pods: DaemonPod[]; states: PodState[] }> {
    const now = this.ctx.engine.now;
    const out = new Map<string, { pods: DaemonPod[]; states: PodState[] }>();
    for (const p of this.podsOf(key)) {
      if (p.deletingAt !== undefined && isTerminal(p)) continue;
      const node = p.nodeName ?? targetNodeName(p.obj.spec.nodeName, p.obj.spec.affinity?.nodeAffinity);
      if (node === undefined) continue;
      const e = out.get(node) ?? { pods: [], states: [] };
      e.pods.push({
        name: p.obj.name,
        updated: p.obj.labels[REVISION_LABEL] === ds.hash,
        deleting: p.deletingAt !== undefined,
        phase: p.phase,
        scheduled: p.nodeName !== undefined,
        ready: p.ready,
        available: isAvailable(p, ds.minReadySeconds, now),
        createdAt: p.createdAt,
      });
      e.states.push(p);
      out.set(node, e);
    }
    return out;
  }

  protected sync(key: string, ds: DaemonSetState): void {
    const now = this.ctx.engine.now;
    const tpl = this.daemonTemplate(ds);
    const byNode = this.nodeToPods(key, ds);
    const surge = ds.updateStrategy.type === 'RollingUpdate' && scaledValue(ds.updateStrategy.maxSurge, 1, true) > 0;
    const create: string[] = [];
    const remove: PodState[] = [];
    const find = (node: string, name: string) => byNode.get(node)?.states.find((s) => s.obj.name === name);
    for (const node of this.ctx.cluster.nodes.values()) {
      const n = node.spec.name;
      const bk = `${key}/${n}`;
      const d = podsShouldBeOnNode(nodeShouldRunDaemonPod(node.spec, tpl), byNode.get(n)?.pods, surge, this.backoff.inBackoff(bk, now));
      if (d.create) create.push(n);
      for (const name of d.failed) {
        this.backoff.next(bk, now);
        this.ctx.cluster.event(
          'DaemonSet',
          ds.name,
          'FailedDaemonPod',
          `Found failed daemon pod ${ds.namespace}/${name} on node ${n}, will try to kill it`,
        );
      }
      for (const name of [...d.failed, ...d.delete]) {
        const p = find(n, name);
        if (p) remove.push(p);
      }
      if (d.requeue) this.touchAt(key, this.backoff.endsAt(bk) ?? now);
    }
    if (create.length > 0 || remove.length > 0) {
      this.syncNodes(ds, remove, create);
      return;
    }
    if (ds.updateStrategy.type !== 'RollingUpdate') return;
    const nodes: RollingNode[] = [...this.ctx.cluster.nodes.values()].map((node) => ({
      name: node.spec.name,
      shouldRun: nodeShouldRunDaemonPod(node.spec, tpl).shouldRun,
      pods: byNode.get(node.spec.name)?.pods,
    }));
    const step = rollingUpdate(nodes, { maxSurge: ds.updateStrategy.maxSurge, maxUnavailable: ds.updateStrategy.maxUnavailable });
    const toDelete = step.deletePods
      .map((name) => [...byNode.values()].flatMap((e) => e.states).find((s) => s.obj.name === name))
      .filter((p): p is PodState => p !== undefined);
    this.syncNodes(ds, toDelete, step.createOnNodes);
    // minReadySeconds: look again when a ready pod becomes available.
    if (ds.minReadySeconds > 0) {
      for (const p of this.podsOf(key)) {
        const at = (p.readyTransitionAt ?? 0) + ds.minReadySeconds * 1000;
        if (p.ready && at > now) this.touchAt(key, at);
      }
    }
  }

  /** syncNodes: delete, then create one pod per node, bound to it through node affinity. */
  private syncNodes(ds: DaemonSetState, remove: readonly PodState[], nodes: readonly string[]): void {
    const owner = { kind: 'DaemonSet', name: ds.name, namespace: ds.namespace };
    for (const p of remove) deleteOwnedPod(this.ctx, owner, p);
    const key = `${ds.namespace}/${ds.name}`;
    const tolerations = daemonPodTolerations(ds.template.spec.tolerations, ds.hostNetwork);
    for (const node of nodes) {
      const name = generatedName(this.ctx, ds.namespace, `${ds.name}-`, () => this.stream(key).next());
      createOwnedPod(this.ctx, owner, {
        name,
        template: ds.template,
        labels: { [REVISION_LABEL]: ds.hash },
        spec: {
          tolerations,
          affinity: { ...ds.template.spec.affinity, nodeAffinity: daemonPodNodeAffinity(ds.template.spec.affinity?.nodeAffinity, node) },
        },
      });
    }
  }
}
