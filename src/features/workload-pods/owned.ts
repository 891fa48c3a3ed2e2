// The pods each workload object owns, kept up to date from the cluster bus, and a coalesced
// per-object reconcile (one sync per object per virtual instant, as a controller's work queue
// deduplicates keys). kubetwin's adapter between the pure k8s/controllers ports and the cluster.
import type { RandomStream } from '../../engine/random.js';
import type { PodState } from '../../sim/cluster.js';
import type { SimContext } from '../../sim/context.js';
import { PRIORITY } from '../../sim/priorities.js';

/** `namespace/name` of an owner, from the pod's ownerRef and namespace. */
export function ownerKey(p: PodState): string | undefined {
  return p.obj.ownerRef ? `${p.obj.namespace}/${p.obj.ownerRef.name}` : undefined;
}

export abstract class WorkloadController<S extends { name: string; namespace: string }> {
  /** Objects by `namespace/name`, in creation order. */
  readonly objects = new Map<string, S>();
  /** Pods (Terminating ones included) by owner key, in creation order. */
  private readonly owned = new Map<string, Set<PodState>>();
  private readonly pending = new Set<string>();
  private readonly streams = new Map<string, RandomStream>();

  constructor(
    protected readonly ctx: SimContext,
    readonly kind: string,
  ) {
    const bus = ctx.cluster.bus;
    bus.on('pod:created', (p) => {
      const k = this.keyOf(p);
      if (k === undefined) return;
      const set = this.owned.get(k) ?? new Set();
      set.add(p);
      this.owned.set(k, set);
    });
    bus.on('pod:deleted', (p) => {
      const k = this.keyOf(p);
      if (k === undefined) return;
      this.owned.get(k)?.delete(p);
      this.touch(k);
    });
    const touchOwner = (p: PodState) => {
      const k = this.keyOf(p);
      if (k !== undefined) this.touch(k);
    };
    bus.on('pod:bound', touchOwner);
    bus.on('pod:phase', touchOwner);
    bus.on('pod:ready', touchOwner);
    bus.on('container:changed', ({ pod }) => touchOwner(pod));
  }

  private keyOf(p: PodState): string | undefined {
    return p.obj.ownerRef?.kind === this.kind ? ownerKey(p) : undefined;
  }

  /** Every pod of the object, Terminating ones included, in creation order. */
  podsOf(key: string): PodState[] {
    return [...(this.owned.get(key) ?? [])];
  }

  /** A random stream that belongs to this object alone (`<kind>/<namespace>/<name>`). */
  protected stream(key: string): RandomStream {
    let s = this.streams.get(key);
    if (!s) {
      s = this.ctx.rng(`${this.kind.toLowerCase()}/${key}`);
      this.streams.set(key, s);
    }
    return s;
  }

  /** Schedules one sync of the object at the current time (coalesced). */
  touch(key: string): void {
    if (this.pending.has(key)) return;
    this.pending.add(key);
    this.ctx.engine.at(
      this.ctx.engine.now,
      () => {
        this.pending.delete(key);
        const obj = this.objects.get(key);
        if (obj) this.sync(key, obj);
      },
      PRIORITY.controller,
    );
  }

  /** A sync later (back-off, deadline, minReadySeconds, schedule). */
  touchAt(key: string, at: number): void {
    this.ctx.engine.at(Math.max(at, this.ctx.engine.now), () => this.touch(key), PRIORITY.controller);
  }

  protected abstract sync(key: string, obj: S): void;
}
