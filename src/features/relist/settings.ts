// Which relist settings and churn loads apply to a node: entries select nodes by name and/or
// label selector (k8s metav1.LabelSelector: matchLabels AND every matchExpression; empty = all).
import type { NodeSpec } from '../../model/types.js';
import { selectorMatches } from '../../model/label-selector.js';
import type { InspectFailure, ListCost, ListFailure } from '../../k8s/kubelet/runtime/faults.js';
import { relistEntrySchema, type ChurnEntry, type NodeSelection, type RelistEntry } from './schema.js';

/** A relist that starts in [from, to) has a listing that takes `durationMs`. */
export interface SlowRelist {
  from: number;
  to: number;
  durationMs: number;
}

export interface NodeRelistSettings {
  periodMs: number;
  thresholdMs: number;
  channelCapacity: number;
  /** Events per second; undefined = unlimited. */
  consumeRate?: number;
  listCost: ListCost;
  inspectCostMs: number;
  listFailures: ListFailure[];
  slowRelists: SlowRelist[];
  /** `podUids` holds pod *names* here; the component matches them against the runtime's pod names. */
  inspectFailures: InspectFailure[];
  events: RelistEntry['events'];
  /** Whether any fault is scripted (such nodes get their own rows in the per-period table). */
  faulty: boolean;
}

export function selects(entry: NodeSelection, node: Pick<NodeSpec, 'name' | 'labels'>): boolean {
  if (entry.nodes && !entry.nodes.includes(node.name)) return false;
  return !entry.nodeSelector || selectorMatches(entry.nodeSelector, node.labels);
}

const DEFAULT_ENTRY: RelistEntry = relistEntrySchema.parse({});

/** The first relist entry that selects the node, or the kubelet defaults. */
export function relistSettingsFor(entries: readonly RelistEntry[], node: Pick<NodeSpec, 'name' | 'labels'>): NodeRelistSettings {
  const e = entries.find((x) => selects(x, node)) ?? DEFAULT_ENTRY;
  return {
    periodMs: e.period,
    thresholdMs: e.threshold,
    channelCapacity: e.channelCapacity,
    consumeRate: e.consumeRate,
    listCost: { baseMs: e.cost.baseMs, perPodMs: e.cost.perPodMs, perContainerMs: e.cost.perContainerMs },
    inspectCostMs: e.cost.inspectMs,
    listFailures: e.listFailures.map((f) => ({ from: f.from, to: f.to, error: f.error, durationMs: f.duration })),
    slowRelists: e.slowRelists.map((s) => ({ from: s.from, to: s.to, durationMs: s.duration })),
    inspectFailures: e.inspectFailures.map((f) => ({ from: f.from, to: f.to, podUids: f.pods, error: f.error, durationMs: f.duration })),
    events: e.events,
    faulty: e.listFailures.length + e.slowRelists.length + e.inspectFailures.length > 0,
  };
}

/** Churn entries (with their index in spec.churn) that select the node. */
export function churnFor(
  entries: readonly ChurnEntry[],
  node: Pick<NodeSpec, 'name' | 'labels'>,
): Array<{ entry: ChurnEntry; index: number }> {
  return entries.flatMap((entry, index) => (selects(entry, node) ? [{ entry, index }] : []));
}

/** The slow-relist window active for a relist starting at `now`, if any. */
export function activeSlowRelist(windows: readonly SlowRelist[], now: number): SlowRelist | undefined {
  return windows.find((w) => now >= w.from && now < w.to);
}
