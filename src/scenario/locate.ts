// Positions inside the Scenario document, for diagnostics found after loading (feature checks).
import type { Diagnostic } from './diagnostics.js';
import type { Scenario } from './load.js';
import { at, type PathSeg } from './source.js';

export type Locate = (path: PathSeg[], message: string) => Diagnostic;

/** Positions inside the Scenario document, from the loader's source document. */
export function scenarioLocator(scenario: Scenario): Locate {
  return (path: PathSeg[], message: string): Diagnostic => at(scenario.source, path, message);
}
