// Load → utilization → answer time of the simulated app (kubetwin's model, not Kubernetes').
//
// utilization u: given directly, or rps / capacityRps, or rps × cpuPerRequest / CPU available.
// answer time: base / (1 − u) — the mean response time of a single-server queue (M/M/1) whose
// service time is `base` — capped at maxResponseTime, which is also the value at u ≥ 1.
import type { AppSpec } from './schema.js';

/** What the load model tells the app about the present moment. */
export interface AppLoad {
  /** Requests per second arriving at this container. */
  rps?: number;
  /** CPU the container can use now, millicores (after its limit and node contention). */
  cpuMillicores?: number;
  /** Overrides the computed utilization (0 = idle, 1 = saturated). */
  utilization?: number;
}

export function utilization(spec: Pick<AppSpec, 'capacityRps' | 'cpuPerRequest'>, load: AppLoad = {}): number {
  if (load.utilization !== undefined) return Math.max(0, load.utilization);
  const rps = Math.max(0, load.rps ?? 0);
  if (spec.capacityRps !== undefined) return rps / spec.capacityRps;
  if (spec.cpuPerRequest !== undefined && load.cpuMillicores !== undefined) {
    return load.cpuMillicores > 0 ? (rps * spec.cpuPerRequest) / load.cpuMillicores : rps > 0 ? Infinity : 0;
  }
  return 0;
}

/** base / (1 − u), rounded to whole ms, capped at maxMs (and = maxMs once u ≥ 1). */
export function responseTimeMs(baseMs: number, u: number, maxMs: number): number {
  if (u >= 1) return Math.max(baseMs, maxMs);
  return Math.min(Math.max(baseMs, maxMs), Math.round(baseMs / (1 - u)));
}
