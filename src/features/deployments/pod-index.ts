// What the Deployment controller needs to know about its pods, kept up to date from pod events
// instead of walking every pod of a Deployment on each reconcile (issue 13: work proportional to
// change). Each event re-evaluates only the pod it names; the aggregates equal a full walk.
// Counted, per Deployment: active pods per pod-template-hash (k8s controller.FilterActivePods: not
// being deleted, not Succeeded/Failed), ready active pods per hash and in total, and failing pods not
// being deleted (service-state.ts podFailing).
import type { PodState } from '../../sim/cluster.js';
import { podFailing } from './service-state.js';

const hashOf = (p: PodState) => p.obj.labels['pod-template-hash'] ?? '';
const isActive = (p: PodState) => p.deletingAt === undefined && p.phase !== 'Failed' && p.phase !== 'Succeeded';

interface Flags {
  active: boolean;
  readyActive: boolean;
  failing: boolean;
}

class DeploymentPods {
  readonly active = new Map<string, Set<PodState>>();
  readonly readyActive = new Map<string, number>();
  readyTotal = 0;
  failing = 0;

  /** Moves the pod from flags `was` (undefined: new) to `now` (undefined: gone). */
  change(p: PodState, hash: string, was: Flags | undefined, now: Flags | undefined): void {
    const a0 = was?.active ?? false;
    const a1 = now?.active ?? false;
    // The set changes only when activeness does, so it keeps creation order.
    if (a0 !== a1) {
      let set = this.active.get(hash);
      if (!set) this.active.set(hash, (set = new Set()));
      if (a1) set.add(p);
      else set.delete(p);
    }
    const r = Number(now?.readyActive ?? false) - Number(was?.readyActive ?? false);
    if (r !== 0) {
      this.readyActive.set(hash, (this.readyActive.get(hash) ?? 0) + r);
      this.readyTotal += r;
    }
    this.failing += Number(now?.failing ?? false) - Number(was?.failing ?? false);
  }
}

const NO_PODS: ReadonlySet<PodState> = new Set();

export class PodIndex {
  private readonly byDeployment = new Map<string, DeploymentPods>();
  private readonly flags = new Map<PodState, Flags>();

  /** The pod was created or changed: re-evaluate it. */
  update(deployment: string, p: PodState): void {
    const active = isActive(p);
    const now: Flags = { active, readyActive: active && p.ready, failing: p.deletingAt === undefined && podFailing(p) };
    const was = this.flags.get(p);
    this.of(deployment).change(p, hashOf(p), was, now);
    this.flags.set(p, now);
  }

  /** The pod is gone from the API. */
  remove(deployment: string, p: PodState): void {
    const was = this.flags.get(p);
    if (!was) return;
    this.of(deployment).change(p, hashOf(p), was, undefined);
    this.flags.delete(p);
  }

  /** Active pods of one ReplicaSet (live set, in creation order; copy before changing pods). */
  active(deployment: string, hash: string): ReadonlySet<PodState> {
    return this.byDeployment.get(deployment)?.active.get(hash) ?? NO_PODS;
  }

  /** Ready active pods of one ReplicaSet (= available when minReadySeconds is 0). */
  readyActive(deployment: string, hash: string): number {
    return this.byDeployment.get(deployment)?.readyActive.get(hash) ?? 0;
  }

  /** Ready pods not being deleted (and not terminal), all ReplicaSets. */
  ready(deployment: string): number {
    return this.byDeployment.get(deployment)?.readyTotal ?? 0;
  }

  /** Some pod not being deleted is failing. */
  failing(deployment: string): boolean {
    return (this.byDeployment.get(deployment)?.failing ?? 0) > 0;
  }

  private of(deployment: string): DeploymentPods {
    let d = this.byDeployment.get(deployment);
    if (!d) this.byDeployment.set(deployment, (d = new DeploymentPods()));
    return d;
  }
}
