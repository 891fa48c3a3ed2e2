// Renders a run's charts into report files: for each chart `<name>.vl.json` (the Vega-Lite spec
// as drawn, data inline), `<name>.svg` and `<name>.png`. Rendering is deterministic (see
// charts/render.ts), so the same run gives the same bytes.
import { renderChart } from './charts/render.js';
import type { VegaLiteSpec } from './charts/compile.js';
import type { ReportChart } from './html/types.js';
import { json, type ReportFile } from './write.js';

export interface NamedChart {
  name: string;
  spec: VegaLiteSpec;
}

export interface RenderedCharts {
  files: ReportFile[];
  /** For index.html, in report order. */
  charts: ReportChart[];
}

const CHART_NAME = /^[a-z0-9][a-z0-9._-]*$/;

/** The chart's title as its spec states it (a string or `{ text }`), else its name. */
export function chartTitle(chart: NamedChart): string {
  const title = (chart.spec as { title?: unknown }).title;
  const text = typeof title === 'object' && title !== null ? (title as { text?: unknown }).text : title;
  if (Array.isArray(text)) return text.join(' ');
  return typeof text === 'string' && text.trim() !== '' ? text : chart.name;
}

/** Refuses names that are not plain file names or that two charts share (a component bug). */
export function checkChartNames(charts: readonly NamedChart[]): void {
  const seen = new Set<string>();
  for (const { name } of charts) {
    if (!CHART_NAME.test(name)) throw new Error(`chart name '${name}' must be lowercase letters, digits, '.', '_' or '-'`);
    if (seen.has(name)) throw new Error(`two charts are named '${name}'`);
    seen.add(name);
  }
}

export async function renderChartFiles(charts: readonly NamedChart[]): Promise<RenderedCharts> {
  checkChartNames(charts);
  const files: ReportFile[] = [];
  const out: ReportChart[] = [];
  for (const chart of charts) {
    const { svg, png } = await renderChart(chart.spec);
    files.push(
      { name: `${chart.name}.vl.json`, content: json(chart.spec) },
      { name: `${chart.name}.svg`, content: svg },
      { name: `${chart.name}.png`, content: png },
    );
    out.push({ name: chart.name, title: chartTitle(chart), svg, spec: chart.spec });
  }
  return { files, charts: out };
}
