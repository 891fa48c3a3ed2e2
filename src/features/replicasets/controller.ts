// Standalone ReplicaSets (not owned by a Deployment): keep `replicas` active pods, creating
// `<rs>-xxxxx` pods and deleting surplus ones in the ReplicaSet controller's order. k8s v1.28
// pkg/controller/replicaset/replica_set.go manageReplicas with controller.ActivePods ranking (the
// same ranking the deployments feature uses for its ReplicaSets).
import type { PodTemplate } from '../../model/types.js';
import type { SimContext } from '../../sim/context.js';
import { deletionOrder } from '../deployments/pod-ranking.js';
import { createOwnedPod, deleteOwnedPod, generatedName, isActive } from '../workload-pods/create.js';
import { WorkloadController } from '../workload-pods/owned.js';

export interface ReplicaSetState {
  name: string;
  namespace: string;
  replicas: number;
  template: PodTemplate;
  minReadySeconds: number;
}

export class ReplicaSetController extends WorkloadController<ReplicaSetState> {
  constructor(ctx: SimContext) {
    super(ctx, 'ReplicaSet');
  }

  add(rs: ReplicaSetState): void {
    const key = `${rs.namespace}/${rs.name}`;
    this.objects.set(key, rs);
    this.touch(key);
  }

  remove(key: string): void {
    const rs = this.objects.get(key);
    if (!rs) return;
    this.objects.delete(key);
    for (const p of this.podsOf(key)) deleteOwnedPod(this.ctx, { kind: 'ReplicaSet', name: rs.name }, p, false);
  }

  setReplicas(key: string, replicas: number): void {
    const rs = this.objects.get(key);
    if (!rs || rs.replicas === replicas) return;
    rs.replicas = replicas;
    this.touch(key);
  }

  protected sync(key: string, rs: ReplicaSetState): void {
    const owner = { kind: 'ReplicaSet', name: rs.name, namespace: rs.namespace };
    const active = this.podsOf(key).filter(isActive);
    const diff = active.length - rs.replicas;
    if (diff < 0) {
      for (let i = 0; i < -diff; i++) {
        const name = generatedName(this.ctx, rs.namespace, `${rs.name}-`, () => this.stream(key).next());
        createOwnedPod(this.ctx, owner, { name, template: rs.template });
      }
    } else if (diff > 0) {
      for (const p of deletionOrder(active).slice(0, diff)) deleteOwnedPod(this.ctx, owner, p);
    }
  }
}
