// The scheduling queue: activeQ (ready to try), backoffQ (waiting out a back-off) and the
// unschedulable pods (waiting for a cluster change). Time is virtual and passed in as `now` (ms).
// k8s v1.28 pkg/scheduler/internal/queue/scheduling_queue.go PriorityQueue, with the PrioritySort
// order (pkg/scheduler/framework/plugins/queuesort/priority_sort.go).
//
// How the simulation drives it:
//   add(key, pod, now)                  a new pending pod
//   flush(now); pop()                   take the next pod to schedule (flush first: it moves pods
//                                       whose back-off ended, and pods unschedulable for > 5 min)
//   addUnschedulable(info, plugins, now) the attempt failed (plugins = result.unschedulablePlugins)
//   moveAllToActiveOrBackoff(event, now) a node was added/changed, a bound pod went away, …
//   delete(key)                         the pod was deleted, or bound
//   nextWakeTime()                      the earliest `now` at which flush() would move something
// Kubernetes flushes on timers (backoffQ every 1 s, leftovers every 30 s); the constants are
// exported for a caller that wants that cadence instead of waking at nextWakeTime().
import type { PodObject } from '../../model/types.js';
import { pluginsMatchEvent, type ClusterEvent } from './cluster-events.js';
import { KeyedHeap } from './keyed-heap.js';
import type { Labels } from '../../model/types.js';
import { affinityInfo, termMatches } from './plugins/affinity-terms.js';

export const POD_INITIAL_BACKOFF_MS = 1_000;
export const POD_MAX_BACKOFF_MS = 10_000;
export const POD_MAX_IN_UNSCHEDULABLE_MS = 5 * 60_000;
export const BACKOFF_FLUSH_PERIOD_MS = 1_000;
export const UNSCHEDULABLE_FLUSH_PERIOD_MS = 30_000;

/** k8s framework.QueuedPodInfo. */
export interface QueuedPodInfo {
  key: string;
  pod: PodObject;
  /** When the pod last entered the queue (k8s Timestamp); back-off counts from here. */
  timestamp: number;
  /** When the pod first entered the queue (k8s InitialAttemptTimestamp). */
  initialTimestamp: number;
  /** Scheduling attempts so far (incremented by pop). */
  attempts: number;
  /** The scheduling cycle of the last pop. */
  cycle: number;
  /** Plugins that rejected the pod in its last attempt. */
  unschedulablePlugins: Set<string>;
  /** Tie-breaker: order of entry into the current sub-queue. */
  seq: number;
}

export interface QueueOptions {
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  maxInUnschedulableMs?: number;
}

// PrioritySort: higher priority first, then earlier timestamp, then entry order.
const activeLess = (a: QueuedPodInfo, b: QueuedPodInfo): boolean =>
  a.pod.spec.priority !== b.pod.spec.priority
    ? a.pod.spec.priority > b.pod.spec.priority
    : a.timestamp !== b.timestamp
      ? a.timestamp < b.timestamp
      : a.seq < b.seq;

export class SchedulingQueue {
  readonly initialBackoffMs: number;
  readonly maxBackoffMs: number;
  readonly maxInUnschedulableMs: number;
  private readonly active = new KeyedHeap<QueuedPodInfo>((i) => i.key, activeLess);
  private readonly backoff: KeyedHeap<QueuedPodInfo>;
  private readonly unschedulable = new Map<string, QueuedPodInfo>();
  private seq = 0;
  private cycle = 0;
  private moveRequestCycle = -1;

  constructor(opts: QueueOptions = {}) {
    this.initialBackoffMs = opts.initialBackoffMs ?? POD_INITIAL_BACKOFF_MS;
    this.maxBackoffMs = opts.maxBackoffMs ?? POD_MAX_BACKOFF_MS;
    this.maxInUnschedulableMs = opts.maxInUnschedulableMs ?? POD_MAX_IN_UNSCHEDULABLE_MS;
    // k8s podsCompareBackoffCompleted: earliest back-off expiry first.
    this.backoff = new KeyedHeap<QueuedPodInfo>(
      (i) => i.key,
      (a, b) => {
        const ea = this.backoffExpiry(a);
        const eb = this.backoffExpiry(b);
        return ea !== eb ? ea < eb : a.seq < b.seq;
      },
    );
  }

  get activeLength(): number {
    return this.active.size;
  }
  get backoffLength(): number {
    return this.backoff.size;
  }
  get unschedulableLength(): number {
    return this.unschedulable.size;
  }
  /** Number of pops so far (k8s SchedulingCycle). */
  get schedulingCycle(): number {
    return this.cycle;
  }

  has(key: string): boolean {
    return this.active.has(key) || this.backoff.has(key) || this.unschedulable.has(key);
  }

  /** k8s calculateBackoffDuration: 1 s doubled per further attempt, capped at 10 s. */
  backoffDuration(attempts: number): number {
    let d = this.initialBackoffMs;
    for (let i = 1; i < attempts; i++) {
      if (d > this.maxBackoffMs - d) return this.maxBackoffMs;
      d += d;
    }
    return d;
  }

  backoffExpiry(info: QueuedPodInfo): number {
    return info.timestamp + this.backoffDuration(info.attempts);
  }

  /** k8s Add: a new (or re-added) pending pod goes straight to activeQ with fresh counters. */
  add(key: string, pod: PodObject, now: number): void {
    this.delete(key);
    this.active.push({
      key,
      pod,
      timestamp: now,
      initialTimestamp: now,
      attempts: 0,
      cycle: 0,
      unschedulablePlugins: new Set(),
      seq: this.seq++,
    });
  }

  /** k8s Pop: the head of activeQ, starting a new scheduling cycle; undefined when empty. */
  pop(): QueuedPodInfo | undefined {
    const info = this.active.pop();
    if (!info) return undefined;
    this.cycle++;
    info.cycle = this.cycle;
    info.attempts++;
    return info;
  }

  /**
   * k8s AddUnschedulableIfNotPresent: after a failed attempt. If a move request arrived since the
   * pod's cycle started, it goes to backoffQ, otherwise it waits among the unschedulable pods.
   */
  addUnschedulable(info: QueuedPodInfo, plugins: Iterable<string>, now: number): void {
    if (this.has(info.key)) throw new Error(`pod ${info.key} is already in the scheduling queue`);
    info.timestamp = now;
    info.unschedulablePlugins = new Set(plugins);
    info.seq = this.seq++;
    if (this.moveRequestCycle >= info.cycle) this.backoff.push(info);
    else this.unschedulable.set(info.key, info);
  }

  /**
   * k8s MoveAllToActiveOrBackoffQueue: unschedulable pods that a plugin rejecting them cares about
   * (or that no plugin rejected) go to backoffQ if still backing off, else to activeQ.
   * AssignedPodAdd (k8s AssignedPodAdded) only considers pods with a required pod affinity term
   * that the bound pod `added` matches (`nsLabels`: the labels of its namespace).
   */
  moveAllToActiveOrBackoff(event: ClusterEvent, now: number, added?: PodObject, nsLabels?: Labels): void {
    let infos = [...this.unschedulable.values()];
    if (event === 'AssignedPodAdd') {
      infos = added ? infos.filter((i) => affinityInfo(i.pod).requiredAffinity.some((t) => termMatches(t, added, nsLabels))) : [];
    }
    this.movePods(infos, event, now);
  }

  /** k8s flushBackoffQCompleted: pods whose back-off has ended move to activeQ. */
  flushBackoffCompleted(now: number): void {
    for (let head = this.backoff.peek(); head && this.backoffExpiry(head) <= now; head = this.backoff.peek()) {
      this.backoff.pop();
      head.seq = this.seq++;
      this.active.push(head);
    }
  }

  /** k8s flushUnschedulablePodsLeftover: pods unschedulable for more than 5 min are retried. */
  flushUnschedulableLeftover(now: number): void {
    const stale = [...this.unschedulable.values()].filter((i) => now - i.timestamp > this.maxInUnschedulableMs);
    if (stale.length > 0) this.movePods(stale, 'UnschedulableTimeout', now);
  }

  flush(now: number): void {
    this.flushBackoffCompleted(now);
    this.flushUnschedulableLeftover(now);
  }

  /** The earliest time at which flush() would move a pod, or undefined. */
  nextWakeTime(): number | undefined {
    let t: number | undefined;
    const head = this.backoff.peek();
    if (head) t = this.backoffExpiry(head);
    // Strictly more than the limit: the first integer millisecond after it.
    for (const i of this.unschedulable.values()) {
      const due = i.timestamp + this.maxInUnschedulableMs + 1;
      if (t === undefined || due < t) t = due;
    }
    return t;
  }

  /** Remove the pod from whichever sub-queue holds it (k8s Delete). */
  delete(key: string): boolean {
    return this.active.delete(key) !== undefined || this.backoff.delete(key) !== undefined || this.unschedulable.delete(key);
  }

  // k8s movePodsToActiveOrBackoffQueue.
  private movePods(infos: readonly QueuedPodInfo[], event: ClusterEvent, now: number): void {
    for (const info of infos) {
      if (info.unschedulablePlugins.size > 0 && !pluginsMatchEvent(info.unschedulablePlugins, event)) continue;
      this.unschedulable.delete(info.key);
      info.seq = this.seq++;
      if (this.backoffExpiry(info) > now) this.backoff.push(info);
      else this.active.push(info);
    }
    this.moveRequestCycle = this.cycle;
  }
}
