// What a feature contributes to the scenario document, and the checks it makes on a loaded
// scenario. The loader assembles the Scenario schema from these; it imports no feature itself.
// The simulation side of a feature (install, provides/requires) is sim/feature.ts.
import type { z } from 'zod';
import type { Diagnostic } from './diagnostics.js';
import type { Scenario } from './load.js';
import type { ObjectName, TimelineNames } from './timeline-names.js';

/** Columns of one sampled series (an object kind of timeseries.csv). */
export interface SeriesDeclaration {
  kind: string;
  columns: readonly string[];
}

export interface ValidationContext {
  /** Every series the scenario's run will record (from all features), in installation order. */
  series(): SeriesDeclaration[];
  /** Which objects exist when (manifests, objects features add at time 0, timeline create/delete). */
  names: TimelineNames;
}

export interface ScenarioFeature {
  /** A stable name, e.g. `deployments`, `kubelet`, `hpa`. */
  name: string;
  /** Optional sections of `Scenario.spec` this feature owns (key → schema). */
  sections?: Record<string, z.ZodType>;
  /** Timeline actions it handles (key → schema of the action's value). */
  actions?: Record<string, z.ZodType>;
  /** Kubernetes object kinds it simulates (kind → schema of the whole manifest). */
  kinds?: Record<string, z.ZodType>;
  /**
   * Checks beyond the schema (cross references, bounds). Everything the run would reject must be
   * found here: install() never rejects input.
   */
  validate?(scenario: Scenario, ctx: ValidationContext): Diagnostic[];
  /** Objects this feature adds at time 0 besides the scenario's manifests (e.g. node pool nodes). */
  initialObjects?(scenario: Scenario): ObjectName[];
  /** The series the run will sample for this scenario (must equal what install() registers). */
  series?(scenario: Scenario): SeriesDeclaration[];
}
