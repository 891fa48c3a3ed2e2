// The files of a run's report folder, built in memory from the recorder: the data (timeseries.csv,
// events.csv, extra tables, summary.json), every chart as `<name>.vl.json` + `.svg` + `.png` (the
// core charts of core-charts.ts first, then those features registered with `addChart`), and
// index.html, the page that shows it all offline.
// The chart renderer (vega, vega-lite, resvg) is loaded only when charts are drawn.
import type { NamedChart } from './chart-files.js';
import { thinChartSpec } from './chart-thinning.js';
import { chartSpec } from './charts/requests.js';
import { CHART_MAX_POINTS, coreCharts } from './core-charts.js';
import { indexPage } from './index-page.js';
import { summaryOf, type ReportInput } from './summary.js';
import { exportFiles } from './exports/index.js';
import { eventsCsv, json, tableCsv, timeseriesCsv, type ReportFile } from './write.js';

export { summaryOf, type ReportInput };

export interface ReportOptions {
  /** Render charts and index.html (default true); false gives only the data files. */
  charts?: boolean;
  /** Extra export formats (exports/index.ts EXPORT_FORMATS: openmetrics, parquet); CSV and JSON are always written. */
  formats?: readonly string[];
  /** Unix time in milliseconds of virtual time 0, for OpenMetrics timestamps (default 0 = 1970-01-01T00:00:00Z). */
  epochMs?: number;
}

/** Every chart of the run, thinned for drawing (the CSV keeps every sample). */
export function reportCharts({ scenario, recorder }: ReportInput): NamedChart[] {
  const core = coreCharts(recorder, scenario.manifest.spec.duration);
  const registered = recorder
    .chartRequests()
    .map(([name, request]) => ({ name, spec: thinChartSpec(chartSpec(request), CHART_MAX_POINTS) }));
  return [...core, ...registered];
}

export async function reportFiles(input: ReportInput, options: ReportOptions = {}): Promise<ReportFile[]> {
  const { recorder, scenario } = input;
  const files: ReportFile[] = [
    { name: 'timeseries.csv', content: timeseriesCsv(recorder) },
    { name: 'events.csv', content: eventsCsv(recorder) },
  ];
  for (const [name, rows] of recorder.extraTables()) files.push({ name: `${name}.csv`, content: tableCsv(rows) });
  const summary = summaryOf(input);
  files.push({ name: 'summary.json', content: json(summary) });
  if (options.formats?.length) {
    const ctx = { scenario: scenario.manifest.metadata.name, seed: scenario.manifest.spec.seed, epochMs: options.epochMs };
    files.push(...exportFiles(recorder, options.formats, ctx));
  }
  if (options.charts === false) return files;
  const dataFiles = files.map((f) => f.name);
  const { renderChartFiles } = await import('./chart-files.js');
  const rendered = await renderChartFiles(reportCharts(input));
  files.push(...rendered.files);
  files.push({
    name: 'index.html',
    content: indexPage({
      scenarioName: scenario.manifest.metadata.name,
      description: scenario.manifest.spec.description,
      summary,
      charts: rendered.charts,
      dataFiles,
    }),
  });
  return files;
}
