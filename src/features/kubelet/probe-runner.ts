// Drives one probe worker (pod, container, probe type) on the engine, as k8s v1.28
// pkg/kubelet/prober/worker.go run does: an optional random first delay, then a probe at once and
// on every tick of a ticker with the probe's period; a manual trigger (readiness) probes at once.
// The handler sees the app when the probe starts; its result is published when it returns.
//
// Fast-forward (kubetwin's, optional): after a probe that cannot change anything — the worker is
// steady (same result, threshold reached, nothing published, no event) or idle behind the startup
// gate — the probes until the app's next scripted change are not run one by one: the next engine
// event is the first tick at or after that change, and the skipped probes are credited to the worker
// in one step. Anything that changes the container or pod wakes the runner first, which credits the
// ticks that already passed and resumes ticking. The step-by-step mode gives identical results
// (test/kubelet/kubelet/fast-forward.test.ts).
import type { Engine } from '../../engine/engine.js';
import type { ProbeSpec } from '../../model/types.js';
import { probeApp } from '../../k8s/kubelet/prober/prober.js';
import type { ProbeTarget } from '../../k8s/kubelet/prober/handlers.js';
import type { ProbeType } from '../../k8s/kubelet/prober/types.js';
import { nextProbeStart } from '../../k8s/kubelet/prober/timing.js';
import { ProbeWorker, type PodObservation, type WorkerStep } from '../../k8s/kubelet/prober/worker.js';
import type { ContainerRec, PodRec } from './state.js';

/** What a runner needs from the kubelet. */
export interface RunnerHost {
  readonly engine: Engine;
  readonly fastForward: boolean;
  observe(pod: PodRec, c: ContainerRec): PodObservation | undefined;
  target(pod: PodRec, c: ContainerRec, now: number): ProbeTarget;
  /** Earliest time after `now` at which the app's answers may change (Infinity: never). */
  horizon(pod: PodRec, c: ContainerRec, now: number): number;
  /** Publishes a probe step's results, events and kill request (at `step.resultAt`). */
  publish(runner: ProbeRunner, step: WorkerStep): void;
  /** True when the ticks at `now` have already run (a change at `now` comes after them). */
  isLate(now: number): boolean;
  /** Engine priorities of this runner's probes and of its result publications. */
  tickPriority(ordinal: number): number;
  publishPriority(ordinal: number): number;
}

interface Skip {
  /** First grid tick not run. */
  from: number;
  /** Steady result credited per skipped tick; undefined = idle ticks (nothing to credit). */
  result?: 'Success' | 'Failure';
  /** Run time of each skipped probe. */
  durationMs: number;
}

export class ProbeRunner {
  readonly worker: ProbeWorker;
  readonly periodMs: number;
  /** The ticker's origin: time of the first probe (ticks at origin + k·period). */
  private origin = 0;
  private handle = -1;
  private inFlightUntil = -Infinity;
  private skip?: Skip;
  private triggerPending = false;
  /** Handler runs (the same in both modes: credited steady probes count as run). */
  probesRun = 0;
  /** Engine events saved by fast-forward (differs between modes: never put it in a report). */
  ticksSkipped = 0;

  constructor(
    private readonly host: RunnerHost,
    readonly type: ProbeType,
    readonly spec: ProbeSpec,
    readonly ordinal: number,
    readonly pod: PodRec,
    readonly container: ContainerRec,
  ) {
    this.worker = new ProbeWorker(type, spec);
    this.periodMs = spec.periodSeconds * 1000;
  }

  get stopped(): boolean {
    return this.worker.stopped;
  }

  /** worker.go run: the first probe `delayMs` after `now` (the random offset), then the ticker. */
  start(now: number, delayMs: number): void {
    this.origin = now + delayMs;
    this.schedule(this.origin);
  }

  /** Stops the worker; ticks skipped before now are credited first (step mode ran them). */
  stop(): void {
    const s = this.skip;
    if (s && !this.stopped) {
      const now = this.host.engine.now;
      this.credit(s, this.ticksIn(s.from, this.host.isLate(now) ? now + 1 : now));
    }
    this.worker.stop();
    if (this.handle >= 0) this.host.engine.cancel(this.handle);
    this.handle = -1;
    this.skip = undefined;
  }

  /** prober_manager.go UpdatePodStatus: the manual trigger channel (buffer 1) of a readiness worker. */
  trigger(now: number): void {
    if (this.stopped || this.triggerPending) return;
    this.wake(now);
    this.triggerPending = true;
    this.scheduleTrigger(Math.max(now, this.inFlightUntil));
  }

  // A due trigger goes before a tick due at the same time (just below the worker's tick priority).
  private scheduleTrigger(at: number): void {
    this.host.engine.at(
      at,
      (t) => {
        if (this.stopped) return;
        if (t < this.inFlightUntil) {
          this.scheduleTrigger(this.inFlightUntil);
          return;
        }
        this.triggerPending = false;
        this.probe(t);
      },
      this.host.tickPriority(this.ordinal) - 2 ** -26,
    );
  }

  /**
   * Something the worker observes changed at `now`: credit the skipped ticks before it (and the
   * tick at `now` itself when the change came after this time's ticks ran) and tick again.
   */
  wake(now: number): void {
    const s = this.skip;
    if (!s || this.stopped) return;
    const late = this.host.isLate(now);
    this.skip = undefined;
    const n = this.ticksIn(s.from, late ? now + 1 : now);
    this.credit(s, n);
    if (this.handle >= 0) this.host.engine.cancel(this.handle);
    this.handle = -1;
    const next = this.gridAtOrAfter(late ? now + 1 : now);
    this.schedule(Math.max(next, s.from));
  }

  /** The run ended at `end`: credit the skipped ticks up to and including `end` (step mode ran them). */
  finishRun(end: number): void {
    const s = this.skip;
    if (!s || this.stopped) return;
    this.skip = undefined;
    this.credit(s, this.ticksIn(s.from, end + 1));
  }

  private schedule(at: number): void {
    this.handle = this.host.engine.at(at, (t) => this.tick(t), this.host.tickPriority(this.ordinal));
  }

  private tick(now: number): void {
    this.handle = -1;
    if (this.stopped) return;
    // A tick while a (triggered) probe still runs waits in the ticker channel until it returns.
    if (now < this.inFlightUntil) {
      this.schedule(this.inFlightUntil);
      return;
    }
    const s = this.skip;
    if (s) {
      this.skip = undefined;
      this.credit(s, this.ticksIn(s.from, now));
    }
    const step = this.probe(now);
    if (!step.keepGoing) return;
    const next = nextProbeStart(this.origin, this.periodMs, now, step.resultAt);
    const gridNext = this.gridAtOrAfter(now + 1);
    if (this.host.fastForward && next === gridNext) {
      const skip = this.steady(step, next);
      if (skip) {
        const h = this.host.horizon(this.pod, this.container, now);
        if (h > next) {
          this.skip = skip;
          if (Number.isFinite(h)) this.schedule(this.gridAtOrAfter(h));
          return;
        }
      }
    }
    this.schedule(next);
  }

  private probe(now: number): WorkerStep {
    const c = this.container;
    const step = this.worker.probe(now, this.host.observe(this.pod, c), () => {
      this.probesRun += 1;
      return probeApp(this.type, this.spec, this.host.target(this.pod, c, now), c.spec.ports, this.pod.ip);
    });
    this.inFlightUntil = step.resultAt;
    if (step.updates.length > 0 || step.outcome?.event || step.action) {
      this.host.engine.at(step.resultAt, () => this.host.publish(this, step), this.host.publishPriority(this.ordinal));
    }
    if (!step.keepGoing) this.stop();
    return step;
  }

  /** The skip a step allows, or undefined when the next probe might change something. */
  private steady(step: WorkerStep, next: number): Skip | undefined {
    if (step.updates.length > 0 || step.action) return undefined;
    if (step.reason === 'startup-gate') return { from: next, durationMs: 0 };
    const o = step.outcome;
    if (!o || o.error !== undefined || o.event || o.durationMs >= this.periodMs) return undefined;
    return this.worker.steadyUnder(o.result) ? { from: next, result: o.result, durationMs: o.durationMs } : undefined;
  }

  private credit(s: Skip, n: number): void {
    if (n <= 0) return;
    this.ticksSkipped += n;
    if (s.result !== undefined) {
      this.worker.skipSteadyProbes(n, s.result);
      this.probesRun += n; // in step mode each of them would have run the handler
    }
    // The last credited probe may still be "running" (its answer takes durationMs).
    this.inFlightUntil = Math.max(this.inFlightUntil, s.from + (n - 1) * this.periodMs + s.durationMs);
  }

  /** Grid ticks g with from ≤ g < until (from is a grid tick). */
  private ticksIn(from: number, until: number): number {
    return until <= from ? 0 : Math.floor((until - from - 1) / this.periodMs) + 1;
  }

  /** The first ticker time ≥ t. */
  private gridAtOrAfter(t: number): number {
    if (t <= this.origin) return this.origin;
    return this.origin + Math.ceil((t - this.origin) / this.periodMs) * this.periodMs;
  }
}
