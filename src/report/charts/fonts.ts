// The chart font: DejaVu Sans from the `dejavu-fonts-ttf` npm package, so charts look the same on
// every machine and never depend on the fonts installed on it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Family name written into every chart's config; the generic fallback only matters in browsers. */
export const CHART_FONT_FAMILY = 'DejaVu Sans';
export const CHART_FONT = `${CHART_FONT_FAMILY}, sans-serif`;

export type FontFace = 'regular' | 'bold' | 'oblique' | 'boldOblique';

const FILES: Record<FontFace, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  oblique: 'DejaVuSans-Oblique.ttf',
  boldOblique: 'DejaVuSans-BoldOblique.ttf',
};

export const FONT_FACES: readonly FontFace[] = ['regular', 'bold', 'oblique', 'boldOblique'];

const require = createRequire(import.meta.url);

/** Absolute path of one face's TTF inside node_modules. */
export function fontPath(face: FontFace): string {
  return require.resolve(`dejavu-fonts-ttf/ttf/${FILES[face]}`);
}

const cache = new Map<FontFace, Buffer>();

export function fontBytes(face: FontFace): Buffer {
  let bytes = cache.get(face);
  if (!bytes) {
    bytes = readFileSync(fontPath(face));
    cache.set(face, bytes);
  }
  return bytes;
}

/** Picks the face matching a vega text item's weight and style. */
export function faceFor(fontWeight: unknown, fontStyle: unknown): FontFace {
  const w = String(fontWeight ?? '');
  const bold = w === 'bold' || w === 'bolder' || Number(w) >= 600;
  const oblique = fontStyle === 'italic' || fontStyle === 'oblique';
  if (bold) return oblique ? 'boldOblique' : 'bold';
  return oblique ? 'oblique' : 'regular';
}
