// Whether an observed value satisfies a list of comparisons (all must hold).
import type { Cell } from '../../sim/recorder.js';
import type { Comparison } from './types.js';

/** Booleans count as 1/0, as they are written to timeseries.csv. */
export function numeric(v: Cell | undefined): number | undefined {
  if (typeof v === 'number') return Number.isNaN(v) ? undefined : v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return undefined;
}

export function satisfies(v: Cell | undefined, comparisons: readonly Comparison[]): boolean {
  return comparisons.every((c) => holds(v, c));
}

function holds(v: Cell | undefined, c: Comparison): boolean {
  if (v === null || v === undefined) return false;
  if (c.op === 'equals') {
    if (typeof c.value === 'string') return String(v) === c.value;
    return numeric(v) === numeric(c.value);
  }
  const x = numeric(v);
  const y = numeric(c.value);
  if (x === undefined || y === undefined) return false;
  switch (c.op) {
    case 'atLeast':
      return x >= y;
    case 'atMost':
      return x <= y;
    case 'above':
      return x > y;
    case 'below':
      return x < y;
  }
}

/** The smallest and largest numeric values, for messages. */
export function range(values: Iterable<Cell>): [number, number] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    const x = numeric(v);
    if (x === undefined) continue;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  return lo <= hi ? [lo, hi] : undefined;
}
