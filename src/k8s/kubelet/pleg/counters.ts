// PLEG counters, the simulator's stand-in for the kubelet's PLEG metrics
// (k8s v1.28 pkg/kubelet/metrics: PLEGRelistDuration, PLEGDiscardEvents, …).
import { PLEG_EVENT_TYPES, type PlegEventType } from './types.js';

export type CountByType = Record<PlegEventType, number>;

export interface PlegCounters {
  /** Relist attempts, including failed listings. */
  relists: number;
  /** Relists whose listing failed (relist time not updated). */
  relistFailures: number;
  /** Duration of every relist attempt (listing + inspections). */
  relistDuration: { count: number; totalMs: number; maxMs: number; lastMs: number };
  /** Events computed by the diff, ContainerChanged included. */
  generated: CountByType;
  /** Events put into the channel. */
  sent: CountByType;
  /** Events dropped because the channel was full (PLEGDiscardEvents), by type. */
  discarded: CountByType;
  /** Events held back because the pod's inspection failed (recomputed next relist), ContainerChanged excluded. */
  withheld: number;
  /** GetPodStatus calls, including re-inspections. */
  inspections: number;
  inspectionFailures: number;
  /** Inspections of pods queued by an earlier failed inspection. */
  reinspections: number;
}

export function countByType(): CountByType {
  return Object.fromEntries(PLEG_EVENT_TYPES.map((t) => [t, 0])) as CountByType;
}

export function newCounters(): PlegCounters {
  return {
    relists: 0,
    relistFailures: 0,
    relistDuration: { count: 0, totalMs: 0, maxMs: 0, lastMs: 0 },
    generated: countByType(),
    sent: countByType(),
    discarded: countByType(),
    withheld: 0,
    inspections: 0,
    inspectionFailures: 0,
    reinspections: 0,
  };
}

export function recordDuration(c: PlegCounters, ms: number): void {
  const d = c.relistDuration;
  d.count++;
  d.totalMs += ms;
  d.maxMs = Math.max(d.maxMs, ms);
  d.lastMs = ms;
}

export function total(counts: CountByType): number {
  return PLEG_EVENT_TYPES.reduce((sum, t) => sum + counts[t], 0);
}
