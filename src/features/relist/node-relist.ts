// One node's kubelet relist on the engine: the container runtime model (fed by churn and by the
// cluster's real pods), the generic PLEG and its relist loop, the sync loop draining the channel,
// PLEG health → node Ready, and the ground-truth judge.
//
// Relist timing (k8s v1.28 generic.go Relist, run by wait.Until):
//   t          the relist starts; the runtime is listed as it is at t;
//   t + list   the listing returns (its cost, a scripted slow listing or failure). Only now is the
//              relist time set to t — so while a listing hangs, Healthy() still sees the previous
//              one — and the records are diffed, pods inspected and events put into the channel;
//   end        after the inspections; the next relist starts one period after this.
import type { Engine } from '../../engine/engine.js';
import type { Recorder } from '../../sim/recorder.js';
import type { Cluster } from '../../sim/cluster.js';
import { PRIORITY } from '../../sim/priorities.js';
import { emptyPodStatus } from '../../k8s/kubelet/pleg/cache.js';
import { total } from '../../k8s/kubelet/pleg/counters.js';
import { GenericPleg, type RelistResult } from '../../k8s/kubelet/pleg/generic.js';
import { activeInspectFailure } from '../../k8s/kubelet/runtime/faults.js';
import { ContainerRuntime } from '../../k8s/kubelet/runtime/runtime.js';
import type { InspectResult, ListResult, PodLister } from '../../k8s/kubelet/runtime/types.js';
import type { ChurnSpec } from '../../k8s/kubelet/pleg/churn.js';
import type { UniformSource } from '../../k8s/kubelet/pleg/distributions.js';
import { ChurnDriver } from './churn-driver.js';
import { PlegEventLog, type PodNames } from './event-log.js';
import { OnlineJudge, type ContainerVerdict } from './judge.js';
import { PodMirror } from './pod-mirror.js';
import { PlegReadiness } from './readiness.js';
import { activeSlowRelist, type NodeRelistSettings } from './settings.js';
import { SyncLoop } from './sync-loop.js';

/** Order at equal times: runtime changes, then relists, then the health check, then the sync loop. */
export const PLEG_PRIORITY = {
  runtime: PRIORITY.kubelet,
  relist: PRIORITY.kubelet + 0.25,
  health: PRIORITY.kubelet + 0.5,
  sync: PRIORITY.kubelet + 0.75,
} as const;

export interface NodeRelistDeps {
  engine: Engine;
  cluster: Cluster;
  recorder: Recorder;
  /** Per-container verdicts (for pleg-containers.csv). */
  onVerdict?: (node: NodeRelist, v: ContainerVerdict) => void;
}

export class NodeRelist {
  readonly runtime: ContainerRuntime;
  readonly pleg: GenericPleg;
  readonly judge: OnlineJudge;
  readonly mirror: PodMirror;
  readonly readiness: PlegReadiness;
  readonly syncLoop: SyncLoop;
  readonly startedAt: number;
  stoppedAt: number | undefined;
  /** Start of the relist whose listing is under way (undefined between relists). */
  listingSince: number | undefined;
  /** Containers (not sandboxes) present in the runtime. */
  liveContainers = 0;
  private readonly log: PlegEventLog;
  private readonly realPods = new Map<string, string>();
  private readonly churn: ChurnDriver[] = [];
  private lastAttemptAt: number | undefined;
  private lastSuccessAt: number | undefined;
  private failureStreak = 0;
  private lastDiscards = 0;
  private relistHandle: number | undefined;
  private readonly engine: Engine;

  constructor(
    readonly node: string,
    readonly settings: NodeRelistSettings,
    deps: NodeRelistDeps,
  ) {
    const { engine, cluster, recorder } = deps;
    this.engine = engine;
    this.startedAt = engine.now;
    const names: PodNames = { name: (uid) => this.podName(uid), isReal: (uid) => this.isRealPod(uid) };
    this.log = new PlegEventLog(recorder, engine, node, settings.events, names);
    this.judge = new OnlineJudge((v) => {
      this.log.verdict(v);
      deps.onVerdict?.(this, v);
    });
    this.runtime = new ContainerRuntime({
      nodeName: node,
      listCost: settings.listCost,
      inspectCostMs: settings.inspectCostMs,
      listFailures: settings.listFailures,
      recordLog: false,
      onChange: (ch) => {
        if (ch.kind === 'container') this.liveContainers += ch.from === 'nonexistent' ? 1 : ch.to === 'removed' ? -1 : 0;
        this.judge.observe(ch);
        this.log.truth(ch);
      },
    });
    this.pleg = new GenericPleg({
      relistPeriodMs: settings.periodMs,
      relistThresholdMs: settings.thresholdMs,
      channelCapacity: settings.channelCapacity,
    });
    this.mirror = new PodMirror(this.runtime);
    this.readiness = new PlegReadiness(
      engine,
      cluster,
      node,
      settings.thresholdMs,
      this.startedAt,
      () => this.pleg.relistTime,
      PLEG_PRIORITY.health,
      (now) => this.syncLoop.kick(now),
    );
    this.syncLoop = new SyncLoop(engine, this.pleg.channel, (now) => this.readiness.healthy(now), PLEG_PRIORITY.sync, settings.consumeRate);
  }

  /** wait.Until: the first relist runs at once. */
  start(): void {
    this.relistHandle = this.engine.at(this.engine.now, (t) => this.beginRelist(t), PLEG_PRIORITY.relist);
    this.readiness.check(this.engine.now);
  }

  stop(now: number): void {
    if (this.stoppedAt !== undefined) return;
    this.stoppedAt = now;
    if (this.relistHandle !== undefined) this.engine.cancel(this.relistHandle);
    this.readiness.stop();
    this.syncLoop.stop();
    for (const d of this.churn) d.stop();
  }

  /** Runs a churn load on this node's runtime. */
  runChurn(spec: ChurnSpec, random: UniformSource, priority: number): void {
    const d = new ChurnDriver(this.engine, this.runtime, spec, random, priority);
    this.churn.push(d);
    d.start();
  }

  /** Remembers a real pod's name (for events and name-based inspect failures). */
  notePod(uid: string, name: string): void {
    this.realPods.set(uid, name);
  }

  isRealPod(uid: string): boolean {
    return this.realPods.has(uid);
  }

  /** A real pod's name, or the runtime pod uid of a churn pod. */
  podName(uid: string): string {
    return this.realPods.get(uid) ?? uid;
  }

  /** End of the run: judge what is still open. */
  finish(): void {
    this.judge.finish(this.pleg.relistTime, new Set(this.pleg.podsToReinspect));
  }

  private beginRelist(t: number): void {
    const listing = this.runtime.list(t);
    const slow = listing.ok ? activeSlowRelist(this.settings.slowRelists, t) : undefined;
    const result: ListResult = slow ? { ...listing, durationMs: slow.durationMs } : listing;
    this.listingSince = t;
    if (result.durationMs === 0) this.completeRelist(t, result);
    else this.relistHandle = this.engine.at(t + result.durationMs, () => this.completeRelist(t, result), PLEG_PRIORITY.relist);
  }

  private completeRelist(t: number, listing: ListResult): void {
    this.listingSince = undefined;
    const previousAttemptAt = this.lastAttemptAt;
    this.lastAttemptAt = t;
    const lister: PodLister = { list: () => listing, inspect: (clock, uid) => this.inspect(clock, uid) };
    const r = this.pleg.relist(t, lister);
    this.afterRelist(r, previousAttemptAt);
    const now = this.engine.now;
    this.readiness.check(now);
    this.syncLoop.notify(now);
    this.relistHandle = this.engine.at(r.nextRelistAt, (next) => this.beginRelist(next), PLEG_PRIORITY.relist);
  }

  /** GetPodStatus, with the scenario's inspect failures matched by pod name. */
  private inspect(clock: number, uid: string): InspectResult {
    const failure = activeInspectFailure(this.settings.inspectFailures, clock, this.realPods.get(uid) ?? uid);
    if (!failure) return this.runtime.inspect(clock, uid);
    return {
      ok: false,
      error: failure.error ?? 'inspect failed',
      status: emptyPodStatus(uid),
      durationMs: failure.durationMs ?? this.settings.inspectCostMs,
    };
  }

  private afterRelist(r: RelistResult, previousAttemptAt: number | undefined): void {
    if (!r.ok) {
      if (this.failureStreak === 0) this.log.relistFailed(r.error ?? 'unknown error');
      this.failureStreak++;
      return;
    }
    if (this.failureStreak > 0) {
      this.log.relistRecovered(this.failureStreak, r.startedAt - (this.lastSuccessAt ?? this.startedAt));
      this.failureStreak = 0;
    }
    this.lastSuccessAt = r.startedAt;
    if (r.durationMs > this.settings.periodMs) this.log.slowRelist(r.durationMs, this.settings.periodMs);
    for (const e of r.sent) {
      this.judge.delivered(e, previousAttemptAt);
      this.log.sent(e);
    }
    for (const e of r.discarded) this.log.discarded(e);
    if (r.discarded.length > 0 && this.lastDiscards === 0) this.log.channelFull(r.discarded.length, this.settings.channelCapacity);
    this.lastDiscards = r.discarded.length;
    this.judge.settle(r.startedAt, new Set(r.failedInspections));
  }

  /** Counters for the time series and tables. */
  get eventsEmitted(): number {
    return total(this.pleg.counters.sent);
  }

  get discards(): number {
    return total(this.pleg.counters.discarded);
  }
}
