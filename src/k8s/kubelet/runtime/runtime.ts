// A container runtime for one node: pod sandboxes and containers with deterministic ids, their true
// lifecycle created → running → exited → removed, garbage collection of exited containers, and the
// two calls the kubelet's PLEG makes (ListPods, GetPodStatus) with a cost and scripted failures.
// Every true state change goes to an append-only log: the ground truth the PLEG is judged against.
import {
  activeInspectFailure,
  activeListFailure,
  DEFAULT_LIST_COST,
  listDuration,
  type InspectFailure,
  type ListCost,
  type ListFailure,
} from './faults.js';
import { GcQueue } from './gc-queue.js';
import { podStatusOf } from './status.js';
import type {
  ContainerKind,
  ContainerState,
  InspectResult,
  ListedContainer,
  ListedPod,
  ListedState,
  ListResult,
  PodLister,
  PodRef,
  RuntimeContainer,
  StateChange,
} from './types.js';

export interface RuntimeOptions {
  /** Prefix of every id (`<node>/sb-1`, `<node>/ctr-2`); default `node`. */
  nodeName?: string;
  listCost?: Partial<ListCost>;
  /** Cost of one GetPodStatus call (default 0). */
  inspectCostMs?: number;
  /** Exited containers are removed this long after they exit; `null` (default) = never automatically. */
  gcDelayMs?: number | null;
  listFailures?: ListFailure[];
  inspectFailures?: InspectFailure[];
  /** Keep the state-change log in memory (default true). */
  recordLog?: boolean;
  /** Called for every true state change, in order. */
  onChange?: (change: StateChange) => void;
}

export class RuntimeOpError extends Error {}

interface PodEntry {
  ref: Required<PodRef>;
  members: string[];
}

export class ContainerRuntime implements PodLister {
  readonly nodeName: string;
  readonly listCost: ListCost;
  readonly inspectCostMs: number;
  readonly gcDelayMs: number | null;
  readonly listFailures: ListFailure[];
  readonly inspectFailures: InspectFailure[];
  private readonly changes: StateChange[] = [];
  private readonly recordLog: boolean;
  private readonly onChange?: (change: StateChange) => void;
  private readonly containers = new Map<string, RuntimeContainer>();
  private readonly pods = new Map<string, PodEntry>();
  private readonly gc = new GcQueue();
  private counter = 0;
  private seq = 0;
  private lastMutation = -Infinity;

  constructor(opts: RuntimeOptions = {}) {
    this.nodeName = opts.nodeName ?? 'node';
    this.listCost = { ...DEFAULT_LIST_COST, ...opts.listCost };
    this.inspectCostMs = opts.inspectCostMs ?? 0;
    this.gcDelayMs = opts.gcDelayMs ?? null;
    this.listFailures = [...(opts.listFailures ?? [])];
    this.inspectFailures = [...(opts.inspectFailures ?? [])];
    this.recordLog = opts.recordLog ?? true;
    this.onChange = opts.onChange;
  }

  /** The append-only ground-truth log (empty when `recordLog` is false). */
  get log(): readonly StateChange[] {
    return this.changes;
  }

  get(id: string): Readonly<RuntimeContainer> | undefined {
    return this.containers.get(id);
  }

  /** RunPodSandbox: the sandbox is created and ready (running) at once. Returns its id. */
  createSandbox(now: number, pod: PodRef | string, opts: { ip?: string; name?: string } = {}): string {
    this.tick(now);
    const n = ++this.counter;
    const ip = opts.ip ?? `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
    const c = this.add(now, pod, 'sandbox', `${this.nodeName}/sb-${n}`, opts.name ?? 'sandbox', ip);
    c.state = 'running';
    c.startedAt = now;
    this.record(now, c, 'nonexistent', 'running');
    return c.id;
  }

  /** CreateContainer: a new container in state `created`. Returns its id. */
  createContainer(now: number, pod: PodRef | string, name: string): string {
    this.tick(now);
    const n = ++this.counter;
    const c = this.add(now, pod, 'container', `${this.nodeName}/ctr-${n}`, name);
    this.record(now, c, 'nonexistent', 'created');
    return c.id;
  }

  /** StartContainer: created → running. */
  start(now: number, id: string): void {
    const c = this.expect(now, id, 'start', ['created']);
    c.state = 'running';
    c.startedAt = now;
    this.record(now, c, 'created', 'running');
  }

  /**
   * The container's process ends (or a sandbox is stopped): running (or created, a failed start) → exited.
   * Returns when garbage collection will remove it (`undefined` for sandboxes or when GC is off);
   * the simulation schedules `collectGarbage` then.
   */
  exit(now: number, id: string, exitCode = 0, gcDelayMs: number | null = this.gcDelayMs): { gcDueAt?: number } {
    const c = this.expect(now, id, 'exit', ['running', 'created']);
    const from = c.state;
    c.state = 'exited';
    c.finishedAt = now;
    c.exitCode = c.kind === 'container' ? exitCode : undefined;
    this.record(now, c, from, 'exited');
    if (c.kind === 'sandbox' || gcDelayMs === null) return {};
    const gcDueAt = now + gcDelayMs;
    this.gc.push(gcDueAt, id);
    return { gcDueAt };
  }

  /** RemoveContainer / RemovePodSandbox: created or exited → removed (a running one must exit first). */
  remove(now: number, id: string): void {
    const c = this.expect(now, id, 'remove', ['created', 'exited']);
    const from = c.state;
    c.state = 'removed';
    c.removedAt = now;
    this.record(now, c, from, 'removed');
    this.containers.delete(id);
    const pod = this.pods.get(c.podUid)!;
    pod.members.splice(pod.members.indexOf(id), 1);
    if (pod.members.length === 0) this.pods.delete(c.podUid);
  }

  /** Removes every exited container whose GC time has come (due ≤ now). Returns the removed ids. */
  collectGarbage(now: number): string[] {
    const removed: string[] = [];
    for (const id of this.gc.popDue(now)) {
      if (this.containers.get(id)?.state !== 'exited') continue;
      this.remove(now, id);
      removed.push(id);
    }
    return removed;
  }

  /** Earliest pending GC time, if any. */
  nextGcDueAt(): number | undefined {
    return this.gc.peek();
  }

  /** ListPods(all = true): every pod with at least one container or sandbox that is not removed. */
  list(now: number): ListResult {
    let memberCount = 0;
    for (const p of this.pods.values()) memberCount += p.members.length;
    const normal = listDuration(this.listCost, this.pods.size, memberCount);
    const failure = activeListFailure(this.listFailures, now);
    if (failure) return { ok: false, error: failure.error ?? 'runtime list failed', durationMs: failure.durationMs ?? normal };
    const pods: ListedPod[] = [];
    for (const p of this.pods.values()) {
      const containers: ListedContainer[] = [];
      const sandboxes: ListedContainer[] = [];
      for (const id of p.members) {
        const c = this.containers.get(id)!;
        // Live members are never `removed` (removal drops them from the pod).
        (c.kind === 'sandbox' ? sandboxes : containers).push({ id: c.id, name: c.name, state: c.state as ListedState });
      }
      pods.push({ uid: p.ref.uid, name: p.ref.name, namespace: p.ref.namespace, containers, sandboxes });
    }
    return { ok: true, pods, durationMs: normal };
  }

  /** GetPodStatus for one pod; an unknown pod has an empty status. */
  inspect(now: number, podUid: string): InspectResult {
    const failure = activeInspectFailure(this.inspectFailures, now, podUid);
    const pod = this.pods.get(podUid);
    if (failure) {
      const partial = { id: podUid, ips: [], containerStatuses: [], sandboxStatuses: [] };
      return {
        ok: false,
        error: failure.error ?? 'runtime inspect failed',
        status: partial,
        durationMs: failure.durationMs ?? this.inspectCostMs,
      };
    }
    const members = pod ? pod.members.map((id) => this.containers.get(id)!) : [];
    return { ok: true, status: podStatusOf(podUid, pod?.ref, members), durationMs: this.inspectCostMs };
  }

  private add(now: number, pod: PodRef | string, kind: ContainerKind, id: string, name: string, ip?: string): RuntimeContainer {
    const ref = typeof pod === 'string' ? { uid: pod } : pod;
    let entry = this.pods.get(ref.uid);
    if (!entry) {
      entry = { ref: { uid: ref.uid, name: ref.name ?? ref.uid, namespace: ref.namespace ?? 'default' }, members: [] };
      this.pods.set(ref.uid, entry);
    }
    const c: RuntimeContainer = { id, kind, podUid: ref.uid, name, state: 'created', createdAt: now, ip };
    entry.members.push(id);
    this.containers.set(id, c);
    return c;
  }

  private expect(now: number, id: string, op: string, from: ContainerState[]): RuntimeContainer {
    this.tick(now);
    const c = this.containers.get(id);
    if (!c) throw new RuntimeOpError(`${op}: no container or sandbox ${id} on ${this.nodeName}`);
    if (!from.includes(c.state)) throw new RuntimeOpError(`${op}: ${id} is ${c.state}, expected ${from.join(' or ')}`);
    return c;
  }

  private tick(now: number): void {
    if (!Number.isInteger(now)) throw new RuntimeOpError(`time must be integer milliseconds (got ${now})`);
    if (now < this.lastMutation) throw new RuntimeOpError(`time went backwards: ${now} < ${this.lastMutation}`);
    this.lastMutation = now;
  }

  private record(time: number, c: RuntimeContainer, from: StateChange['from'], to: ContainerState): void {
    const change: StateChange = { seq: ++this.seq, time, containerId: c.id, podUid: c.podUid, kind: c.kind, name: c.name, from, to };
    if (this.recordLog) this.changes.push(change);
    this.onChange?.(change);
  }
}
