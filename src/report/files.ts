// The files of a run's report folder, built in memory from the recorder.
import type { Recorder } from './recorder.js';
import type { Scenario } from '../scenario/load.js';
import { eventsCsv, json, tableCsv, timeSeconds, timeseriesCsv, type ReportFile } from './write.js';

export interface ReportInput {
  scenario: Scenario;
  recorder: Recorder;
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

export async function reportFiles(input: ReportInput): Promise<ReportFile[]> {
  const { recorder } = input;
  const files: ReportFile[] = [
    { name: 'timeseries.csv', content: timeseriesCsv(recorder) },
    { name: 'events.csv', content: eventsCsv(recorder) },
  ];
  for (const [name, rows] of recorder.extraTables()) files.push({ name: `${name}.csv`, content: tableCsv(rows) });
  files.push({ name: 'summary.json', content: json(summaryOf(input)) });
  return files;
}
