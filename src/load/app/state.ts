// The simulated application's state at one moment: a pure function of its scripted spec, the
// container's age, the virtual time and the load. Its result is a ProbeTarget for the prober.
import type { GrpcServingStatus, ProbeTarget } from '../../k8s/kubelet/prober/handlers.js';
import { responseTimeMs, utilization, type AppLoad } from './response.js';
import type { AppPhase, AppSpec } from './schema.js';

export interface AppState extends ProbeTarget {
  /** False once a scripted exit happened: the container's process is gone. */
  running: boolean;
  /** Exit code and virtual time of the scripted exit. */
  exitCode?: number;
  exitedAt?: number;
  /** Still within startupTime: not listening yet. */
  starting: boolean;
  /** Within a `hang` phase. */
  hung: boolean;
  utilization: number;
  /** Resident memory, bytes (baseline + leaks since this container started; 0 after exit). */
  memoryBytes: number;
  httpStatus: number;
  responseMs: number;
  execExitCode: number;
  execMs: number;
  grpcStatus: GrpcServingStatus;
}

/** Absolute start of a phase for a container started at `startedAt`. */
export function phaseStart(p: AppPhase, startedAt: number): number {
  return p.start.kind === 'age' ? startedAt + p.start.ms : p.start.ms;
}

/** Absolute end (exclusive) of a phase; Infinity when it lasts until the container ends. */
export function phaseEnd(p: AppPhase, startedAt: number): number {
  return p.durationMs === undefined ? Infinity : phaseStart(p, startedAt) + p.durationMs;
}

/** The scripted exit that ends this container (the earliest exit phase at or after its start). */
export function exitOf(spec: AppSpec, startedAt: number): { code: number; at: number } | undefined {
  let exit: { code: number; at: number } | undefined;
  for (const p of spec.phases) {
    if (p.effect.kind !== 'exit') continue;
    const at = phaseStart(p, startedAt);
    // An absolute-time exit only ends a container that was already running then.
    if (at < startedAt) continue;
    if (!exit || at < exit.at) exit = { code: p.effect.code, at };
  }
  return exit;
}

/** Bytes leaked by time `t` (not floored): Σ rate × overlap of [start, end) with [startedAt, t]. */
export function leakedBytes(spec: AppSpec, startedAt: number, t: number): number {
  let total = 0;
  for (const p of spec.phases) {
    if (p.effect.kind !== 'leak') continue;
    const from = Math.max(phaseStart(p, startedAt), startedAt);
    const to = Math.min(phaseEnd(p, startedAt), t);
    if (to > from) total += (p.effect.bytesPerSecond * (to - from)) / 1000;
  }
  return total;
}

const active = (p: AppPhase, startedAt: number, now: number) => phaseStart(p, startedAt) <= now && now < phaseEnd(p, startedAt);

/**
 * The app's state at `now` for a container of age `containerAge` (ms, ≥ 0). Phases are half-open
 * [start, end): a hang `after: 60s` is in effect at age exactly 60 s. Later error phases in the
 * list win over earlier ones; latencies add up; a scripted exit overrides everything.
 */
export function appState(spec: AppSpec, containerAge: number, now: number, load: AppLoad = {}): AppState {
  const startedAt = now - containerAge;
  const u = utilization(spec, load);
  const base = {
    listenPorts: spec.listenPorts,
    utilization: u,
    execMs: spec.execTime,
    httpStatus: spec.httpStatus,
    grpcStatus: spec.grpcStatus,
    execExitCode: spec.execExitCode,
  };
  const exit = exitOf(spec, startedAt);
  if (exit && exit.at <= now) {
    return {
      ...base,
      running: false,
      exitCode: exit.code,
      exitedAt: exit.at,
      starting: false,
      hung: false,
      listening: false,
      responding: false,
      memoryBytes: 0,
      responseMs: responseTimeMs(spec.responseTime, u, spec.maxResponseTime),
    };
  }
  let hung = false;
  let latency = 0;
  let error: Extract<AppPhase['effect'], { kind: 'error' }> | undefined;
  for (const p of spec.phases) {
    if (!active(p, startedAt, now)) continue;
    if (p.effect.kind === 'hang') hung = true;
    else if (p.effect.kind === 'error') error = p.effect;
    else if (p.effect.kind === 'latency') latency += p.effect.ms;
  }
  const starting = containerAge < spec.startupTime;
  return {
    ...base,
    running: true,
    starting,
    hung,
    listening: !starting,
    responding: !hung,
    httpStatus: error?.httpStatus ?? spec.httpStatus,
    grpcStatus: error?.grpcStatus ?? spec.grpcStatus,
    // An exec check fails (exit 1) while the app is still starting.
    execExitCode: starting ? 1 : (error?.execExitCode ?? spec.execExitCode),
    responseMs: responseTimeMs(spec.responseTime, u, spec.maxResponseTime) + latency,
    memoryBytes: spec.memory + Math.floor(leakedBytes(spec, startedAt, now)),
  };
}

/** Whether the app answers requests successfully now (for endpoints / load: running, up, 2xx–3xx). */
export function isServing(s: AppState): boolean {
  return s.running && s.listening && s.responding && s.httpStatus >= 200 && s.httpStatus < 400;
}
