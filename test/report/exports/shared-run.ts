// One run of a shipped scenario with both export formats, shared by the export tests.
import { join } from 'node:path';
import { parseCsv } from '../../../src/study/compare/csv.js';
import { type RunResult, runScenarioFile } from '../../../src/run.js';
import { tempDir } from '../../helpers/tmp.js';

export const SCENARIO = 'scenarios/cpu-spike-hpa.yaml';

export async function runWithExports(dir = join(tempDir(), 'r'), epochMs?: number): Promise<RunResult & { dir: string }> {
  const r = await runScenarioFile(SCENARIO, { out: dir, charts: false, formats: ['openmetrics,parquet'], epochMs });
  return { ...r, dir };
}

export function text(r: RunResult, name: string): string {
  const f = r.files.find((x) => x.name === name);
  if (!f) throw new Error(`no ${name}`);
  return String(f.content);
}

/** timeseries.csv as header + rows. */
export function csvRows(r: RunResult, name = 'timeseries.csv'): { header: string[]; rows: string[][] } {
  const [header, ...rows] = parseCsv(text(r, name));
  return { header, rows };
}
