// pleg-containers.csv: one row per judged container — when it truly changed state, and for each
// transition whether the PLEG reported it (seen / late / missed / pending) and how long after.
import type { Cell } from '../../sim/recorder.js';
import type { TrackedTransition } from '../../k8s/kubelet/pleg/ground-truth.js';
import type { ContainerVerdict } from './judge.js';

const s = (ms: number | undefined) => (ms === undefined ? null : ms / 1000);

const COLUMN: Record<TrackedTransition, string> = { running: 'started', exited: 'died', removed: 'removed' };

export function containerRow(
  node: string,
  periodMs: number,
  source: 'pod' | 'churn',
  pod: string,
  v: ContainerVerdict,
): Record<string, Cell> {
  const row: Record<string, Cell> = {
    node,
    period_s: periodMs / 1000,
    source,
    pod,
    container: v.name,
    containerId: v.containerId,
    created_s: s(v.times.created),
    started_s: s(v.times.running),
    exited_s: s(v.times.exited),
    removed_s: s(v.times.removed),
    lifetimeMs: v.times.running !== undefined && v.times.exited !== undefined ? v.times.exited - v.times.running : null,
  };
  for (const to of ['running', 'exited', 'removed'] as const) {
    const t = v.transitions.find((x) => x.to === to);
    row[COLUMN[to]] = t ? t.verdict : null;
    row[`${COLUMN[to]}LatencyMs`] = t?.latencyMs ?? null;
  }
  const verdicts = v.transitions.map((t) => t.verdict);
  const seen = verdicts.filter((x) => x === 'seen' || x === 'late').length;
  row.outcome = seen === verdicts.length ? 'seen' : seen > 0 ? 'partial' : verdicts.includes('missed') ? 'missed' : 'pending';
  return row;
}
