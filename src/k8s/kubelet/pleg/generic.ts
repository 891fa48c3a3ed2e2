// The generic (relisting) PLEG of the kubelet, k8s v1.28 pkg/kubelet/pleg/generic.go, on a virtual
// clock: `relist(now, runtime)` is one call of GenericPLEG.Relist (k8s-semantics §3.4). The caller
// schedules the next relist at `result.nextRelistAt` (wait.Until: one period after this one ended).
//
// Wiring, per node:
//   const runtime = new ContainerRuntime({ nodeName, gcDelayMs, listCost });
//   const pleg = new GenericPleg();                      // period 1 s, threshold 3 min, channel 1000
//   at t: const r = pleg.relist(t, runtime);             // then schedule t' = r.nextRelistAt
//   kubelet sync loop: for (const e of pleg.drain()) …   // events carry podUid, type, containerId, time
//   node readiness: pleg.healthy(now)                    // false → "PLEG is not healthy"
//   judging: compareWithGroundTruth(runtime.log, allSentEvents)
import type { ListedPod, PodLister } from '../runtime/types.js';
import { plegHealth, type PlegHealth } from './health.js';
import { PodCache } from './cache.js';
import { EventChannel, PLEG_CHANNEL_CAPACITY } from './channel.js';
import { newCounters, recordDuration, type PlegCounters } from './counters.js';
import { computePodEvents } from './events.js';
import { preservedIps } from './ips.js';
import { PodRecords } from './records.js';
import type { PlegEvent, PodLifecycleEvent } from './types.js';

/** k8s v1.28 pkg/kubelet/kubelet.go genericPlegRelistPeriod. */
export const RELIST_PERIOD_MS = 1000;
/** k8s v1.28 pkg/kubelet/kubelet.go genericPlegRelistThreshold. */
export const RELIST_THRESHOLD_MS = 3 * 60_000;

export interface GenericPlegOptions {
  relistPeriodMs?: number;
  relistThresholdMs?: number;
  channelCapacity?: number;
  /** Inspect pods with events into the pod cache (always on in the kubelet; off only in some upstream tests). */
  cache?: boolean;
}

export interface RelistResult {
  ok: boolean;
  error?: string;
  startedAt: number;
  durationMs: number;
  finishedAt: number;
  /** wait.Until: the next relist starts one period after this one finished. */
  nextRelistAt: number;
  /** Events put into the channel, in order. */
  sent: PlegEvent[];
  /** Events dropped because the channel was full. */
  discarded: PlegEvent[];
  /** Events of pods whose inspection failed; they are recomputed at the next relist. */
  withheld: PodLifecycleEvent[];
  /** Pods whose inspection failed in this relist (queued for re-inspection). */
  failedInspections: string[];
}

export class GenericPleg {
  readonly relistPeriodMs: number;
  readonly relistThresholdMs: number;
  readonly channel: EventChannel<PlegEvent>;
  readonly cache: PodCache | undefined;
  readonly counters: PlegCounters = newCounters();
  private readonly records = new PodRecords();
  private lastRelistTime: number | undefined;
  private toReinspect = new Map<string, ListedPod | undefined>();

  constructor(opts: GenericPlegOptions = {}) {
    this.relistPeriodMs = opts.relistPeriodMs ?? RELIST_PERIOD_MS;
    this.relistThresholdMs = opts.relistThresholdMs ?? RELIST_THRESHOLD_MS;
    this.channel = new EventChannel(opts.channelCapacity ?? PLEG_CHANNEL_CAPACITY);
    this.cache = opts.cache === false ? undefined : new PodCache();
  }

  /** Start time of the last relist whose listing succeeded (undefined: never). */
  get relistTime(): number | undefined {
    return this.lastRelistTime;
  }

  /** Pods queued for re-inspection at the next relist, in queue order. */
  get podsToReinspect(): string[] {
    return [...this.toReinspect.keys()];
  }

  /** The kubelet's sync loop receiving up to `max` events, oldest first. */
  drain(max = Infinity): PlegEvent[] {
    return this.channel.drain(max);
  }

  /** generic.go Healthy (health.ts). */
  health(now: number): PlegHealth {
    return plegHealth(this.lastRelistTime, now, this.relistThresholdMs);
  }

  healthy(now: number): boolean {
    return this.health(now).ok;
  }

  /** generic.go Relist: one relist starting at `now` (k8s-semantics §3.4, steps 1–7). */
  relist(now: number, runtime: PodLister): RelistResult {
    const c = this.counters;
    c.relists++;
    const result: RelistResult = {
      ok: false,
      startedAt: now,
      durationMs: 0,
      finishedAt: now,
      nextRelistAt: now,
      sent: [],
      discarded: [],
      withheld: [],
      failedInspections: [],
    };
    // Step 1: list everything; on failure return without touching the relist time.
    const listing = runtime.list(now);
    let clock = now + listing.durationMs;
    if (!listing.ok) {
      c.relistFailures++;
      result.error = listing.error;
      return this.finish(result, clock);
    }
    result.ok = true;
    // Step 2: the relist time is the start of the relist.
    this.lastRelistTime = now;
    // Step 3: fill `current` of every record.
    this.records.setCurrent(listing.pods);
    // Step 4: diff old vs current for every recorded pod.
    const eventsByPod = new Map<string, PodLifecycleEvent[]>();
    for (const uid of this.records.uids()) {
      const r = this.records.get(uid)!;
      const events = computePodEvents(uid, r.old, r.current);
      for (const e of events) c.generated[e.type]++;
      if (events.length > 0) eventsByPod.set(uid, events);
    }
    // Step 5: inspect, advance the record and send, pod by pod.
    const needsReinspection = new Map<string, ListedPod | undefined>();
    for (const [uid, events] of eventsByPod) {
      const pod = this.records.get(uid)!.current;
      if (this.cache) {
        const inspected = this.updateCache(clock, runtime, uid, pod);
        clock = inspected.clock;
        if (!inspected.ok) {
          // Keep the record as it is so the same diff is found again; retry the inspection next relist.
          needsReinspection.set(uid, pod);
          result.failedInspections.push(uid);
          for (const e of events) if (e.type !== 'ContainerChanged') result.withheld.push(e);
          continue;
        }
        this.toReinspect.delete(uid);
      }
      this.records.update(uid);
      for (const e of events) {
        // ContainerChanged is generated but filtered out before the channel.
        if (e.type === 'ContainerChanged') continue;
        const ev: PlegEvent = { ...e, time: clock };
        if (this.channel.offer(ev)) {
          c.sent[ev.type]++;
          result.sent.push(ev);
        } else {
          // Non-blocking send into a full channel: the event is dropped (PLEGDiscardEvents).
          c.discarded[ev.type]++;
          result.discarded.push(ev);
        }
      }
    }
    c.withheld += result.withheld.length;
    // Step 6: re-inspect the pods left over from the previous relist's failures.
    if (this.cache) {
      for (const [uid, pod] of this.toReinspect) {
        c.reinspections++;
        const inspected = this.updateCache(clock, runtime, uid, pod);
        clock = inspected.clock;
        if (!inspected.ok) needsReinspection.set(uid, pod);
      }
      // Step 7: the cache is current as of the relist start.
      this.cache.updateTime(now);
    }
    this.toReinspect = needsReinspection;
    return this.finish(result, clock);
  }

  /** generic.go updateCache: GetPodStatus into the cache; a pod gone from the listing is deleted instead. */
  private updateCache(clock: number, runtime: PodLister, uid: string, pod: ListedPod | undefined): { ok: boolean; clock: number } {
    const cache = this.cache!;
    if (!pod) {
      cache.delete(uid);
      return { ok: true, clock };
    }
    this.counters.inspections++;
    const r = runtime.inspect(clock, uid);
    if (!r.ok) {
      this.counters.inspectionFailures++;
      // The (partial) status is cached together with the error.
      cache.set(uid, r.status, r.error, clock);
      return { ok: false, clock: clock + r.durationMs };
    }
    const status = { ...r.status, ips: preservedIps(cache.get(uid).status, r.status) };
    cache.set(uid, status, undefined, clock);
    return { ok: true, clock: clock + r.durationMs };
  }

  private finish(result: RelistResult, clock: number): RelistResult {
    result.finishedAt = clock;
    result.durationMs = clock - result.startedAt;
    result.nextRelistAt = clock + this.relistPeriodMs;
    recordDuration(this.counters, result.durationMs);
    return result;
  }
}
