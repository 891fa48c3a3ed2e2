// Deployment controller: one ReplicaSet per pod-template hash, rolling update (maxSurge /
// maxUnavailable, honouring readiness and minReadySeconds), Recreate (the "quick update": scale old
// pods to 0, wait until they are gone, then start the new ones), scaling and deletion.
// k8s v1.28 pkg/controller/deployment/{sync.go, rolling.go, recreate.go} for the Deployment part and
// pkg/controller/replicaset/replica_set.go manageReplicas for the pods of each ReplicaSet.
import type { RandomStream } from '../../engine/random.js';
import { canonicalJson, fnv32a, randomSuffix, safeEncode } from '../../model/hash.js';
import type { PodTemplate } from '../../model/types.js';
import type { PodState } from '../../sim/cluster.js';
import type { SimContext } from '../../sim/context.js';
import { PRIORITY } from '../../sim/priorities.js';
import { deletionOrder, isAvailable } from './pod-ranking.js';
import { reconcileNew, reconcileOld, newRSNewReplicas, type RsCounts } from '../../k8s/controllers/deployment/rolling-math.js';
import { serviceState } from './service-state.js';
import { PodIndex } from './pod-index.js';
import type { DeploymentState, ReplicaSetState } from './types.js';

export type { DeploymentState, ReplicaSetState } from './types.js';

/** System label every pod of a service carries (SPEC §1: pods carry the service's name). */
export const SERVICE_LABEL = 'kubetwin.io/service';

/** k8s ComputeHash: a hash of the pod template, safe-encoded (pod-template-hash label). */
export function templateHash(t: PodTemplate): string {
  return safeEncode(fnv32a(canonicalJson(t)));
}

export class DeploymentController {
  readonly deployments = new Map<string, DeploymentState>();
  private readonly pending = new Set<string>();
  /** Pod-name streams, one per ReplicaSet (k8s: the ReplicaSet's GenerateName suffixes). */
  private readonly names = new Map<string, RandomStream>();
  /** Pods by owning deployment (Terminating ones included), in creation order. */
  private readonly owned = new Map<string, Set<PodState>>();
  /** Active, ready and failing pods per Deployment, kept from pod events (no walk per reconcile). */
  private readonly index = new PodIndex();

  constructor(private readonly ctx: SimContext) {
    const bus = ctx.cluster.bus;
    bus.on('pod:created', (p) => {
      const o = p.obj.ownerRef;
      if (o?.kind !== 'Deployment') return;
      const set = this.owned.get(o.name) ?? new Set();
      set.add(p);
      this.owned.set(o.name, set);
      this.index.update(o.name, p);
    });
    bus.on('pod:deleted', (p) => {
      const o = p.obj.ownerRef;
      if (o?.kind === 'Deployment') {
        this.owned.get(o.name)?.delete(p);
        this.index.remove(o.name, p);
      }
      this.touchOwner(p);
    });
    bus.on('pod:phase', (p) => this.podChanged(p));
    bus.on('pod:ready', (p) => {
      this.podChanged(p);
      // k8s ReplicaSet controller: re-sync after minReadySeconds, when a ready pod becomes available.
      const d = this.ownerOf(p);
      if (d && p.ready && d.minReadySeconds > 0) {
        this.ctx.engine.at(this.ctx.engine.now + d.minReadySeconds * 1000, () => this.touch(d.name), PRIORITY.controller);
      }
    });
    bus.on('container:changed', ({ pod }) => this.podChanged(pod));
  }

  /**
   * A pod changed (phase, Ready, a container, or deletion started): re-evaluate it in the index and
   * reconcile its Deployment. Every change the index counts arrives here or at pod:created/deleted.
   */
  private podChanged(p: PodState): void {
    this.notePod(p);
    this.touchOwner(p);
  }

  /** Re-evaluates one pod of a Deployment in the index (also called when its deletion starts). */
  notePod(p: PodState): void {
    const o = p.obj.ownerRef;
    if (o?.kind === 'Deployment' && this.owned.get(o.name)?.has(p)) this.index.update(o.name, p);
  }

  add(d: DeploymentState): void {
    this.deployments.set(d.name, d);
    this.touch(d.name);
  }

  /** Deletes the deployment; its ReplicaSets and pods go with it (garbage collector, background). */
  remove(name: string): void {
    const d = this.deployments.get(name);
    if (!d) return;
    this.deployments.delete(name);
    for (const rs of d.replicaSets) {
      for (const p of this.podsOf(d, rs)) this.terminate(p);
    }
    this.ctx.cluster.event('Deployment', name, 'Deleted', `Deleted deployment ${name}`);
  }

  setReplicas(name: string, replicas: number, _why?: string): void {
    const d = this.deployments.get(name);
    if (!d || d.replicas === replicas) return;
    d.replicas = replicas;
    this.touch(name);
  }

  /** Replaces the pod template: a new hash starts a rollout (rolling or recreate, per strategy). */
  setTemplate(name: string, template: PodTemplate): void {
    const d = this.deployments.get(name);
    if (!d) return;
    const hash = templateHash(template);
    if (hash === d.templateHash) return;
    d.template = template;
    d.templateHash = hash;
    d.rolloutStartedAt = this.ctx.engine.now;
    this.touch(name);
  }

  /** Pods owned by the deployment that are not being deleted, in creation order. */
  pods(name: string): PodState[] {
    return this.allPods(name).filter((p) => p.deletingAt === undefined);
  }

  /** Every pod of the deployment, Terminating ones included. */
  allPods(name: string): PodState[] {
    return [...(this.owned.get(name) ?? [])];
  }

  /** Schedules one reconcile of the deployment at the current time (coalesced). */
  touch(name: string): void {
    if (this.pending.has(name)) return;
    this.pending.add(name);
    this.ctx.engine.at(
      this.ctx.engine.now,
      () => {
        this.pending.delete(name);
        this.reconcile(name);
      },
      PRIORITY.controller,
    );
  }

  private ownerOf(p: PodState): DeploymentState | undefined {
    const o = p.obj.ownerRef;
    return o?.kind === 'Deployment' ? this.deployments.get(o.name) : undefined;
  }

  private touchOwner(p: PodState): void {
    const d = this.ownerOf(p);
    if (d) this.touch(d.name);
  }

  /** Active pods (not terminating, not terminal) of one ReplicaSet, in creation order (a copy). */
  private podsOf(d: DeploymentState, rs: ReplicaSetState): PodState[] {
    return [...this.index.active(d.name, rs.hash)];
  }

  /** k8s GetAvailableReplicaCountForReplicaSets for one ReplicaSet. */
  private counts(d: DeploymentState, rs: ReplicaSetState): RsCounts {
    // With minReadySeconds 0 an active pod is available exactly when it is Ready (k8s IsPodAvailable).
    if (d.minReadySeconds === 0) return { replicas: rs.replicas, available: this.index.readyActive(d.name, rs.hash) };
    const now = this.ctx.engine.now;
    let available = 0;
    for (const p of this.index.active(d.name, rs.hash)) if (isAvailable(p, d.minReadySeconds, now)) available++;
    return { replicas: rs.replicas, available };
  }

  protected reconcile(name: string): void {
    const d = this.deployments.get(name);
    if (!d) return;
    const again = d.strategy.type === 'Recreate' ? this.rolloutRecreate(d) : this.rolloutRolling(d);
    for (const rs of d.replicaSets) this.manageReplicas(d, rs);
    this.syncStatus(d);
    // k8s: a sync that scaled returns; the ReplicaSet update triggers the next sync.
    if (again) this.touch(name);
  }

  private newRS(d: DeploymentState): ReplicaSetState | undefined {
    return d.replicaSets.find((rs) => rs.hash === d.templateHash);
  }

  /** k8s getNewReplicaSet (create): the new ReplicaSet, sized by NewRSNewReplicas. */
  private createNewRS(d: DeploymentState): ReplicaSetState {
    const all = d.replicaSets.map((rs) => this.counts(d, rs));
    const replicas = newRSNewReplicas(d, all, { replicas: 0, available: 0 });
    const revision = d.replicaSets.reduce((m, rs) => Math.max(m, rs.revision), 0) + 1;
    const rs: ReplicaSetState = {
      name: `${d.name}-${d.templateHash}`,
      hash: d.templateHash,
      template: d.template,
      replicas,
      createdAt: this.ctx.engine.now,
      revision,
    };
    d.replicaSets.push(rs);
    if (replicas > 0) this.ctx.cluster.event('Deployment', d.name, 'ScalingReplicaSet', `Scaled up replica set ${rs.name} to ${replicas}`);
    return rs;
  }

  /** k8s scaleReplicaSet: records "Scaled up/down replica set X to N from M". */
  private scale(d: DeploymentState, rs: ReplicaSetState, to: number): void {
    if (rs.replicas === to) return;
    const from = rs.replicas;
    rs.replicas = to;
    this.ctx.cluster.event(
      'Deployment',
      d.name,
      'ScalingReplicaSet',
      `Scaled ${to > from ? 'up' : 'down'} replica set ${rs.name} to ${to} from ${from}`,
    );
  }

  /** k8s rolloutRolling: grow the new RS within maxSurge, then shrink old ones within maxUnavailable. */
  private rolloutRolling(d: DeploymentState): boolean {
    let newRS = this.newRS(d);
    if (!newRS) newRS = this.createNewRS(d);
    const old = d.replicaSets.filter((rs) => rs !== newRS);
    const all = d.replicaSets.map((rs) => this.counts(d, rs));
    const newCounts = all[d.replicaSets.indexOf(newRS)];
    const target = reconcileNew(d, all, newCounts);
    if (target !== undefined) {
      this.scale(d, newRS, target);
      return true;
    }
    const oldCounts = old.map((rs) => this.counts(d, rs));
    if (reconcileOld(d, all, oldCounts, newCounts) > 0) {
      old.forEach((rs, i) => this.scale(d, rs, oldCounts[i].replicas));
      return true;
    }
    return false;
  }

  /** k8s rolloutRecreate: old RSs to 0; wait while any old pod still runs; then the new RS to replicas. */
  private rolloutRecreate(d: DeploymentState): boolean {
    let newRS = this.newRS(d);
    const old = d.replicaSets.filter((rs) => rs !== newRS);
    const active = old.filter((rs) => rs.replicas > 0);
    if (active.length > 0) {
      for (const rs of active) this.scale(d, rs, 0);
      return true;
    }
    // k8s oldPodsRunning: any old pod not Succeeded/Failed, Terminating ones included.
    const oldHashes = new Set(old.map((rs) => rs.hash));
    const running = this.allPods(d.name).some(
      (p) => oldHashes.has(p.obj.labels['pod-template-hash'] ?? '') && p.phase !== 'Failed' && p.phase !== 'Succeeded',
    );
    if (running) return false;
    if (!newRS) newRS = this.createNewRS(d);
    else this.scale(d, newRS, d.replicas);
    return false;
  }

  /** k8s ReplicaSet manageReplicas: create missing pods, delete surplus ones (ranked). */
  private manageReplicas(d: DeploymentState, rs: ReplicaSetState): void {
    const diff = this.index.active(d.name, rs.hash).size - rs.replicas;
    if (diff < 0) {
      for (let i = 0; i < -diff; i++) this.createPod(d, rs);
    } else if (diff > 0) {
      for (const p of deletionOrder(this.podsOf(d, rs)).slice(0, diff)) {
        this.ctx.cluster.event('ReplicaSet', rs.name, 'SuccessfulDelete', `Deleted pod: ${p.obj.name}`);
        this.terminate(p);
      }
    }
  }

  private terminate(p: PodState): void {
    if (this.ctx.terminator) this.ctx.terminator.terminate(p);
    else this.ctx.cluster.deletePod(p, 'Killing', `Stopping pod ${p.key}`);
  }

  createPod(d: DeploymentState, rs: ReplicaSetState): PodState {
    const c = this.ctx.cluster;
    // Each ReplicaSet draws its pods' name suffixes from its own stream, so scaling one Deployment
    // never renames another's pods (independence rule).
    const key = `${d.namespace}/${rs.name}`;
    let stream = this.names.get(key);
    if (!stream) this.names.set(key, (stream = this.ctx.rng(`replicaset/${key}/names`)));
    let name: string;
    do name = `${rs.name}-${randomSuffix(() => stream.next())}`;
    while (c.pods.has(`${d.namespace}/${name}`));
    const pod = c.createPod({
      name,
      namespace: d.namespace,
      uid: c.nextUid('pod', `${d.namespace}/${name}`),
      labels: { ...rs.template.labels, 'pod-template-hash': rs.hash, [SERVICE_LABEL]: d.name },
      annotations: rs.template.annotations,
      ownerRef: { kind: 'Deployment', name: d.name },
      spec: rs.template.spec,
    });
    c.event('ReplicaSet', rs.name, 'SuccessfulCreate', `Created pod: ${name}`);
    return pod;
  }

  /** Rollout completion (k8s DeploymentComplete) and the SPEC §1 service state with its transition event. */
  private syncStatus(d: DeploymentState): void {
    const now = this.ctx.engine.now;
    const all = this.owned.get(d.name) ?? new Set<PodState>();
    const newRS = this.newRS(d);
    if (d.rolloutStartedAt !== undefined && newRS) {
      const available = this.counts(d, newRS).available;
      let others = false;
      for (const p of all)
        if (p.obj.labels['pod-template-hash'] !== newRS.hash && p.phase !== 'Failed' && p.phase !== 'Succeeded') others = true;
      if (newRS.replicas === d.replicas && available >= d.replicas && !others) d.rolloutStartedAt = undefined;
    }
    const state = serviceState({
      replicas: d.replicas,
      ready: this.index.ready(d.name),
      updating: d.rolloutStartedAt !== undefined,
      failing: this.index.failing(d.name),
    });
    if (state !== d.state) {
      const was = d.state;
      d.state = state;
      d.stateSince = now;
      this.ctx.cluster.event(
        'Service',
        d.name,
        'ServiceStateChanged',
        was ? `Service ${d.name} is now ${state} (was ${was})` : `Service ${d.name} is now ${state}`,
      );
    }
  }
}

export { deletionOrder };
