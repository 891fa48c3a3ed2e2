// Deployment controller (foundation part): keeps `replicas` pods of the current template alive,
// naming them `<deployment>-<pod-template-hash>-<suffix>` as Kubernetes does, and replacing pods
// that are deleted. Rolling/recreate updates build on this.
import type { RandomStream } from '../../engine/random.js';
import { canonicalJson, fnv32a, randomSuffix, safeEncode } from '../../model/hash.js';
import type { PodTemplate } from '../../model/types.js';
import type { PodState } from '../../sim/cluster.js';
import type { SimContext } from '../../sim/context.js';
import { PRIORITY } from '../../sim/priorities.js';

/** System label every pod of a service carries (SPEC §1: pods carry the service's name). */
export const SERVICE_LABEL = 'kubetwin.io/service';

export interface DeploymentState {
  name: string;
  namespace: string;
  replicas: number;
  template: PodTemplate;
  templateHash: string;
  strategy: { type: 'RollingUpdate' | 'Recreate'; maxSurge: number | string; maxUnavailable: number | string };
  minReadySeconds: number;
  createdAt: number;
}

export function templateHash(t: PodTemplate): string {
  return safeEncode(fnv32a(canonicalJson(t)));
}

export class DeploymentController {
  readonly deployments = new Map<string, DeploymentState>();
  private readonly pending = new Set<string>();
  private readonly names: RandomStream;

  constructor(private readonly ctx: SimContext) {
    this.names = ctx.rng('deployment/names');
    const c = ctx.cluster;
    c.bus.on('pod:deleted', (p) => this.touchOwner(p));
    c.bus.on('pod:phase', (p) => this.touchOwner(p));
  }

  add(d: DeploymentState): void {
    this.deployments.set(d.name, d);
    this.ctx.cluster.event('Deployment', d.name, 'Created', `Created deployment ${d.name} with ${d.replicas} replicas`);
    this.touch(d.name);
  }

  remove(name: string): void {
    const d = this.deployments.get(name);
    if (!d) return;
    this.deployments.delete(name);
    for (const p of this.pods(name)) this.ctx.cluster.deletePod(p, 'Killing', `Deleting pod ${p.key} of removed deployment ${name}`);
  }

  setReplicas(name: string, replicas: number, why: string): void {
    const d = this.deployments.get(name);
    if (!d || d.replicas === replicas) return;
    const old = d.replicas;
    d.replicas = replicas;
    this.ctx.cluster.event('Deployment', name, 'ScalingReplicaSet', `Scaled ${replicas > old ? 'up' : 'down'} replica set ${name}-${d.templateHash} from ${old} to ${replicas} (${why})`);
    this.touch(name);
  }

  /** Pods owned by the deployment that are not being deleted, in creation order. */
  pods(name: string): PodState[] {
    const out: PodState[] = [];
    for (const p of this.ctx.cluster.pods.values()) {
      if (p.obj.ownerRef?.kind === 'Deployment' && p.obj.ownerRef.name === name && p.deletingAt === undefined) out.push(p);
    }
    return out;
  }

  /** Schedules one reconcile of the deployment at the current time (coalesced). */
  touch(name: string): void {
    if (this.pending.has(name)) return;
    this.pending.add(name);
    this.ctx.engine.at(this.ctx.engine.now, () => {
      this.pending.delete(name);
      this.reconcile(name);
    }, PRIORITY.controller);
  }

  private touchOwner(p: PodState): void {
    const o = p.obj.ownerRef;
    if (o?.kind === 'Deployment' && this.deployments.has(o.name)) this.touch(o.name);
  }

  protected reconcile(name: string): void {
    const d = this.deployments.get(name);
    if (!d) return;
    const live = this.pods(name).filter((p) => p.phase !== 'Failed' && p.phase !== 'Succeeded');
    if (live.length < d.replicas) {
      for (let i = live.length; i < d.replicas; i++) this.createPod(d);
    } else if (live.length > d.replicas) {
      for (const p of deletionOrder(live).slice(0, live.length - d.replicas)) {
        this.ctx.cluster.deletePod(p, 'Killing', `Scaling down: deleting pod ${p.key}`);
      }
    }
  }

  createPod(d: DeploymentState): PodState {
    const c = this.ctx.cluster;
    let name: string;
    do name = `${d.name}-${d.templateHash}-${randomSuffix(() => this.names.next())}`;
    while (c.pods.has(`${d.namespace}/${name}`));
    const pod = c.createPod({
      name, namespace: d.namespace, uid: c.nextUid('pod'),
      labels: { ...d.template.labels, 'pod-template-hash': d.templateHash, [SERVICE_LABEL]: d.name },
      annotations: d.template.annotations,
      ownerRef: { kind: 'Deployment', name: d.name },
      spec: d.template.spec,
    });
    c.event('Deployment', d.name, 'SuccessfulCreate', `Created pod: ${name}`);
    return pod;
  }
}

/** k8s controller.ActivePods ordering (simplified): unscheduled < pending < not ready < ready, then newest first. */
export function deletionOrder(pods: PodState[]): PodState[] {
  const rank = (p: PodState) => (p.nodeName === undefined ? 0 : p.phase === 'Pending' ? 1 : !p.ready ? 2 : 3);
  return [...pods].sort((a, b) => rank(a) - rank(b) || b.createdAt - a.createdAt || (a.key < b.key ? 1 : -1));
}
