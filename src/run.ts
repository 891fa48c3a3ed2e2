// Library entry for one run: scenario file → simulation → report folder.
import { join } from 'node:path';
import { loadScenarioFile, type LoadOptions, type Scenario } from './scenario/load.js';
import { Simulation, type RunOptions } from './sim/simulation.js';
import { reportFiles } from './report/files.js';
import { writeFolderAtomically, type ReportFile } from './report/write.js';
import type { Recorder } from './report/recorder.js';

export interface RunResult {
  scenario: Scenario;
  recorder: Recorder;
  files: ReportFile[];
  dir?: string;
}

export function defaultOutDir(scenario: Scenario, reportsRoot = 'reports'): string {
  return join(reportsRoot, scenario.manifest.metadata.name);
}

/** Runs a loaded scenario and builds its report files (in memory). */
export async function runLoaded(scenario: Scenario, opts: RunOptions = {}): Promise<RunResult> {
  const recorder = new Simulation(scenario).run(opts);
  return { scenario, recorder, files: await reportFiles({ scenario, recorder }) };
}

/** Loads, runs and writes a scenario's report folder; throws InputError on bad input (nothing written). */
export async function runScenarioFile(file: string, opts: LoadOptions & RunOptions & { out?: string } = {}): Promise<RunResult> {
  const scenario = loadScenarioFile(file, opts);
  const result = await runLoaded(scenario, opts);
  const dir = opts.out ?? defaultOutDir(scenario);
  writeFolderAtomically(dir, result.files);
  return { ...result, dir };
}
