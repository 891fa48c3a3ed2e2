// Step lines on the left axis and, optionally, one dashed line on an independent right axis (e.g.
// HPA desired / pods ready / Pending replicas against demand in requests per second).
import type { DualAxisChartInput } from '../../sim/charts/types.js';
import type { VegaLiteSpec } from './compile.js';
import { baseSpec, colorEncoding, distinct, finish } from './spec-base.js';

export type { DualAxisChartInput };

export function dualAxisChart(input: DualAxisChartInput): VegaLiteSpec {
  const rows = input.rows.map((r) => ({ x: r[input.x], series: r[input.series], value: r[input.value] }));
  const present = distinct(rows, 'series');
  const order = input.colors ? Object.keys(input.colors).filter((k) => present.includes(k)) : present;
  const color = colorEncoding('series', order, null, input.colors);
  const x = { field: 'x', type: 'quantitative', title: input.xTitle, scale: { nice: false } };
  const right = input.right;
  const layer: object[] = [
    {
      ...(right ? { transform: [{ filter: `datum.series !== '${right.series}'` }] } : {}),
      mark: { type: 'line', interpolate: 'step-after', strokeWidth: 2, clip: true },
      encoding: { x, y: { field: 'value', type: 'quantitative', title: input.yTitle, scale: { zero: true } }, color },
    },
  ];
  if (right && present.includes(right.series)) {
    layer.push({
      transform: [{ filter: `datum.series === '${right.series}'` }],
      mark: { type: 'line', strokeWidth: 1.5, strokeDash: [5, 3], clip: true },
      encoding: {
        x,
        y: { field: 'value', type: 'quantitative', title: right.title, axis: { orient: 'right' }, scale: { zero: true } },
        color,
      },
    });
  }
  return finish({
    ...baseSpec(input),
    data: { values: rows },
    layer,
    resolve: { scale: { y: 'independent' } },
  });
}
