// When the simulated app's state next changes, so the simulation can schedule one event instead of
// polling. Load changes are not included: the load model announces its own.
import { exitOf, leakedBytes, phaseEnd, phaseStart } from './state.js';
import type { AppSpec } from './schema.js';

export interface NextChangeOptions {
  /** The container's memory limit, bytes: also report when memory first exceeds it (OOM kill). */
  memoryLimitBytes?: number;
}

export interface AppChange {
  at: number;
  /** What happens then (several things may coincide; the first found is named). */
  what: 'started-up' | 'phase-start' | 'phase-end' | 'exit' | 'memory-over-limit';
}

/** Memory (bytes) without the exit rule: baseline + floor(leaked). Non-decreasing in t. */
function memoryAt(spec: AppSpec, startedAt: number, t: number): number {
  return spec.memory + Math.floor(leakedBytes(spec, startedAt, t));
}

/** The first whole ms t > now with memory(t) > limit, or undefined if it never happens. */
export function memoryOverLimitAt(spec: AppSpec, startedAt: number, now: number, limit: number): number | undefined {
  if (memoryAt(spec, startedAt, now) > limit) return undefined; // already over: not a future change
  // Past the last phase boundary the leak rate is constant; bound the search there.
  let last = now;
  let finalRate = 0;
  for (const p of spec.phases) {
    if (p.effect.kind !== 'leak') continue;
    const start = Math.max(phaseStart(p, startedAt), startedAt);
    const end = phaseEnd(p, startedAt);
    last = Math.max(last, start, Number.isFinite(end) ? end : start);
    if (!Number.isFinite(end)) finalRate += p.effect.bytesPerSecond;
  }
  let hi = last;
  if (memoryAt(spec, startedAt, hi) <= limit) {
    if (finalRate <= 0) return undefined;
    hi = last + Math.ceil(((limit + 1 - memoryAt(spec, startedAt, last)) * 1000) / finalRate) + 1;
    while (memoryAt(spec, startedAt, hi) <= limit) hi += 1000; // guard against float rounding
  }
  let lo = now; // memory(lo) ≤ limit < memory(hi)
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (memoryAt(spec, startedAt, mid) > limit) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * The earliest time after `now` at which the app's state may change for a container started at
 * `startedAt`, or undefined when nothing scripted is left (or the process has already exited).
 */
export function nextAppChange(spec: AppSpec, startedAt: number, now: number, opts: NextChangeOptions = {}): AppChange | undefined {
  const exit = exitOf(spec, startedAt);
  if (exit && exit.at <= now) return undefined;
  const candidates: AppChange[] = [];
  const add = (at: number, what: AppChange['what']) => {
    if (at > now && Number.isFinite(at) && (!exit || at <= exit.at)) candidates.push({ at, what });
  };
  add(startedAt + spec.startupTime, 'started-up');
  if (exit) add(exit.at, 'exit');
  for (const p of spec.phases) {
    if (p.effect.kind === 'exit') continue;
    add(phaseStart(p, startedAt), 'phase-start');
    add(phaseEnd(p, startedAt), 'phase-end');
  }
  if (opts.memoryLimitBytes !== undefined) {
    const oom = memoryOverLimitAt(spec, startedAt, now, opts.memoryLimitBytes);
    if (oom !== undefined) add(oom, 'memory-over-limit');
  }
  if (candidates.length === 0) return undefined;
  return candidates.reduce((best, c) => (c.at < best.at ? c : best));
}
