// Runs a scenario with its expectations: the simulation is built with the expectations component
// (bad references → InputError before anything runs), run, and its report built with the results
// in summary.json. Mirrors src/run.ts, which it would collapse into once the component is default.
import { defaultOutDir, type RunResult } from '../../run.js';
import { loadScenarioFile, type LoadOptions, type Scenario } from '../../scenario/load.js';
import { defaultComponents } from '../../sim/components.js';
import { Simulation, type RunOptions } from '../../sim/simulation.js';
import { reportFiles } from '../files.js';
import { writeFolderAtomically } from '../write.js';
import { expectationsOf, withExpectations } from './component.js';
import { evaluate } from './evaluate.js';
import type { ExpectationResult } from './types.js';

export interface CheckedRun extends RunResult {
  expectations: ExpectationResult[];
}

/** Builds (does not run) the simulation; throws InputError when an expectation names an unknown series. */
export function buildChecked(scenario: Scenario): Simulation {
  return new Simulation(scenario, withExpectations(defaultComponents()));
}

export async function runLoadedChecked(scenario: Scenario, opts: RunOptions = {}): Promise<CheckedRun> {
  const recorder = buildChecked(scenario).run(opts);
  const files = await reportFiles({ scenario, recorder });
  return { scenario, recorder, files, expectations: evaluate(expectationsOf(scenario), recorder) };
}

/** Loads, checks, runs and writes the report folder (also when an expectation fails). */
export async function runScenarioChecked(file: string, opts: LoadOptions & RunOptions & { out?: string } = {}): Promise<CheckedRun> {
  const scenario = loadScenarioFile(file, opts);
  const result = await runLoadedChecked(scenario, opts);
  const dir = opts.out ?? defaultOutDir(scenario);
  writeFolderAtomically(dir, result.files);
  return { ...result, dir };
}
