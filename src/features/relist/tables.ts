// Per-node and per-relist-period tables: relist-nodes.csv, relist-periods.csv and the `relist`
// section of summary.json. Nodes with scripted faults get their own rows in the period table, so a
// stalled node does not blur what a period costs and misses.
import type { Cell } from '../../sim/recorder.js';
import { summarizeLatencies } from '../../k8s/kubelet/pleg/stats.js';
import type { JudgeTally } from './judge.js';
import type { NodeRelist } from './node-relist.js';

/** Additive totals of one node (or of a group of nodes). */
export interface RelistTotals {
  nodes: number;
  periodMs: number;
  faulty: boolean;
  observedMs: number;
  relists: number;
  relistFailures: number;
  relistTotalMs: number;
  relistMaxMs: number;
  eventsEmitted: number;
  discards: number;
  withheld: number;
  consumed: number;
  syncWaitTotalMs: number;
  notReadyMs: number;
  tally: JudgeTally;
}

export function totalsOf(n: NodeRelist, end: number): RelistTotals {
  const c = n.pleg.counters;
  const until = n.stoppedAt ?? end;
  const notReadyMs = n.readiness.notReady.reduce((s, i) => s + ((i.to ?? until) - i.from), 0);
  return {
    nodes: 1,
    periodMs: n.settings.periodMs,
    faulty: n.settings.faulty,
    observedMs: until - n.startedAt,
    relists: c.relists,
    relistFailures: c.relistFailures,
    relistTotalMs: c.relistDuration.totalMs,
    relistMaxMs: c.relistDuration.maxMs,
    eventsEmitted: n.eventsEmitted,
    discards: n.discards,
    withheld: c.withheld,
    consumed: n.syncLoop.consumed,
    syncWaitTotalMs: n.syncLoop.waitTotalMs,
    notReadyMs,
    tally: n.judge.tally,
  };
}

/** Sum of a non-empty group of totals (same period and fault flag). */
export function combine(group: readonly RelistTotals[]): RelistTotals {
  const first = group[0];
  const acc: RelistTotals = { ...first, tally: { ...first.tally, latenciesMs: [...first.tally.latenciesMs] } };
  for (const b of group.slice(1)) {
    acc.nodes += b.nodes;
    acc.observedMs += b.observedMs;
    acc.relists += b.relists;
    acc.relistFailures += b.relistFailures;
    acc.relistTotalMs += b.relistTotalMs;
    acc.relistMaxMs = Math.max(acc.relistMaxMs, b.relistMaxMs);
    acc.eventsEmitted += b.eventsEmitted;
    acc.discards += b.discards;
    acc.withheld += b.withheld;
    acc.consumed += b.consumed;
    acc.syncWaitTotalMs += b.syncWaitTotalMs;
    acc.notReadyMs += b.notReadyMs;
    const t = acc.tally;
    const u = b.tally;
    t.transitions += u.transitions;
    t.seen += u.seen;
    t.late += u.late;
    t.missed += u.missed;
    t.pending += u.pending;
    t.containers += u.containers;
    t.containersNeverSeen += u.containersNeverSeen;
    for (const l of u.latenciesMs) t.latenciesMs.push(l);
  }
  return acc;
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;
const pct = (part: number, whole: number) => (whole === 0 ? 0 : round((100 * part) / whole, 2));

/** One table row. Percentages over decided transitions (seen + missed); latency over seen ones. */
export function rowOf(t: RelistTotals): Record<string, Cell> {
  const lat = summarizeLatencies(t.tally.latenciesMs);
  const decided = t.tally.seen + t.tally.missed;
  return {
    period_s: t.periodMs / 1000,
    scriptedFaults: t.faulty,
    nodes: t.nodes,
    relists: t.relists,
    relistFailures: t.relistFailures,
    meanRelistMs: t.relists === 0 ? 0 : round(t.relistTotalMs / t.relists),
    maxRelistMs: t.relistMaxMs,
    relistBusyPct: pct(t.relistTotalMs, t.observedMs),
    containers: t.tally.containers,
    containersNeverSeen: t.tally.containersNeverSeen,
    containersNeverSeenPct: pct(t.tally.containersNeverSeen, t.tally.containers),
    transitions: t.tally.transitions,
    eventsEmitted: t.eventsEmitted,
    eventsSeen: t.tally.seen,
    eventsLate: t.tally.late,
    eventsMissed: t.tally.missed,
    eventsPending: t.tally.pending,
    missedPct: pct(t.tally.missed, decided),
    meanLatencyMs: lat ? round(lat.meanMs) : null,
    p95LatencyMs: lat ? lat.p95Ms : null,
    maxLatencyMs: lat ? lat.maxMs : null,
    discards: t.discards,
    withheld: t.withheld,
    eventsConsumed: t.consumed,
    meanSyncWaitMs: t.consumed === 0 ? null : round(t.syncWaitTotalMs / t.consumed),
    notReady_s: t.notReadyMs / 1000,
  };
}

/** Rows per (relist period, scripted faults), by period then fault-free first. */
export function periodRows(totals: readonly RelistTotals[]): Array<Record<string, Cell>> {
  const groups = new Map<string, RelistTotals[]>();
  for (const t of totals) {
    const key = `${t.periodMs}/${t.faulty}`;
    const group = groups.get(key);
    if (group) group.push(t);
    else groups.set(key, [t]);
  }
  return [...groups.values()]
    .map(combine)
    .sort((a, b) => a.periodMs - b.periodMs || Number(a.faulty) - Number(b.faulty))
    .map(rowOf);
}

export function nodeRows(nodes: ReadonlyArray<{ node: string; totals: RelistTotals }>): Array<Record<string, Cell>> {
  return nodes.map(({ node, totals }) => {
    const { nodes: _n, ...rest } = rowOf(totals);
    return { node, ...rest };
  });
}
