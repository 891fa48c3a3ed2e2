import { describe, expect, it } from 'vitest';
import { compileToVega, type VegaLiteSpec } from '../../../src/report/charts/compile.js';
import { renderChart } from '../../../src/report/charts/render.js';
import {
  bandChart,
  barChart,
  lineChart,
  seriesPoints,
  stackedAreaChart,
  stepChart,
  timelineChart,
  VEGA_LITE_SCHEMA,
} from '../../../src/report/charts/specs.js';

const ts = Array.from({ length: 30 }, (_, i) => ({
  time_s: i * 10,
  'replicas.desired': 1 + Math.floor(i / 10),
  demand: 40 + (i % 5),
  Running: 5 + (i % 3),
  Pending: i % 2,
  ready: i % 7 < 5 ? 1 : 0,
}));
const text = { xTitle: 'time (s)', yTitle: 'count' };

const builders: Array<[string, () => VegaLiteSpec, string[]]> = [
  [
    'line (wide rows, dotted column name)',
    () =>
      lineChart({
        ...text,
        rows: ts,
        x: 'time_s',
        y: ['replicas.desired', 'demand'],
        labels: { 'replicas.desired': 'Replicas' },
        title: 'Replicas and demand',
      }),
    ['Replicas', 'demand'],
  ],
  [
    'line (long rows)',
    () =>
      lineChart({
        ...text,
        rows: [
          { t: 0, s: 'web', v: 1 },
          { t: 1, s: 'web', v: 2 },
          { t: 0, s: 'db', v: 3 },
          { t: 1, s: 'db', v: 1 },
        ],
        x: 't',
        y: 'v',
        series: 's',
        title: 'Per deployment',
      }),
    ['web', 'db'],
  ],
  ['step', () => stepChart({ ...text, rows: ts, x: 'time_s', y: 'ready', title: 'Ready', yTitle: 'ready (1 = yes)' }), ['ready (1 = yes)']],
  [
    'stacked area',
    () =>
      stackedAreaChart({
        ...text,
        rows: ts,
        x: 'time_s',
        y: ['Running', 'Pending'],
        seriesTitle: 'phase',
        colors: { Running: '#2e7d32' },
        title: 'Pod phases',
      }),
    ['Running', 'Pending', 'phase'],
  ],
  [
    'timeline',
    () =>
      timelineChart({
        ...text,
        rows: [
          { c: 'app', from: 0, to: 12, st: 'Waiting' },
          { c: 'app', from: 12, to: 60, st: 'Running' },
          { c: 'sidecar', from: 0, to: 60, st: 'Running' },
        ],
        lane: 'c',
        start: 'from',
        end: 'to',
        state: 'st',
        stateTitle: 'state',
        title: 'Container states',
        yTitle: 'container',
      }),
    ['app', 'sidecar', 'Waiting', 'Running'],
  ],
  [
    'bar (grouped)',
    () =>
      barChart({
        ...text,
        rows: [
          { p: '1s', m: 0.1, k: 'idle' },
          { p: '10s', m: 4, k: 'idle' },
          { p: '1s', m: 0.5, k: 'busy' },
          { p: '10s', m: 9, k: 'busy' },
        ],
        category: 'p',
        value: 'm',
        series: 'k',
        title: 'PLEG missed events',
        xTitle: 'relist period',
        yTitle: 'missed (%)',
      }),
    ['1s', '10s', 'idle', 'busy'],
  ],
  [
    'bar (single)',
    () =>
      barChart({
        ...text,
        rows: [
          { p: 'a', m: 1 },
          { p: 'b', m: 2 },
        ],
        category: 'p',
        value: 'm',
        title: 'Simple bars',
      }),
    ['a', 'b'],
  ],
  [
    'band',
    () =>
      bandChart({
        ...text,
        rows: [1, 2, 4, 8].map((x) => ({ x, mean: 10 / x, lo: 8 / x, hi: 12 / x })),
        x: 'x',
        mean: 'mean',
        lower: 'lo',
        upper: 'hi',
        title: 'Latency vs max replicas',
      }),
    ['Latency vs max replicas'],
  ],
  [
    'band (per series)',
    () =>
      bandChart({
        ...text,
        rows: [1, 2].flatMap((x) => ['a', 'b'].map((s) => ({ x, s, mean: x, lo: x - 0.5, hi: x + 0.5 }))),
        x: 'x',
        mean: 'mean',
        lower: 'lo',
        upper: 'hi',
        series: 's',
        title: 'Sweep',
      }),
    ['a', 'b'],
  ],
];

describe('chart builders', () => {
  for (const [name, build, labels] of builders) {
    it(`${name}: a Vega-Lite v6 spec with inline data that compiles cleanly and renders its labels`, async () => {
      const spec = build();
      expect(spec.$schema).toBe(VEGA_LITE_SCHEMA);
      expect(Array.isArray((spec as { data?: { values?: unknown } }).data?.values)).toBe(true);
      expect(compileToVega(spec).warnings).toEqual([]);
      const { svg } = await renderChart(spec);
      for (const label of labels) expect(svg).toContain(`>${label}</text>`);
    });
  }

  it('puts chart, axis titles and subtitle into the SVG', async () => {
    const spec = lineChart({
      rows: ts,
      x: 'time_s',
      y: 'demand',
      title: 'Demand',
      subtitle: 'requests per second',
      xTitle: 'elapsed (s)',
      yTitle: 'rps',
    });
    const { svg } = await renderChart(spec);
    for (const t of ['Demand', 'requests per second', 'elapsed (s)', 'rps']) expect(svg).toContain(`>${t}</text>`);
  });

  it('keeps series, categories and lanes in first-seen order, not alphabetical', () => {
    const area = stackedAreaChart({ ...text, rows: ts, x: 'time_s', y: ['Running', 'Pending'], title: 't' }) as {
      encoding: { color: { scale: { domain: string[] } } };
    };
    expect(area.encoding.color.scale.domain).toEqual(['Running', 'Pending']);
    const bar = barChart({
      ...text,
      rows: [
        { p: '10s', m: 1 },
        { p: '2s', m: 2 },
        { p: '5s', m: 3 },
      ],
      category: 'p',
      value: 'm',
      title: 't',
    }) as { encoding: { x: { sort: string[] } } };
    expect(bar.encoding.x.sort).toEqual(['10s', '2s', '5s']);
    const tl = timelineChart({
      ...text,
      rows: [
        { c: 'z', a: 0, b: 1, s: 'x' },
        { c: 'a', a: 0, b: 1, s: 'x' },
      ],
      lane: 'c',
      start: 'a',
      end: 'b',
      state: 's',
      title: 't',
    }) as { encoding: { y: { sort: string[] } } };
    expect(tl.encoding.y.sort).toEqual(['z', 'a']);
  });

  it('applies fixed colours and fills the rest from the palette', () => {
    const spec = stackedAreaChart({
      ...text,
      rows: ts,
      x: 'time_s',
      y: ['Pending', 'Running'],
      colors: { Running: '#00ff00' },
      title: 't',
    }) as { encoding: { color: { scale: { range: string[] } } } };
    expect(spec.encoding.color.scale.range[1]).toBe('#00ff00');
    expect(spec.encoding.color.scale.range[0]).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('seriesPoints', () => {
  it('reshapes wide rows into one point per column per row, nulls kept as gaps', () => {
    const { points, order } = seriesPoints({
      ...text,
      title: 't',
      rows: [
        { t: 0, a: 1, b: null },
        { t: 5, a: 2, b: 'x' },
      ],
      x: 't',
      y: ['a', 'b'],
      labels: { b: 'B' },
    });
    expect(order).toEqual(['a', 'B']);
    expect(points).toEqual([
      { x: 0, series: 'a', value: 1 },
      { x: 0, series: 'B', value: null },
      { x: 5, series: 'a', value: 2 },
      { x: 5, series: 'B', value: null },
    ]);
  });
  it('reads long rows by their series column', () => {
    const { points, order } = seriesPoints({
      ...text,
      title: 't',
      rows: [
        { t: 0, s: 'b', v: 1 },
        { t: 0, s: 'a', v: 2 },
      ],
      x: 't',
      y: 'v',
      series: 's',
    });
    expect(order).toEqual(['b', 'a']);
    expect(points).toEqual([
      { x: 0, series: 'b', value: 1 },
      { x: 0, series: 'a', value: 2 },
    ]);
  });
  it('refuses several value columns together with a series column', () => {
    expect(() => seriesPoints({ ...text, title: 't', rows: [], x: 't', y: ['a', 'b'], series: 's' })).toThrow(/one column/);
  });
});
