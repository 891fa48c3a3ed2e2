// Bar chart by category (e.g. PLEG missed-event % per relist period), optionally grouped: with
// `series`, each category holds one bar per series side by side.
import { baseSpec, colorEncoding, distinct, finish, numberOrNull } from './spec-base.js';
import type { VegaLiteSpec } from './compile.js';
import type { BarChartInput } from '../../sim/charts/types.js';

export type { BarChartInput };

export function barChart(input: BarChartInput): VegaLiteSpec {
  const values = input.rows.map((r) => ({
    category: String(r[input.category]),
    value: numberOrNull(r[input.value]),
    series: input.series === undefined ? '' : String(r[input.series]),
  }));
  const categories = distinct(values, 'category');
  const encoding: Record<string, unknown> = {
    x: { field: 'category', type: 'nominal', title: input.xTitle, sort: categories, axis: { labelAngle: 0 } },
    y: { field: 'value', type: 'quantitative', title: input.yTitle },
    tooltip: [
      { field: 'category', type: 'nominal', title: input.xTitle },
      ...(input.series === undefined ? [] : [{ field: 'series', type: 'nominal', title: input.seriesTitle ?? input.series }]),
      { field: 'value', type: 'quantitative', title: input.yTitle },
    ],
  };
  if (input.series !== undefined) {
    const series = distinct(values, 'series');
    encoding.color = colorEncoding('series', series, input.seriesTitle ?? input.series, input.colors);
    encoding.xOffset = { field: 'series', type: 'nominal', sort: series };
  } else {
    encoding.color = { value: input.colors?.[input.value] ?? '#4c78a8' };
  }
  return finish({
    ...baseSpec(input),
    data: { values },
    mark: { type: 'bar', tooltip: true },
    encoding,
  });
}
