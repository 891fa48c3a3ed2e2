// Short-lived container churn as a load generator for the relist (SPEC §1 "missed-events"):
// containers arrive (Poisson or at a fixed interval), live for a drawn lifetime, exit, and are
// removed after a GC delay. Pure: `generateChurn` returns the schedule, `churnOperations` the
// ordered runtime operations, `applyChurnOp` performs one against a ContainerRuntime.
import type { ContainerRuntime } from '../runtime/runtime.js';
import { sampleExponential, sampleLifetime, type LifetimeDistribution, type UniformSource } from './distributions.js';

export type ArrivalProcess = { kind: 'poisson'; ratePerSecond: number } | { kind: 'fixed'; intervalMs: number };

export interface ChurnSpec {
  arrivals: ArrivalProcess;
  lifetime: LifetimeDistribution;
  /** Removal this long after exit (0: removed at the instant it exits). */
  gcDelayMs: number;
  /** Start this long after creation. */
  startDelayMs: number;
  exitCode: number;
  /** Containers are spread round-robin over this many pods. */
  pods: number;
  podUidPrefix: string;
  /** Time of the first possible arrival. */
  startMs: number;
  /** Stop after this many containers … */
  count?: number;
  /** … or at this time (arrivals at or after it are not generated). */
  untilMs?: number;
}

export interface ChurnItem {
  index: number;
  podUid: string;
  name: string;
  createAt: number;
  startAt: number;
  exitAt: number;
  removeAt: number;
  lifetimeMs: number;
  exitCode: number;
}

export type ChurnOpKind = 'create' | 'start' | 'exit' | 'remove';
export interface ChurnOp {
  at: number;
  op: ChurnOpKind;
  item: ChurnItem;
}

const OP_RANK: Record<ChurnOpKind, number> = { create: 0, start: 1, exit: 2, remove: 3 };

/** Draw the churn schedule. Per container: the inter-arrival gap (Poisson only), then the lifetime. */
export function generateChurn(spec: ChurnSpec, random: UniformSource): ChurnItem[] {
  if (spec.count === undefined && spec.untilMs === undefined) throw new RangeError('churn needs a count or an end time');
  return [...churnItems(spec, random)];
}

/**
 * The same schedule drawn lazily, one container at a time (same draws in the same order as
 * generateChurn), so a simulation can stream an unbounded churn without holding it in memory.
 */
export function* churnItems(spec: ChurnSpec, random: UniformSource): Generator<ChurnItem> {
  let t = spec.startMs;
  for (let i = 0; spec.count === undefined || i < spec.count; i++) {
    if (spec.arrivals.kind === 'poisson') t += sampleExponential(random, 1000 / spec.arrivals.ratePerSecond);
    else if (i > 0) t += spec.arrivals.intervalMs;
    const createAt = Math.round(t);
    if (spec.untilMs !== undefined && createAt >= spec.untilMs) break;
    const lifetimeMs = sampleLifetime(random, spec.lifetime);
    const startAt = createAt + spec.startDelayMs;
    const exitAt = startAt + lifetimeMs;
    yield {
      index: i,
      podUid: `${spec.podUidPrefix}-${i % spec.pods}`,
      name: `churn-${i}`,
      createAt,
      startAt,
      exitAt,
      removeAt: exitAt + spec.gcDelayMs,
      lifetimeMs,
      exitCode: spec.exitCode,
    };
  }
}

/** All runtime operations in time order; same-time ties: create < start < exit < remove, then by index. */
export function churnOperations(items: readonly ChurnItem[]): ChurnOp[] {
  const ops: ChurnOp[] = [];
  for (const item of items) {
    ops.push(
      { at: item.createAt, op: 'create', item },
      { at: item.startAt, op: 'start', item },
      { at: item.exitAt, op: 'exit', item },
      { at: item.removeAt, op: 'remove', item },
    );
  }
  return ops.sort((a, b) => a.at - b.at || OP_RANK[a.op] - OP_RANK[b.op] || a.item.index - b.item.index);
}

/**
 * Perform one churn operation on a runtime; `ids` maps churn index → container id (filled on create).
 * The exit disables the runtime's own GC for this container: the churn's `remove` op removes it.
 */
export function applyChurnOp(runtime: ContainerRuntime, op: ChurnOp, ids: Map<number, string>): void {
  const { item } = op;
  switch (op.op) {
    case 'create':
      ids.set(item.index, runtime.createContainer(op.at, item.podUid, item.name));
      break;
    case 'start':
      runtime.start(op.at, ids.get(item.index)!);
      break;
    case 'exit':
      runtime.exit(op.at, ids.get(item.index)!, item.exitCode, null);
      break;
    case 'remove':
      runtime.remove(op.at, ids.get(item.index)!);
      ids.delete(item.index);
      break;
  }
}
