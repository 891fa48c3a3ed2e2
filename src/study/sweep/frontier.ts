// The cost-vs-SLO frontier: points no other point beats on both cost and the SLO metric (both
// minimised, on their means), and the cheapest point that meets an SLO bound.
import type { Cell } from '../../report/recorder.js';

export interface FrontierInput {
  point: number;
  label: string;
  cost: number | null;
  slo: number | null;
  /** Upper 95 % bound of the SLO metric, when there are replications enough for one. */
  sloHigh: number | null;
}

export interface FrontierPoint extends FrontierInput {
  onFrontier: boolean;
  meetsSlo: boolean | null;
}

/** Sorted by cost, then SLO, then point index; Pareto-optimal points flagged. */
export function frontier(points: readonly FrontierInput[], sloMax?: number): FrontierPoint[] {
  const usable = points.filter((p) => p.cost !== null && p.slo !== null);
  const sorted = [...usable].sort((a, b) => a.cost! - b.cost! || a.slo! - b.slo! || a.point - b.point);
  let best = Infinity;
  return sorted.map((p) => {
    const onFrontier = p.slo! < best;
    if (onFrontier) best = p.slo!;
    const meetsSlo = sloMax === undefined ? null : (p.sloHigh ?? p.slo!) <= sloMax;
    return { ...p, onFrontier, meetsSlo };
  });
}

/** The cheapest point meeting the SLO bound (ties: lower SLO, then lower index). */
export function cheapestMeeting(points: readonly FrontierPoint[]): FrontierPoint | undefined {
  return points.find((p) => p.meetsSlo === true);
}

export function frontierRows(points: readonly FrontierPoint[], costName: string, sloName: string): Array<Record<string, Cell>> {
  return points.map((p) => ({
    point: p.point,
    parameters: p.label,
    [`${costName}_mean`]: p.cost,
    [`${sloName}_mean`]: p.slo,
    [`${sloName}_ci95_high`]: p.sloHigh,
    on_frontier: p.onFrontier,
    meets_slo: p.meetsSlo,
  }));
}
