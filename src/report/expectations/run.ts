// Kept for existing callers: the expectations component is part of the default components, so the
// checked run is the ordinary run of src/run.ts.
import { runLoaded, runScenarioFile, type RunResult } from '../../run.js';
import type { Scenario } from '../../scenario/load.js';
import { Simulation } from '../../sim/simulation.js';

export type CheckedRun = RunResult;

/** Builds (does not run) the simulation; throws InputError when an expectation names an unknown series. */
export function buildChecked(scenario: Scenario): Simulation {
  return new Simulation(scenario);
}

export const runLoadedChecked = runLoaded;
export const runScenarioChecked = runScenarioFile;
