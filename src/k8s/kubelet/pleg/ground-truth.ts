// Judge the PLEG against the runtime's ground truth: for every true transition of a container to
// running / exited / removed, was the matching event (ContainerStarted / ContainerDied /
// ContainerRemoved for that container id) delivered, and how long after the true change.
// k8s-semantics §3.6: a container created, terminated and removed within one relist period is never
// seen; this module measures exactly that.
import type { ContainerKind, StateChange } from '../runtime/types.js';
import { countByType, type CountByType } from './counters.js';
import { summarizeLatencies, type LatencySummary } from './stats.js';
import type { PlegEvent, PlegEventType } from './types.js';

export type TrackedTransition = 'running' | 'exited' | 'removed';

export const EVENT_FOR_TRANSITION: Readonly<Record<TrackedTransition, PlegEventType>> = {
  running: 'ContainerStarted',
  exited: 'ContainerDied',
  removed: 'ContainerRemoved',
};

export type Detection = 'seen' | 'missed' | 'pending';

export interface TransitionOutcome {
  containerId: string;
  podUid: string;
  kind: ContainerKind;
  to: TrackedTransition;
  trueAt: number;
  detection: Detection;
  deliveredAt?: number;
  latencyMs?: number;
}

export interface TransitionTally {
  transitions: number;
  seen: number;
  missed: number;
  pending: number;
  /** missed / (seen + missed) × 100; 0 when nothing was decidable. */
  missedPct: number;
}

export interface GroundTruthSummary extends TransitionTally {
  byTransition: Record<TrackedTransition, TransitionTally>;
  /** Delivered events considered (matching a tracked kind or not), by type. */
  eventsDelivered: CountByType;
  /** Distinct containers with a tracked transition, and those for which no transition was seen. */
  containers: number;
  containersNeverSeen: number;
  latency: LatencySummary | null;
}

export interface GroundTruthOptions {
  /** Which runtime objects to judge (default: containers only, not sandboxes). */
  kinds?: readonly ContainerKind[];
  /**
   * Start of the last successful relist. An undetected transition after it is `pending` (no relist
   * could have seen it yet) rather than missed. Default: every undetected transition is missed.
   */
  asOf?: number;
}

function isTracked(to: StateChange['to']): to is TrackedTransition {
  return to === 'running' || to === 'exited' || to === 'removed';
}

function emptyTally(): TransitionTally {
  return { transitions: 0, seen: 0, missed: 0, pending: 0, missedPct: 0 };
}

export function compareWithGroundTruth(
  changes: readonly StateChange[],
  delivered: readonly PlegEvent[],
  opts: GroundTruthOptions = {},
): { outcomes: TransitionOutcome[]; summary: GroundTruthSummary } {
  const kinds = opts.kinds ?? ['container'];
  const asOf = opts.asOf ?? Infinity;
  // Delivery times per (type, container id), in delivery order.
  const deliveries = new Map<string, number[]>();
  const eventsDelivered = countByType();
  for (const e of delivered) {
    eventsDelivered[e.type]++;
    const key = `${e.type}\u0000${e.containerId}`;
    const list = deliveries.get(key);
    if (list) list.push(e.time);
    else deliveries.set(key, [e.time]);
  }
  const outcomes: TransitionOutcome[] = [];
  for (const ch of changes) {
    if (!isTracked(ch.to) || !kinds.includes(ch.kind)) continue;
    const times = deliveries.get(`${EVENT_FOR_TRANSITION[ch.to]}\u0000${ch.containerId}`) ?? [];
    const deliveredAt = times.find((t) => t >= ch.time);
    const base = { containerId: ch.containerId, podUid: ch.podUid, kind: ch.kind, to: ch.to, trueAt: ch.time };
    if (deliveredAt !== undefined) outcomes.push({ ...base, detection: 'seen', deliveredAt, latencyMs: deliveredAt - ch.time });
    else outcomes.push({ ...base, detection: ch.time > asOf ? 'pending' : 'missed' });
  }
  return { outcomes, summary: summarize(outcomes, eventsDelivered) };
}

function tallyAdd(t: TransitionTally, o: TransitionOutcome): void {
  t.transitions++;
  t[o.detection]++;
}

function finishTally(t: TransitionTally): void {
  const decided = t.seen + t.missed;
  t.missedPct = decided === 0 ? 0 : (t.missed / decided) * 100;
}

function summarize(outcomes: readonly TransitionOutcome[], eventsDelivered: CountByType): GroundTruthSummary {
  const all = emptyTally();
  const byTransition = { running: emptyTally(), exited: emptyTally(), removed: emptyTally() };
  const seenContainers = new Set<string>();
  const containers = new Set<string>();
  const latencies: number[] = [];
  for (const o of outcomes) {
    tallyAdd(all, o);
    tallyAdd(byTransition[o.to], o);
    containers.add(o.containerId);
    if (o.detection === 'seen') {
      seenContainers.add(o.containerId);
      latencies.push(o.latencyMs!);
    }
  }
  finishTally(all);
  for (const t of Object.values(byTransition)) finishTally(t);
  return {
    ...all,
    byTransition,
    eventsDelivered,
    containers: containers.size,
    containersNeverSeen: containers.size - seenContainers.size,
    latency: summarizeLatencies(latencies),
  };
}
