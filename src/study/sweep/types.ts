// The resolved form of a study: what the sweep runs and what study.json records (no absolute
// paths, so shards on other machines resolve to the same study and can be merged).
import type { ChartSpec, MetricSpec, ParamValue } from './schema.js';

export interface StudyParameter {
  /** Column name in study.csv (the alias from `spec.parameters`, or the path itself). */
  name: string;
  /** The `--set` path. */
  path: string;
}

export interface StudyPoint {
  /** Position in the fixed point order (grid first, first parameter slowest; then `points`). */
  index: number;
  /** Parameter name → value at this point (parameters the point leaves at the base are absent). */
  params: Record<string, ParamValue>;
  /** Every override of this point as `path=value` (fixed `set` first), values in JSON notation. */
  set: string[];
  /** One seed per replication. */
  seeds: string[];
  /** Identity of this point's runs (base scenario text, overrides, seeds, metrics): a finished result is reused only under the same key. */
  key: string;
}

export interface ResolvedStudy {
  name: string;
  description: string;
  /** Base scenario path as written in the study (relative to the study file). */
  scenario: string;
  replications: number;
  parameters: StudyParameter[];
  points: StudyPoint[];
  metrics: MetricSpec[];
  charts: ChartSpec[];
  /** Hash of everything above: shards of one study have the same fingerprint. */
  fingerprint: string;
}

/** A loaded study: the resolved form plus where its base scenario is on this machine. */
export interface Study {
  file: string;
  scenarioFile: string;
  scenarioText: string;
  resolved: ResolvedStudy;
}
