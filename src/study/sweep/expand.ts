// Point expansion in a fixed order: the grid's cartesian product (first parameter varies slowest),
// then the explicit points; per point the `--set` overrides, one seed per replication and the key
// that identifies its runs.
import { createHash } from 'node:crypto';
import { deriveSeed } from '../../engine/random.js';
import { canonicalJson } from '../../model/hash.js';
import type { MetricSpec, ParamValue } from './schema.js';
import type { StudyParameter, StudyPoint } from './types.js';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** `path=value` with the value in JSON notation, which the `--set` YAML scalar reader reads back exactly. */
export function setExpr(path: string, value: unknown): string {
  return `${path}=${JSON.stringify(value)}`;
}

/** Cartesian product, first axis slowest. An axis with no values gives no points. */
export function cartesian(axes: ReadonlyArray<readonly [string, readonly ParamValue[]]>): Array<Record<string, ParamValue>> {
  let rows: Array<Record<string, ParamValue>> = [{}];
  for (const [name, values] of axes) {
    const next: Array<Record<string, ParamValue>> = [];
    for (const row of rows) for (const v of values) next.push({ ...row, [name]: v });
    rows = next;
  }
  return axes.length ? rows : [];
}

export interface ExpandInput {
  parameters: readonly StudyParameter[];
  /** Fixed overrides (`path`, value), applied first at every point. */
  fixed: ReadonlyArray<readonly [string, unknown]>;
  /** Parameter-name → value maps in point order. */
  rows: ReadonlyArray<Record<string, ParamValue>>;
  baseSeed: string | number;
  seeds: 'common' | 'independent';
  replications: number;
  scenarioText: string;
  metrics: readonly MetricSpec[];
}

export function expandPoints(input: ExpandInput): StudyPoint[] {
  const pathOf = new Map(input.parameters.map((p) => [p.name, p.path]));
  const scenarioHash = sha256(input.scenarioText);
  return input.rows.map((params, index) => {
    const set = [
      ...input.fixed.map(([path, v]) => setExpr(path, v)),
      ...input.parameters.filter((p) => p.name in params).map((p) => setExpr(pathOf.get(p.name)!, params[p.name])),
    ];
    // Common random numbers: replication r draws the same seed at every point; independent seeds
    // are derived from the point's overrides (not its index, so reordering a grid keeps them).
    const stem = input.seeds === 'common' ? '' : `point-${sha256(canonicalJson(set)).slice(0, 16)}/`;
    const seeds = Array.from({ length: input.replications }, (_, r) => deriveSeed(input.baseSeed, `${stem}replication-${r}`));
    const key = sha256(canonicalJson({ scenario: scenarioHash, set, seeds, metrics: input.metrics }));
    return { index, params, set, seeds, key };
  });
}
