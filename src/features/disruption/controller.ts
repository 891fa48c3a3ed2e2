// PodDisruptionBudgets in the simulation: status computed from the pods a budget selects in its
// namespace (k8s v1.28 disruption controller, via the pure port), the eviction check every
// voluntary disruption goes through (drain now, preemption later), and `kubectl drain`'s retry of a
// refused eviction every 5 s (kubectl v1.28 drain: EvictionRetryInterval... `will retry after 5s`).
import {
  checkEviction,
  pdbStatus,
  selectorMatches,
  type EvictionResult,
  type PdbPod,
  type PdbStatus,
} from '../../k8s/controllers/disruption/index.js';
import type { IntOrPercent } from '../../k8s/controllers/deployment/intstr.js';
import type { LabelSelector } from '../../model/types.js';
import type { PodState } from '../../sim/cluster.js';
import type { SimContext } from '../../sim/context.js';
import { PRIORITY } from '../../sim/priorities.js';

export interface PdbState {
  name: string;
  namespace: string;
  selector?: LabelSelector;
  minAvailable?: IntOrPercent;
  maxUnavailable?: IntOrPercent;
  unhealthyPodEvictionPolicy: 'IfHealthyBudget' | 'AlwaysAllow';
}

/** The scale (spec.replicas) of a pod's controller, `Kind/name` in a namespace; undefined when it has none. */
export type ScaleLookup = (namespace: string, controller: string) => number | undefined;

export const DRAIN_RETRY_MS = 5_000;

export class DisruptionController {
  readonly budgets = new Map<string, PdbState>();
  /** Evictions refused by a budget, per budget (summary). */
  readonly refusals = new Map<string, number>();
  readonly scales: ScaleLookup[] = [];

  constructor(private readonly ctx: SimContext) {}

  add(p: PdbState): void {
    this.budgets.set(`${p.namespace}/${p.name}`, p);
  }

  remove(key: string): void {
    this.budgets.delete(key);
  }

  private scaleOf(namespace: string, controller: string): number | undefined {
    for (const s of this.scales) {
      const v = s(namespace, controller);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  /** The pods a budget selects (any phase), in the cluster's order. */
  podsOf(p: PdbState): PodState[] {
    return [...this.ctx.cluster.pods.values()].filter((x) => x.obj.namespace === p.namespace && selectorMatches(p.selector, x.obj.labels));
  }

  status(p: PdbState): PdbStatus {
    const pods: PdbPod[] = this.podsOf(p).map((x) => ({
      name: x.obj.name,
      phase: x.phase,
      ready: x.ready,
      deleting: x.deletingAt !== undefined,
      controller: x.obj.ownerRef ? `${x.obj.ownerRef.kind}/${x.obj.ownerRef.name}` : undefined,
    }));
    return pdbStatus(p, pods, (c) => this.scaleOf(p.namespace, c));
  }

  /** The eviction API's answer for this pod now. */
  check(pod: PodState): EvictionResult {
    const matching = [...this.budgets.values()]
      .filter((b) => b.namespace === pod.obj.namespace && selectorMatches(b.selector, pod.obj.labels))
      .map((b) => ({ name: b.name, status: this.status(b), unhealthyPodEvictionPolicy: b.unhealthyPodEvictionPolicy }));
    return checkEviction({ phase: pod.phase, ready: pod.ready, deleting: pod.deletingAt !== undefined }, matching);
  }

  /**
   * Evicts the pod if its budgets allow (graceful deletion), else records the refusal. Returns
   * whether the pod was evicted.
   */
  evict(pod: PodState, why: string): boolean {
    const r = this.check(pod);
    const c = this.ctx.cluster;
    if (!r.allowed) {
      const budget = [...this.budgets.values()].find(
        (b) => b.namespace === pod.obj.namespace && selectorMatches(b.selector, pod.obj.labels),
      );
      if (budget)
        this.refusals.set(`${budget.namespace}/${budget.name}`, (this.refusals.get(`${budget.namespace}/${budget.name}`) ?? 0) + 1);
      return false;
    }
    c.event('Pod', pod.obj.name, 'Evicted', `Evicting pod ${pod.key} (${why})`);
    if (this.ctx.terminator) this.ctx.terminator.terminate(pod);
    else c.deletePod(pod);
    return true;
  }

  /**
   * kubectl drain's eviction loop for the given pods: evict each; a refused one is tried again
   * every 5 s until it goes (or is gone). The first refusal per pod is recorded as an event.
   */
  drainPods(pods: readonly PodState[], node: string): void {
    const { engine, cluster } = this.ctx;
    for (const pod of pods) {
      let warned = false;
      const attempt = () => {
        if (!cluster.pods.has(pod.key) || pod.deletingAt !== undefined) return;
        if (this.evict(pod, `drain of node ${node}`)) return;
        if (!warned) {
          warned = true;
          const r = this.check(pod);
          cluster.event(
            'Pod',
            pod.obj.name,
            'EvictionBlocked',
            `error when evicting pods/"${pod.obj.name}" -n "${pod.obj.namespace}" (will retry after 5s): ${r.allowed ? '' : r.message}`,
          );
        }
        engine.at(engine.now + DRAIN_RETRY_MS, attempt, PRIORITY.timeline);
      };
      attempt();
    }
  }
}
