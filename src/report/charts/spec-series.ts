// Time-series charts: lines per series, step lines (a value that holds until the next sample, such
// as ready / not ready or a replica count) and stacked areas (pod phases over time).
import { baseSpec, colorEncoding, finish, numberOrNull, X_ZOOM } from './spec-base.js';
import type { VegaLiteSpec } from './compile.js';
import type { SeriesChartInput } from '../../sim/charts/types.js';

export type { SeriesChartInput };

export interface SeriesPoint {
  x: number | null;
  series: string;
  value: number | null;
  [k: string]: number | string | null;
}

/** Rows reshaped to `{x, series, value}` plus the series in legend order. */
export function seriesPoints(input: SeriesChartInput): { points: SeriesPoint[]; order: string[] } {
  const points: SeriesPoint[] = [];
  const order: string[] = [];
  const note = (s: string) => {
    if (!order.includes(s)) order.push(s);
  };
  if (input.series !== undefined) {
    if (Array.isArray(input.y)) throw new Error('with `series` (long rows), `y` must be one column');
    const seriesField = input.series;
    const y = input.y;
    for (const r of input.rows) {
      const s = String(r[seriesField]);
      note(s);
      points.push({ x: numberOrNull(r[input.x]), series: s, value: numberOrNull(r[y]) });
    }
  } else {
    const cols = Array.isArray(input.y) ? input.y : [input.y];
    for (const c of cols) note(input.labels?.[c] ?? c);
    for (const r of input.rows) {
      for (const c of cols) points.push({ x: numberOrNull(r[input.x]), series: input.labels?.[c] ?? c, value: numberOrNull(r[c]) });
    }
  }
  return { points, order };
}

function seriesSpec(input: SeriesChartInput, mark: Record<string, unknown>, stacked: boolean): VegaLiteSpec {
  const { points, order } = seriesPoints(input);
  const single = order.length === 1 && input.series === undefined;
  const legendTitle = input.series !== undefined ? (input.seriesTitle ?? input.series) : (input.seriesTitle ?? null);
  const encoding: Record<string, unknown> = {
    x: { field: 'x', type: 'quantitative', title: input.xTitle, scale: { nice: false } },
    y: {
      field: 'value',
      type: 'quantitative',
      title: input.yTitle,
      scale: { zero: input.zero ?? true },
      ...(stacked ? { stack: 'zero' } : {}),
    },
    color: single ? { value: input.colors?.[order[0]] ?? '#4c78a8' } : colorEncoding('series', order, legendTitle, input.colors),
  };
  if (stacked && !single) (encoding.color as Record<string, unknown>).legend = { symbolType: 'square' };
  // Stack (and draw) series in legend order.
  if (stacked) encoding.order = { field: 'rank', type: 'quantitative' };
  const values = stacked ? points.map((p) => ({ ...p, rank: order.indexOf(p.series) })) : points;
  return finish({
    ...baseSpec(input),
    data: { values },
    params: [X_ZOOM],
    mark: { ...mark, clip: true },
    encoding,
  });
}

export function lineChart(input: SeriesChartInput): VegaLiteSpec {
  return seriesSpec(input, { type: 'line', strokeWidth: 2 }, false);
}

/** Lines that hold each value until the next sample (sample-and-hold data). */
export function stepChart(input: SeriesChartInput): VegaLiteSpec {
  return seriesSpec(input, { type: 'line', strokeWidth: 2, interpolate: 'step-after' }, false);
}

/** Areas stacked from zero in legend order, held between samples (e.g. pods per phase). */
export function stackedAreaChart(input: SeriesChartInput): VegaLiteSpec {
  return seriesSpec(input, { type: 'area', interpolate: 'step-after', opacity: 0.85 }, true);
}
