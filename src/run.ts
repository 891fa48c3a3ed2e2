// Library entry for one run: scenario file → simulation → report folder.
import { join } from 'node:path';
import { loadScenarioFile, type LoadOptions, type Scenario } from './scenario/load.js';
import { Simulation, type RunOptions } from './sim/simulation.js';
import { reportFiles } from './report/files.js';
import { writeFolderAtomically, type ReportFile } from './report/write.js';
import { checkOutFolder } from './report/out-folder.js';
import type { Recorder } from './report/recorder.js';
import { expectationsOf } from './report/expectations/component.js';
import { evaluate } from './report/expectations/evaluate.js';
import type { ExpectationResult } from './report/expectations/types.js';

export interface RunResult {
  scenario: Scenario;
  recorder: Recorder;
  files: ReportFile[];
  /** The scenario's expectations, evaluated (also in summary.json). */
  expectations: ExpectationResult[];
  dir?: string;
}

export interface ReportOptions {
  /** Render charts and index.html (default true); golden runs and sweeps skip them. */
  charts?: boolean;
}

export function defaultOutDir(scenario: Scenario, reportsRoot = 'reports'): string {
  return join(reportsRoot, scenario.manifest.metadata.name);
}

/**
 * Runs a loaded scenario and builds its report files (in memory). Building the simulation checks
 * the expectations' series references (InputError before anything runs).
 */
export async function runLoaded(scenario: Scenario, opts: RunOptions & ReportOptions = {}): Promise<RunResult> {
  const recorder = new Simulation(scenario).run(opts);
  const files = await reportFiles({ scenario, recorder }, { charts: opts.charts });
  return { scenario, recorder, files, expectations: evaluate(expectationsOf(scenario), recorder) };
}

/**
 * Loads, runs and writes a scenario's report folder (also when an expectation fails); throws
 * InputError on bad input (nothing written).
 */
export async function runScenarioFile(file: string, opts: LoadOptions & RunOptions & ReportOptions & { out?: string; force?: boolean } = {}): Promise<RunResult> {
  const scenario = loadScenarioFile(file, opts);
  const dir = opts.out ?? defaultOutDir(scenario);
  const folder = { force: opts.force, protect: [file] };
  checkOutFolder(dir, folder); // refused before anything runs
  const result = await runLoaded(scenario, opts);
  writeFolderAtomically(dir, result.files, folder);
  return { ...result, dir };
}
