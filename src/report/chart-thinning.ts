// Thins a chart spec whose inline data is a long time series, for charts registered by components
// (`recorder.addChart`) that did not downsample their rows themselves. It understands the row
// shape of the shared spec builders (src/report/charts/spec-series.ts, spec-band.ts): a numeric
// `x`, an optional `series` name, and numeric value fields. Lines are thinned per series; stacked
// areas (rows with a `rank`) keep every row at the union of the x values `downsample` keeps, so the
// stack stays aligned. Specs of any other shape (bars, timelines, layered data) are returned unchanged.
import { downsample, type Row } from '../sim/charts/downsample.js';
import type { VegaLiteSpec } from './charts/compile.js';

/** Fields the builders add that are not values to preserve extremes of. */
const NOT_VALUES = new Set(['x', 'series', 'rank']);

function valueFields(rows: readonly Row[]): string[] {
  const fields: string[] = [];
  for (const r of rows) {
    for (const [k, v] of Object.entries(r)) if (!NOT_VALUES.has(k) && typeof v === 'number' && !fields.includes(k)) fields.push(k);
  }
  return fields;
}

function longestSeries(rows: readonly Row[], hasSeries: boolean): number {
  const counts = new Map<unknown, number>();
  for (const r of rows) {
    const key = hasSeries ? r.series : '';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return Math.max(0, ...counts.values());
}

/** The spec with its inline time-series rows thinned to about `maxPoints` per series. */
export function thinChartSpec(spec: VegaLiteSpec, maxPoints: number): VegaLiteSpec {
  const data = (spec as { data?: { values?: unknown } }).data;
  const values = data?.values;
  if (!Array.isArray(values) || values.length <= maxPoints) return spec;
  const rows = values as Row[];
  if (!rows.every((r) => typeof r === 'object' && r !== null && typeof r.x === 'number')) return spec;
  const hasSeries = rows.some((r) => 'series' in r);
  if (longestSeries(rows, hasSeries) <= maxPoints) return spec;
  const fields = valueFields(rows);
  if (fields.length === 0) return spec;
  const kept = downsample(rows, {
    y: fields,
    series: hasSeries ? 'series' : undefined,
    maxPoints: Math.max(maxPoints, 4 * fields.length + 2),
  });
  const stacked = rows.some((r) => 'rank' in r);
  const xs = new Set(kept.map((r) => r.x));
  const thinned = stacked ? rows.filter((r) => xs.has(r.x)) : kept;
  return { ...spec, data: { ...data, values: thinned } } as VegaLiteSpec;
}
