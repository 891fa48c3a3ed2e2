// Line with a confidence band, for sweeps: the mean (or median) of repeated runs per x value, and a
// shaded band from `lower` to `upper` (e.g. a 95% interval over seeds).
import { baseSpec, colorEncoding, distinct, finish, numberOrNull, X_ZOOM } from './spec-base.js';
import type { VegaLiteSpec } from './compile.js';
import type { BandChartInput } from '../../sim/charts/types.js';

export type { BandChartInput };

export function bandChart(input: BandChartInput): VegaLiteSpec {
  const values = input.rows.map((r) => ({
    x: numberOrNull(r[input.x]),
    mean: numberOrNull(r[input.mean]),
    lower: numberOrNull(r[input.lower]),
    upper: numberOrNull(r[input.upper]),
    series: input.series === undefined ? '' : String(r[input.series]),
  }));
  const color =
    input.series === undefined
      ? { value: input.colors?.[input.mean] ?? '#4c78a8' }
      : colorEncoding('series', distinct(values, 'series'), input.seriesTitle ?? input.series, input.colors);
  const x = { field: 'x', type: 'quantitative', title: input.xTitle, scale: { nice: false } };
  return finish({
    ...baseSpec(input),
    data: { values },
    encoding: { x, color },
    layer: [
      {
        params: [X_ZOOM],
        mark: { type: 'area', opacity: 0.2, clip: true },
        encoding: {
          y: { field: 'lower', type: 'quantitative', title: input.yTitle, scale: { zero: input.zero ?? false } },
          y2: { field: 'upper' },
        },
      },
      {
        mark: { type: 'line', strokeWidth: 2, point: true, clip: true, tooltip: true },
        encoding: {
          y: { field: 'mean', type: 'quantitative', title: input.yTitle },
          tooltip: [
            { field: 'x', type: 'quantitative', title: input.xTitle },
            ...(input.series === undefined ? [] : [{ field: 'series', type: 'nominal', title: input.seriesTitle ?? input.series }]),
            { field: 'mean', type: 'quantitative', title: input.yTitle },
            { field: 'lower', type: 'quantitative', title: 'lower' },
            { field: 'upper', type: 'quantitative', title: 'upper' },
          ],
        },
      },
    ],
  });
}
