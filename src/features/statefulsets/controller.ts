// The StatefulSet controller in the simulation: pods `<set>-<ordinal>` created and deleted per the
// pure port (OrderedReady waits, Parallel bursts, reverse-ordinal rolling update down to the
// partition), with the events of k8s v1.28 pkg/controller/statefulset/stateful_pod_control.go
// ("create Pod web-0 in StatefulSet web successful") and newVersionedStatefulSetPod's choice of
// revision (below the partition: the current revision).
import {
  podName,
  parentAndOrdinal,
  POD_NAME_LABEL,
  REVISION_LABEL,
  syncStatefulSet,
  type SetPod,
} from '../../k8s/controllers/statefulset/index.js';
import type { SimContext } from '../../sim/context.js';
import { isAvailable } from '../deployments/pod-ranking.js';
import { createOwnedPod } from '../workload-pods/create.js';
import { WorkloadController } from '../workload-pods/owned.js';
import type { Revision, StatefulSetState } from './types.js';

/** v1.28 PodIndexLabel (beta, on): the ordinal as a label. */
export const POD_INDEX_LABEL = 'apps.kubernetes.io/pod-index';

export class StatefulSetController extends WorkloadController<StatefulSetState> {
  constructor(ctx: SimContext) {
    super(ctx, 'StatefulSet');
  }

  add(s: StatefulSetState): void {
    const key = `${s.namespace}/${s.name}`;
    this.objects.set(key, s);
    this.touch(key);
  }

  remove(key: string): void {
    const s = this.objects.get(key);
    if (!s) return;
    this.objects.delete(key);
    for (const p of this.podsOf(key)) this.deletePod(s, p, false);
  }

  setReplicas(key: string, replicas: number): void {
    const s = this.objects.get(key);
    if (!s || s.replicas === replicas) return;
    s.replicas = replicas;
    this.touch(key);
  }

  setTemplate(key: string, update: Revision): void {
    const s = this.objects.get(key);
    if (!s || s.update.name === update.name) return;
    s.update = update;
    this.touch(key);
  }

  private deletePod(s: StatefulSetState, p: ReturnType<StatefulSetController['podsOf']>[number], event = true): void {
    if (p.deletingAt !== undefined) return;
    if (event)
      this.ctx.cluster.event('StatefulSet', s.name, 'SuccessfulDelete', `delete Pod ${p.obj.name} in StatefulSet ${s.name} successful`);
    if (this.ctx.terminator) this.ctx.terminator.terminate(p);
    else this.ctx.cluster.deletePod(p);
  }

  protected sync(key: string, s: StatefulSetState): void {
    const now = this.ctx.engine.now;
    const pods = this.podsOf(key);
    const setPods: SetPod[] = [];
    for (const p of pods) {
      const po = parentAndOrdinal(p.obj.name);
      if (!po || po.parent !== s.name) continue;
      setPods.push({
        ordinal: po.ordinal,
        revision: p.obj.labels[REVISION_LABEL] ?? '',
        phase: p.phase,
        ready: p.ready,
        available: isAvailable(p, s.minReadySeconds, now),
        deleting: p.deletingAt !== undefined,
      });
      const at = (p.readyTransitionAt ?? 0) + s.minReadySeconds * 1000;
      if (s.minReadySeconds > 0 && p.ready && at > now) this.touchAt(key, at);
    }
    const step = syncStatefulSet(
      {
        replicas: s.replicas,
        podManagementPolicy: s.podManagementPolicy,
        updateStrategy: s.updateStrategy,
        partition: s.partition,
        updateRevision: s.update.name,
      },
      setPods,
    );
    for (const d of step.delete) {
      const p = pods.find((x) => x.obj.name === podName(s.name, d.ordinal));
      if (p) this.deletePod(s, p);
    }
    for (const ordinal of step.create) this.createPod(s, ordinal);
    this.advanceCurrentRevision(s, key);
  }

  /** k8s updateStatefulSetStatus: once every pod runs the update revision, it becomes the current one. */
  private advanceCurrentRevision(s: StatefulSetState, key: string): void {
    if (s.current.name === s.update.name) return;
    const live = this.podsOf(key).filter((p) => p.deletingAt === undefined);
    if (live.length === s.replicas && live.every((p) => p.obj.labels[REVISION_LABEL] === s.update.name)) s.current = s.update;
  }

  private createPod(s: StatefulSetState, ordinal: number): void {
    const rev = s.updateStrategy === 'RollingUpdate' && ordinal < s.partition ? s.current : s.update;
    const name = podName(s.name, ordinal);
    if (this.ctx.cluster.pods.has(`${s.namespace}/${name}`)) return;
    createOwnedPod(
      this.ctx,
      { kind: 'StatefulSet', name: s.name, namespace: s.namespace },
      {
        name,
        template: rev.template,
        labels: { [REVISION_LABEL]: rev.name, [POD_NAME_LABEL]: name, [POD_INDEX_LABEL]: String(ordinal) },
        eventMessage: `create Pod ${name} in StatefulSet ${s.name} successful`,
      },
    );
  }
}
