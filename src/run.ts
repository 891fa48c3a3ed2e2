// The assembly: the registry of features, the loader bound to it, the simulation and the report.
// Library entry for one run: scenario file → validated Scenario → simulation → report folder.
import { join } from 'node:path';
import { FEATURES } from './features/index.js';
import { expectationsOf } from './features/expectations/feature.js';
import { evaluate } from './features/expectations/evaluate.js';
import type { ExpectationResult } from './features/expectations/types.js';
import { reportFiles } from './report/files.js';
import { Recorder } from './report/recorder.js';
import { checkOutFolder } from './report/out-folder.js';
import { writeFolderAtomically, type ReportFile } from './report/write.js';
import { scenarioJsonSchemaText as jsonSchemaFor } from './scenario/json-schema.js';
import * as loader from './scenario/load.js';
import type { LoadOptions, Scenario } from './scenario/load.js';
import type { Feature } from './sim/feature.js';
import { Simulation, type RunOptions } from './sim/simulation.js';

export type { LoadOptions, RunOptions, Scenario };

/** Loads and validates a scenario file with every feature's schema and checks (InputError on bad input). */
export function loadScenarioFile(file: string, opts: LoadOptions = {}, features: readonly Feature[] = FEATURES): Scenario {
  return loader.loadScenarioFile(file, features, opts);
}

export function loadScenarioText(file: string, text: string, opts: LoadOptions = {}, features: readonly Feature[] = FEATURES): Scenario {
  return loader.loadScenarioText(file, text, features, opts);
}

/** The JSON Schema of scenario documents, for editors. */
export function scenarioJsonSchemaText(features: readonly Feature[] = FEATURES): string {
  return jsonSchemaFor(features);
}

/** A simulation of a loaded scenario, built (not run) with the given features and an in-memory recorder. */
export function buildSimulation(scenario: Scenario, features: readonly Feature[] = FEATURES): Simulation<Recorder> {
  return new Simulation(scenario, { features, recorder: new Recorder() });
}

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
  /** Extra export formats: openmetrics (metrics.om), parquet (timeseries-<kind>.parquet, events.parquet). */
  formats?: readonly string[];
  /** Unix time in milliseconds of virtual time 0 in metrics.om (default 0). */
  epochMs?: number;
}

export function defaultOutDir(scenario: Scenario, reportsRoot = 'reports'): string {
  return join(reportsRoot, scenario.manifest.metadata.name);
}

/** Runs a loaded scenario and builds its report files (in memory). */
export async function runLoaded(scenario: Scenario, opts: RunOptions & ReportOptions = {}): Promise<RunResult> {
  const recorder = buildSimulation(scenario).run(opts);
  const files = await reportFiles({ scenario, recorder }, { charts: opts.charts, formats: opts.formats, epochMs: opts.epochMs });
  return { scenario, recorder, files, expectations: evaluate(expectationsOf(scenario), recorder) };
}

/**
 * Loads, runs and writes a scenario's report folder (also when an expectation fails); throws
 * InputError on bad input (nothing written).
 */
export async function runScenarioFile(
  file: string,
  opts: LoadOptions & RunOptions & ReportOptions & { out?: string; force?: boolean } = {},
): Promise<RunResult> {
  const scenario = loadScenarioFile(file, opts);
  const dir = opts.out ?? defaultOutDir(scenario);
  const folder = { force: opts.force, protect: [file] };
  checkOutFolder(dir, folder); // refused before anything runs
  const result = await runLoaded(scenario, opts);
  writeFolderAtomically(dir, result.files, folder);
  return { ...result, dir };
}
