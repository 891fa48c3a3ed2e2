// Makes vega measure text with DejaVu Sans' real glyph advances. Without a canvas package, vega in
// Node guesses every character as 0.8 em wide, so its layout (axis title offsets, legend widths,
// label truncation) would not match what resvg draws. vega lets a caller replace
// `textMetrics.width` (vl-convert does the same); this module does that once, for the process.
import * as vega from 'vega';
import { faceFor, fontBytes, type FontFace } from './fonts.js';
import { readFontMetrics, type FontMetrics } from './ttf-metrics.js';

interface TextItem {
  fontSize?: number | string;
  fontWeight?: unknown;
  fontStyle?: unknown;
  limit?: number;
}
type WidthFn = (item: TextItem, text: unknown) => number;
interface VegaTextMetrics {
  width: WidthFn;
  estimateWidth: WidthFn;
}

const metrics = new Map<FontFace, FontMetrics>();

function metricsFor(face: FontFace): FontMetrics {
  let m = metrics.get(face);
  if (!m) {
    m = readFontMetrics(fontBytes(face));
    metrics.set(face, m);
  }
  return m;
}

/** Width in px of one line of text as a vega text item would draw it (before truncation). */
export function measureText(item: TextItem, text: unknown): number {
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11; // vega's default size
  const line = text == null ? '' : String(text).trim();
  if (size <= 0 || line === '') return 0;
  return metricsFor(faceFor(item.fontWeight, item.fontStyle)).width(line, size);
}

/**
 * vega calls `width` both to size a text mark and, while truncating to `item.limit`, to test
 * candidate prefixes. Clamping at the limit serves both: a prefix test still sees "too wide", and a
 * truncated label's size is at most its limit, which is what vega's own measure reports.
 */
export function chartTextWidth(item: TextItem, text: unknown): number {
  const w = measureText(item, text);
  const limit = Number(item.limit);
  return limit > 0 && w > limit ? limit : w;
}

let installed = false;

export function installChartTextMetrics(): void {
  if (installed) return;
  const tm = (vega as unknown as { textMetrics: VegaTextMetrics }).textMetrics;
  tm.width = chartTextWidth;
  installed = true;
}
