// Piecewise curves through given points (the `points` curve and trace replay): the first value
// before the first point, the last value after the last one, and in between either a straight line
// (linear) or the value of the latest point (step).
import type { Curve, Interpolation, Point } from './types.js';

/** Index of the last point with at ≤ t (points sorted by `at`), or -1. */
function lastAtOrBefore(points: readonly Point[], t: number): number {
  let lo = 0;
  let hi = points.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid].at <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** `points` must be non-empty with strictly increasing `at`. */
export function piecewise(points: readonly Point[], interpolation: Interpolation): Curve {
  if (points.length === 0) throw new Error('a piecewise curve needs at least one point');
  const ps = points.map((p) => ({ ...p }));
  return (t) => {
    const i = lastAtOrBefore(ps, t);
    if (i < 0) return ps[0].value;
    if (i === ps.length - 1 || interpolation === 'step') return ps[i].value;
    const a = ps[i];
    const b = ps[i + 1];
    return a.value + ((b.value - a.value) * (t - a.at)) / (b.at - a.at);
  };
}
