// The probe worker: one per (pod, container, probe type), a pure state machine driven by the
// simulation. k8s v1.28 pkg/kubelet/prober/worker.go (newWorker, doProbe, run's cleanup).
//
// Use: call `probe(now, pod, run)` at every probe time (see timing.ts for when); `run` is only called
// when the worker really probes, and returns the prober's outcome (prober.ts `probeApp`). The step
// says whether to keep going, which results the cache published (with their times) and whether the
// kubelet must kill the container. Call `stop()` when a step returns keepGoing = false or the pod goes.
// The handler sees the app as it is when the probe starts; its result lands `durationMs` later
// (`resultAt`). A readiness "manual trigger" (status.ts triggerReadiness) is just an extra `probe`
// call; the ticker grid (timing.ts) is unaffected by it, as in Go.
import type { PodPhase, ProbeSpec, RestartPolicy } from '../../../model/types.js';
import { ResultsCache, type ResultUpdate } from './results.js';
import type { ProberOutcome, ProbeResult, ProbeType } from './types.js';

/** The container's status as the kubelet's status manager holds it when the probe starts. */
export interface ContainerObservation {
  /** Runtime container ID; '' while the container has not been created. */
  id: string;
  state: 'waiting' | 'running' | 'terminated';
  /** When the running container started, ms of virtual time (required when state is running). */
  startedAt?: number;
  /** The status' `started` flag (prober_manager.go UpdatePodStatus sets it from the startup result). */
  started: boolean;
}

/** The pod as the worker sees it; pass `undefined` to `probe` when the pod has no status yet. */
export interface PodObservation {
  phase: PodPhase;
  restartPolicy: RestartPolicy;
  /** The pod has a deletionTimestamp (graceful deletion in progress). */
  deleting?: boolean;
  /** This container's status; undefined when the pod status lists none for it. */
  container?: ContainerObservation;
}

export type StepReason =
  | 'stopped'
  | 'no-pod-status'
  | 'pod-terminated'
  | 'no-container-status'
  | 'on-hold'
  | 'not-running'
  | 'pod-deleting'
  | 'initial-delay'
  | 'startup-gate'
  | 'probe-error'
  | 'below-threshold'
  | 'result-cached';

export interface WorkerStep {
  /** False: the Kubernetes worker would exit here; call `stop()`. */
  keepGoing: boolean;
  reason: StepReason;
  /** The prober's outcome when the handler ran. */
  outcome?: ProberOutcome;
  /** When this step's result takes effect: `now` plus the handler's run time. */
  resultAt: number;
  /** Cache updates this step published, in order (results_manager.go publishes only changes). */
  updates: ResultUpdate[];
  /** True when at least one update was published. */
  changed: boolean;
  /** The cached result for the current container after the step (undefined if none). */
  result?: ProbeResult;
  /** Liveness/startup Failure was cached: the kubelet kills the container (kuberuntime computePodActions). */
  action?: 'kill';
  /** "failed liveness probe" / "failed startup probe", as the kubelet's kill message says. */
  killReason?: string;
  /** The probe's own terminationGracePeriodSeconds for that kill, when set. */
  killGracePeriodSeconds?: number;
}

/** worker.go newWorker: the value cached when a new container ID is first seen. */
export const INITIAL_VALUE: Readonly<Record<ProbeType, ProbeResult>> = { readiness: 'Failure', liveness: 'Success', startup: 'Unknown' };

export class ProbeWorker {
  private _containerId = '';
  // worker.go: lastResult starts at Go's zero value of results.Result, which is Success.
  private _lastResult: ProbeResult = 'Success';
  private _resultRun = 0;
  private _onHold = false;
  private _stopped = false;

  /**
   * @param cache the results manager of this probe type, shared by all workers of that type
   *              (a private one is created when omitted).
   */
  constructor(
    readonly probeType: ProbeType,
    readonly spec: ProbeSpec,
    readonly cache: ResultsCache = new ResultsCache(probeType),
  ) {}

  get containerId(): string {
    return this._containerId;
  }
  get lastResult(): ProbeResult {
    return this._lastResult;
  }
  get resultRun(): number {
    return this._resultRun;
  }
  get onHold(): boolean {
    return this._onHold;
  }
  get stopped(): boolean {
    return this._stopped;
  }

  /** The cached result of the current container. */
  result(): ProbeResult | undefined {
    return this._containerId === '' ? undefined : this.cache.get(this._containerId);
  }

  /** worker.go doProbe, steps in the order Kubernetes takes them. */
  probe(now: number, pod: PodObservation | undefined, run: () => ProberOutcome): WorkerStep {
    const updates: ResultUpdate[] = [];
    const set = (result: ProbeResult, at: number) => {
      const u = this.cache.set(this._containerId, result, at);
      if (u) updates.push(u);
    };
    const step = (keepGoing: boolean, reason: StepReason, extra: Partial<WorkerStep> = {}): WorkerStep => ({
      keepGoing,
      reason,
      resultAt: now,
      updates,
      changed: updates.length > 0,
      result: this.result(),
      ...extra,
    });

    if (this._stopped) return step(false, 'stopped');
    // No status yet: the pod has not been created or was already deleted.
    if (!pod) return step(true, 'no-pod-status');
    // A terminated pod ends the worker.
    if (pod.phase === 'Failed' || pod.phase === 'Succeeded') return step(false, 'pod-terminated');
    const c = pod.container;
    if (!c || c.id === '') return step(true, 'no-container-status');

    // A new container ID: forget the old one's result, cache the initial value, lift the hold.
    if (c.id !== this._containerId) {
      if (this._containerId !== '') this.cache.remove(this._containerId);
      this._containerId = c.id;
      set(INITIAL_VALUE[this.probeType], now);
      this._onHold = false;
    }
    if (this._onHold) return step(true, 'on-hold');

    if (c.state !== 'running') {
      set('Failure', now);
      // Only a terminated container that will never be restarted ends the worker.
      return step(c.state !== 'terminated' || pod.restartPolicy !== 'Never', 'not-running');
    }
    // Graceful pod deletion: liveness/startup report Success once, so nothing is killed, and stop.
    if (pod.deleting && (this.probeType === 'liveness' || this.probeType === 'startup')) {
      set('Success', now);
      return step(false, 'pod-deleting');
    }
    // Probing is off while floor(seconds since start) < initialDelaySeconds (Go int32 conversion).
    const sinceStart = Math.trunc((now - (c.startedAt ?? now)) / 1000);
    if (sinceStart < this.spec.initialDelaySeconds) return step(true, 'initial-delay');
    // A startup worker idles once the container has started; the others idle until it has.
    if (c.started ? this.probeType === 'startup' : this.probeType !== 'startup') return step(true, 'startup-gate');

    const outcome = run();
    const resultAt = now + outcome.durationMs;
    // A prober error is thrown away: no counting, no caching.
    if (outcome.error !== undefined) return step(true, 'probe-error', { outcome, resultAt });
    const result: ProbeResult = outcome.result;
    if (result === this._lastResult) {
      this._resultRun += 1;
    } else {
      this._lastResult = result;
      this._resultRun = 1;
    }
    if (
      (result === 'Failure' && this._resultRun < this.spec.failureThreshold) ||
      (result === 'Success' && this._resultRun < this.spec.successThreshold)
    ) {
      return step(true, 'below-threshold', { outcome, resultAt });
    }
    set(result, resultAt);
    const extra: Partial<WorkerStep> = { outcome, resultAt };
    if ((this.probeType === 'liveness' || this.probeType === 'startup') && result === 'Failure') {
      // The container will be restarted: hold until a new container ID, and start counting afresh.
      this._onHold = true;
      this._resultRun = 0;
      extra.action = 'kill';
      extra.killReason = `failed ${this.probeType} probe`;
      if (this.spec.terminationGracePeriodSeconds !== undefined) extra.killGracePeriodSeconds = this.spec.terminationGracePeriodSeconds;
    }
    return step(true, 'result-cached', extra);
  }

  /** worker.go run's deferred cleanup: drop the container's cached result. Safe to call repeatedly. */
  stop(): void {
    if (this._stopped) return;
    this._stopped = true;
    if (this._containerId !== '') this.cache.remove(this._containerId);
  }

  /**
   * Fast-forward support: true when probing again with `result` would change nothing but the run
   * counter (the same result is already cached and its threshold reached, no hold in effect).
   */
  steadyUnder(result: 'Success' | 'Failure'): boolean {
    if (this._onHold || this._stopped || this._containerId === '') return false;
    const threshold = result === 'Success' ? this.spec.successThreshold : this.spec.failureThreshold;
    // A liveness/startup Failure at threshold puts the worker on hold, so it is never steady.
    if (result === 'Failure' && this.probeType !== 'readiness') return false;
    return this._lastResult === result && this._resultRun >= threshold && this.cache.get(this._containerId) === result;
  }

  /** Applies `n` probes that all returned `result` while steadyUnder(result) holds (same state as n steps). */
  skipSteadyProbes(n: number, result: 'Success' | 'Failure'): void {
    if (!this.steadyUnder(result)) throw new Error(`worker is not steady under ${result}; probe step by step`);
    this._resultRun += n;
  }
}
