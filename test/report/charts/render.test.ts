import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { rasterize, renderChart, type VegaLiteSpec } from '../../../src/report/charts/render.js';
import { lineChart } from '../../../src/report/charts/specs.js';

const rows = Array.from({ length: 40 }, (_, i) => ({ t: i * 15, replicas: 1 + (i % 7), demand: 50 + ((i * 13) % 40) }));

function sample(title = 'Replicas and demand'): VegaLiteSpec {
  return lineChart({ rows, x: 't', y: ['replicas', 'demand'], title, xTitle: 'time (s)', yTitle: 'count' });
}

/** A spec whose title is huge and alone in the top band of the image. */
function bigTitle(): VegaLiteSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: 'HUGE TITLE', fontSize: 48, anchor: 'start' },
    padding: 10,
    width: 400,
    height: 200,
    data: {
      values: [
        { x: 1, y: 1 },
        { x: 2, y: 2 },
      ],
    },
    mark: 'point',
    encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' } },
  } as VegaLiteSpec;
}

/** Count of pixels in rows [y0, y1) that are not (near) white. */
function inkedPixels(img: { width: number; pixels: Buffer }, y0: number, y1: number): number {
  let n = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 4;
      if (img.pixels[i] < 200 || img.pixels[i + 1] < 200 || img.pixels[i + 2] < 200) n++;
    }
  }
  return n;
}

describe('renderChart', () => {
  it('gives identical SVG and PNG bytes for the same spec', async () => {
    const a = await renderChart(sample());
    const b = await renderChart(sample());
    expect(a.svg).toBe(b.svg);
    expect(a.png.equals(b.png)).toBe(true);
    expect(a.svg.startsWith('<svg')).toBe(true);
    expect(a.png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('gives the same bytes when renders run concurrently (clip ids do not leak between charts)', async () => {
    const alone = await renderChart(sample('A'));
    const [x, y, z] = await Promise.all([renderChart(sample('B')), renderChart(sample('A')), renderChart(sample('C'))]);
    expect(y.svg).toBe(alone.svg);
    expect(y.png.equals(alone.png)).toBe(true);
    expect(x.svg).toContain('id="clip1"');
    expect(z.svg).toContain('id="clip1"');
  });

  it('writes the bundled font family into the SVG text', async () => {
    const { svg } = await renderChart(sample());
    expect(svg).toMatch(/<text[^>]*font-family="DejaVu Sans, sans-serif"[^>]*>Replicas and demand<\/text>/);
  });

  it('draws text into the PNG using only the bundled fonts', async () => {
    const { svg, png } = await renderChart(bigTitle(), { scale: 1 });
    expect(svg).toMatch(/<text[^>]*>HUGE TITLE<\/text>/);
    const img = rasterize(svg, 1);
    expect(img.png.equals(png)).toBe(true);
    // The title band: below the 10 px padding, above where the plot starts.
    const band = inkedPixels(img, 12, 50);
    expect(band).toBeGreaterThan(1000);
    // Control: the same SVG with no fonts at all leaves that band blank, so the check above can fail.
    const bare = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
    expect(inkedPixels({ width: bare.width, pixels: bare.pixels }, 12, 50)).toBe(0);
  });

  it('scales the PNG by the given factor', async () => {
    const one = rasterize((await renderChart(bigTitle())).svg, 1);
    const two = rasterize((await renderChart(bigTitle())).svg, 2);
    expect(two.width).toBe(one.width * 2);
    expect(two.height).toBe(one.height * 2);
  });

  it('refuses specs that would load data from elsewhere', async () => {
    const remote = { ...bigTitle(), data: { url: 'https://example.org/data.csv' } } as VegaLiteSpec;
    await expect(renderChart(remote)).rejects.toThrow(/inline their data/);
  });

  it('fails when vega hits an error while running the chart (vega only logs those)', async () => {
    const broken = { ...bigTitle(), transform: [{ calculate: 'datum.x.y.z', as: 'q' }] } as VegaLiteSpec;
    await expect(renderChart(broken)).rejects.toThrow(/could not render/);
  });
});
