// Thins long series for charts only (CSV output keeps every sample). Bucketed min/max: each series
// keeps its first and last row and, in each of a fixed number of equal-count buckets between them,
// the rows holding the minimum and maximum of every value field. Spikes and dips survive (a replica
// count that flaps once still shows), the result is a subset of the input in input order, and the
// same input always gives the same output.

export type Cell = number | string | null;
export type Row = Record<string, Cell>;

export interface DownsampleOptions {
  /** Value field(s) whose extremes must survive. */
  y: string | string[];
  /** Field naming the series in long-format rows; rows are thinned per series. Omit for one series. */
  series?: string;
  /** Upper bound on rows kept per series (at least 2). */
  maxPoints: number;
}

function numeric(v: Cell | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Indices (into `rows`) to keep for one series given as the row indices `idx`, in order. */
function keepFromSeries(rows: readonly Row[], idx: number[], fields: string[], maxPoints: number, keep: Set<number>): void {
  const n = idx.length;
  if (n <= maxPoints) {
    for (const i of idx) keep.add(i);
    return;
  }
  keep.add(idx[0]);
  keep.add(idx[n - 1]);
  const perBucket = 2 * fields.length;
  const buckets = Math.floor((maxPoints - 2) / perBucket);
  const interior = n - 2;
  for (let b = 0; b < buckets; b++) {
    const from = 1 + Math.floor((b * interior) / buckets);
    const to = 1 + Math.floor(((b + 1) * interior) / buckets);
    if (from >= to) continue;
    let anyValue = false;
    for (const f of fields) {
      let lo = -1,
        hi = -1,
        loV = Infinity,
        hiV = -Infinity;
      for (let k = from; k < to; k++) {
        const v = numeric(rows[idx[k]][f]);
        if (v === null) continue;
        if (v < loV) {
          loV = v;
          lo = k;
        }
        if (v > hiV) {
          hiV = v;
          hi = k;
        }
      }
      if (lo >= 0) {
        keep.add(idx[lo]);
        keep.add(idx[hi]);
        anyValue = true;
      }
    }
    // A bucket of nothing but gaps keeps one row, so the gap still shows on the chart.
    if (!anyValue) keep.add(idx[from]);
  }
}

export function downsample<R extends Row>(rows: readonly R[], options: DownsampleOptions): R[] {
  const { maxPoints } = options;
  if (!Number.isInteger(maxPoints) || maxPoints < 2) throw new Error(`maxPoints must be an integer ≥ 2, got ${maxPoints}`);
  const fields = Array.isArray(options.y) ? options.y : [options.y];
  if (fields.length === 0) throw new Error('downsample needs at least one y field');
  const groups = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const key = options.series === undefined ? '' : String(r[options.series]);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(i);
  });
  const keep = new Set<number>();
  for (const idx of groups.values()) keepFromSeries(rows, idx, fields, maxPoints, keep);
  return rows.filter((_, i) => keep.has(i));
}
