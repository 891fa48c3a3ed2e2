// The files of a run's report folder, built in memory from the recorder: the data (timeseries.csv,
// events.csv, extra tables, summary.json), every chart as `<name>.vl.json` + `.svg` + `.png` (the
// core charts of core-charts.ts first, then those components registered with `addChart`), and
// index.html, the page that shows it all offline.
import type { Recorder } from './recorder.js';
import type { VegaLiteSpec } from './charts/compile.js';
import type { Scenario } from '../scenario/load.js';
import { eventsCsv, json, tableCsv, timeSeconds, timeseriesCsv, type ReportFile } from './write.js';
import { CHART_MAX_POINTS, coreCharts } from './core-charts.js';
import { thinChartSpec } from './chart-thinning.js';
import { renderChartFiles, type NamedChart } from './chart-files.js';
import { indexPage } from './index-page.js';

export interface ReportInput {
  scenario: Scenario;
  recorder: Recorder;
}

export interface ReportOptions {
  /** Render charts and index.html (default true); false gives only the data files. */
  charts?: boolean;
}

export function summaryOf({ scenario, recorder }: ReportInput): Record<string, unknown> {
  const spec = scenario.manifest.spec;
  const byReason: Record<string, number> = {};
  for (const e of recorder.events) byReason[e.reason] = (byReason[e.reason] ?? 0) + 1;
  return {
    scenario: scenario.manifest.metadata.name,
    description: spec.description,
    seed: spec.seed,
    duration_s: timeSeconds(spec.duration),
    sampleInterval_s: timeSeconds(spec.sampleInterval),
    eventsByReason: Object.fromEntries(Object.entries(byReason).sort(([a], [b]) => (a < b ? -1 : 1))),
    ...recorder.summary(),
  };
}

/** Every chart of the run, thinned for drawing (the CSV keeps every sample). */
export function reportCharts({ scenario, recorder }: ReportInput): NamedChart[] {
  const core = coreCharts(recorder, scenario.manifest.spec.duration);
  const registered = recorder.chartSpecs().map(([name, spec]) => ({ name, spec: thinChartSpec(spec as VegaLiteSpec, CHART_MAX_POINTS) }));
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
  if (options.charts === false) return files;
  const dataFiles = files.map((f) => f.name);
  const rendered = await renderChartFiles(reportCharts(input));
  files.push(...rendered.files);
  files.push({
    name: 'index.html',
    content: indexPage({
      scenarioName: scenario.manifest.metadata.name, description: scenario.manifest.spec.description,
      summary, charts: rendered.charts, dataFiles,
    }),
  });
  return files;
}
