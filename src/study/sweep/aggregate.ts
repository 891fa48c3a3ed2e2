// Point results → study.csv rows: the parameters, how many replications ran and failed, and per
// metric the mean, standard deviation and 95 % confidence interval over the replications. Numbers
// are rounded to 12 significant digits so the file reads the same on every machine.
import type { Cell } from '../../report/recorder.js';
import type { PointResult } from './results.js';
import { describe, type MetricStats } from './stats.js';
import type { ResolvedStudy } from './types.js';

export function round12(x: number | null): number | null {
  if (x === null || !Number.isFinite(x)) return null;
  const r = Number(x.toPrecision(12));
  return r === 0 ? 0 : r; // no "-0"
}

/** Metric → statistics over the point's successful replications. */
export function pointStats(study: ResolvedStudy, result: PointResult): Record<string, MetricStats> {
  const ok = result.replications.filter((r) => r.error === undefined);
  return Object.fromEntries(
    study.metrics.map((m) => {
      const values = ok.map((r) => r.values[m.name]).filter((v): v is number => typeof v === 'number');
      return [m.name, describe(values)];
    }),
  );
}

export const STAT_COLUMNS = ['mean', 'sd', 'ci95_low', 'ci95_high'] as const;

export function studyRows(study: ResolvedStudy, results: ReadonlyMap<number, PointResult>): Array<Record<string, Cell>> {
  return study.points.map((p) => {
    const result = results.get(p.index);
    if (!result) throw new Error(`no result for point ${p.index}`);
    const row: Record<string, Cell> = { point: p.index };
    for (const param of study.parameters) row[param.name] = p.params[param.name] ?? null;
    const failed = result.replications.filter((r) => r.error !== undefined).length;
    row.replications = result.replications.length - failed;
    row.failures = failed;
    const stats = pointStats(study, result);
    for (const m of study.metrics) {
      const s = stats[m.name];
      row[`${m.name}_mean`] = round12(s.mean);
      row[`${m.name}_sd`] = round12(s.sd);
      row[`${m.name}_ci95_low`] = round12(s.ciLow);
      row[`${m.name}_ci95_high`] = round12(s.ciHigh);
    }
    return row;
  });
}

/** One row per replication: the raw numbers behind study.csv. */
export function replicationRows(study: ResolvedStudy, results: ReadonlyMap<number, PointResult>): Array<Record<string, Cell>> {
  const rows: Array<Record<string, Cell>> = [];
  for (const p of study.points) {
    const result = results.get(p.index);
    if (!result) continue;
    result.replications.forEach((r, i) => {
      const row: Record<string, Cell> = { point: p.index };
      for (const param of study.parameters) row[param.name] = p.params[param.name] ?? null;
      row.replication = i;
      row.seed = r.seed;
      for (const m of study.metrics) row[m.name] = round12(r.values[m.name] ?? null);
      row.error = r.error ?? null;
      rows.push(row);
    });
  }
  return rows;
}
