// Vega-Lite spec → SVG (vega, headless) → PNG (resvg with the bundled DejaVu fonts only).
// Deterministic: no timestamps anywhere, a fixed PNG scale, system fonts never loaded, and vega's
// process-wide clip/gradient id counters reset before each render (renders run one at a time so
// two concurrent calls cannot interleave those counters).
import { Resvg } from '@resvg/resvg-js';
import { View, parse, resetSVGDefIds, Error as VegaError, type Loader, type LoggerInterface } from 'vega';
import { compileToVega, type VegaLiteSpec } from './compile.js';
import { CHART_FONT_FAMILY, FONT_FACES, fontPath } from './fonts.js';
import { installChartTextMetrics } from './text-metrics.js';

export type { VegaLiteSpec } from './compile.js';

export interface RenderedChart {
  svg: string;
  png: Buffer;
}

export interface RenderOptions {
  /** PNG pixels per SVG pixel (default 2, for sharp text on high-density screens). */
  scale?: number;
}

/**
 * Charts carry their data inline; a loader that refuses everything and remembers what was asked,
 * so that a spec pointing at a URL or file fails the render instead of drawing an empty chart
 * (vega itself only logs a failed load).
 */
function offlineLoader(refused: string[]): Loader {
  const refuse = async (what: unknown): Promise<never> => {
    refused.push(String(what));
    throw new Error(`refused to load ${String(what)}`);
  };
  return { load: refuse, sanitize: refuse, http: refuse, file: refuse } as unknown as Loader;
}

/** vega logs dataflow errors rather than throwing them; collect them so the render can fail. */
function errorCollector(errors: string[]): LoggerInterface {
  const logger: LoggerInterface = {
    level(l?: number) {
      return l === undefined ? VegaError : logger;
    },
    error(...args: unknown[]) {
      errors.push(args.map(String).join(' '));
      return logger;
    },
    warn() {
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return logger;
}

let queue: Promise<unknown> = Promise.resolve();

function serially<T>(job: () => Promise<T>): Promise<T> {
  const next = queue.then(job, job);
  queue = next.catch(() => undefined);
  return next;
}

export interface RasterImage {
  width: number;
  height: number;
  /** RGBA, 4 bytes per pixel, row by row. */
  pixels: Buffer;
  png: Buffer;
}

/** SVG → pixels and PNG, with only the bundled DejaVu fonts available. */
export function rasterize(svg: string, scale = 2): RasterImage {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles: FONT_FACES.map(fontPath),
      defaultFontFamily: CHART_FONT_FAMILY,
      sansSerifFamily: CHART_FONT_FAMILY,
    },
  });
  const image = resvg.render();
  return { width: image.width, height: image.height, pixels: image.pixels, png: image.asPng() };
}

export function svgToPng(svg: string, scale = 2): Buffer {
  return rasterize(svg, scale).png;
}

export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  installChartTextMetrics();
  const { vega } = compileToVega(spec);
  return serially(async () => {
    resetSVGDefIds();
    const refused: string[] = [];
    const errors: string[] = [];
    const view = new View(parse(vega), { renderer: 'none', loader: offlineLoader(refused), logger: errorCollector(errors) });
    try {
      const svg = await view.toSVG();
      if (refused.length > 0) throw new Error(`charts must inline their data; refused to load ${refused.join(', ')}`);
      if (errors.length > 0) throw new Error(`vega could not render the chart: ${errors.join('; ')}`);
      return svg;
    } finally {
      view.finalize();
    }
  });
}

export async function renderChart(spec: VegaLiteSpec, options: RenderOptions = {}): Promise<RenderedChart> {
  const svg = await renderSvg(spec);
  return { svg, png: svgToPng(svg, options.scale ?? 2) };
}
