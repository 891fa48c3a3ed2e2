// Shared pieces of every chart spec: schema, size, titles, the house style, and turning caller rows
// into rows with fixed field names. Copying values into `x`/`series`/`value`-style fields means a
// caller's column names (which may contain dots or brackets, both special to Vega-Lite field
// access) never reach the spec.
import type { VegaLiteSpec } from './compile.js';
import type { Cell, Row } from '../../sim/charts/downsample.js';
import { CHART_FONT } from './fonts.js';

import type { ChartText, ColorMap } from '../../sim/charts/types.js';
export type { Cell, ChartText, ColorMap, Row };

export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

const HOUSE_STYLE = {
  font: CHART_FONT,
  title: { fontSize: 16, anchor: 'start', subtitleFontSize: 12, subtitleColor: '#555', offset: 10 },
  axis: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal', gridColor: '#e6e6e6' },
  legend: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal', labelLimit: 240 },
  view: { stroke: '#ccc' },
  range: { category: { scheme: 'tableau10' } },
};

/** Top-level properties of every chart (the caller adds data, mark and encoding). */
export function baseSpec(text: ChartText): Record<string, unknown> {
  const title = text.subtitle === undefined ? { text: text.title } : { text: text.title, subtitle: text.subtitle };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title,
    width: text.width ?? 640,
    height: text.height ?? 260,
    padding: 12,
    background: 'white',
    config: HOUSE_STYLE,
  };
}

export function finish(spec: Record<string, unknown>): VegaLiteSpec {
  return spec as unknown as VegaLiteSpec;
}

/** Distinct values of `field` in first-seen order, as strings. */
export function distinct(rows: readonly Row[], field: string): string[] {
  const seen = new Set<string>();
  for (const r of rows) {
    const v = r[field];
    if (v !== null && v !== undefined) seen.add(String(v));
  }
  return [...seen];
}

/** Colour encoding with the legend in the given order and any fixed colours applied. */
export function colorEncoding(field: string, order: string[], title: string | null, colors?: ColorMap): Record<string, unknown> {
  const scale: Record<string, unknown> = { domain: order };
  if (colors && order.some((s) => colors[s] !== undefined)) {
    const palette = ['#4c78a8', '#f58518', '#54a24b', '#e45756', '#72b7b2', '#eeca3b', '#b279a2', '#ff9da6', '#9d755d', '#bab0ac'];
    let next = 0;
    scale.range = order.map((s) => colors[s] ?? palette[next++ % palette.length]);
  }
  return { field, type: 'nominal', title, scale, sort: order };
}

/** Drag to pan and wheel to zoom the x axis in the interactive (HTML) view; inert in SVG/PNG. */
export const X_ZOOM = { name: 'xzoom', select: { type: 'interval', encodings: ['x'] }, bind: 'scales' };

export function numberOrNull(v: Cell | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
