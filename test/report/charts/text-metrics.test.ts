import { describe, expect, it } from 'vitest';
import { fontBytes, faceFor } from '../../../src/report/charts/fonts.js';
import { rasterize } from '../../../src/report/charts/render.js';
import { chartTextWidth, measureText } from '../../../src/report/charts/text-metrics.js';
import { readFontMetrics } from '../../../src/report/charts/ttf-metrics.js';

/** Horizontal extent (px) of dark pixels in an RGBA image. */
function inkExtent(img: { width: number; height: number; pixels: Buffer }): number {
  let min = Infinity,
    max = -Infinity;
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      if (img.pixels[(y * img.width + x) * 4] < 128) {
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
    }
  }
  return max - min + 1;
}

describe('TrueType advance widths', () => {
  const regular = readFontMetrics(fontBytes('regular'));

  it('adds glyph advances and scales linearly with size', () => {
    expect(regular.width('AB', 10)).toBeCloseTo(regular.width('A', 10) + regular.width('B', 10), 10);
    expect(regular.width('Pods', 24)).toBeCloseTo(2 * regular.width('Pods', 12), 10);
    expect(regular.width('', 12)).toBe(0);
  });

  it('tells narrow glyphs from wide ones (a real font, not a per-character guess)', () => {
    expect(regular.width('iiii', 12)).toBeLessThan(regular.width('WWWW', 12) / 2);
  });

  it('measures bold wider than regular', () => {
    const bold = readFontMetrics(fontBytes('bold'));
    expect(bold.width('Replicas', 12)).toBeGreaterThan(regular.width('Replicas', 12));
  });

  it('gives characters the font lacks the .notdef advance instead of failing', () => {
    expect(regular.width('\u{1F600}', 12)).toBeGreaterThan(0);
  });
});

describe('chart text measurement agrees with what resvg draws', () => {
  const cases: Array<{ text: string; weight?: string }> = [
    { text: 'Replicas over time' },
    { text: 'iiiiiiiiiiiiiiii' },
    { text: 'WWWWWWWWWW' },
    { text: 'Pod phases (Pending / Running)', weight: 'bold' },
  ];
  for (const c of cases) {
    it(`"${c.text}" ${c.weight ?? 'regular'}`, () => {
      const size = 40;
      const predicted = measureText({ fontSize: size, fontWeight: c.weight }, c.text);
      const svg =
        `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(predicted) + 80}" height="80">` +
        `<rect width="100%" height="100%" fill="white"/><text x="40" y="55" font-family="DejaVu Sans" font-size="${size}"` +
        `${c.weight ? ` font-weight="${c.weight}"` : ''}>${c.text}</text></svg>`;
      const ink = inkExtent(rasterize(svg, 1));
      // Ink is the advance minus the side bearings of the first and last glyph: a few px at 40 px.
      expect(Math.abs(ink - predicted)).toBeLessThan(size * 0.25);
    });
  }
});

describe('chartTextWidth (the function vega calls)', () => {
  it('uses vega defaults: 11 px when no size is given, trims the text', () => {
    expect(chartTextWidth({}, '  abc  ')).toBeCloseTo(measureText({ fontSize: 11 }, 'abc'), 10);
  });
  it('clamps at the item limit so truncated labels are sized at most the limit', () => {
    const long = 'a-rather-long-container-name-that-will-not-fit';
    expect(measureText({ fontSize: 11 }, long)).toBeGreaterThan(50);
    expect(chartTextWidth({ fontSize: 11, limit: 50 }, long)).toBe(50);
    expect(chartTextWidth({ fontSize: 11, limit: 500 }, long)).toBeCloseTo(measureText({ fontSize: 11 }, long), 10);
  });
  it('returns 0 for empty text or a zero size', () => {
    expect(chartTextWidth({ fontSize: 11 }, null)).toBe(0);
    expect(chartTextWidth({ fontSize: 0 }, 'abc')).toBe(0);
  });
});

describe('faceFor', () => {
  const table: Array<[unknown, unknown, string]> = [
    [undefined, undefined, 'regular'],
    ['normal', undefined, 'regular'],
    ['bold', undefined, 'bold'],
    [700, undefined, 'bold'],
    [400, 'italic', 'oblique'],
    ['bold', 'oblique', 'boldOblique'],
    [500, undefined, 'regular'],
  ];
  for (const [weight, style, face] of table) {
    it(`${String(weight)} ${String(style)} → ${face}`, () => expect(faceFor(weight, style)).toBe(face));
  }
});
