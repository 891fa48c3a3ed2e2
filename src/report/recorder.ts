// The in-memory Recorder (sim/recorder.ts): collects what a run produces: Kubernetes-like events, periodic samples of every registered
// series source, extra tables and summary sections. Plain data; writing is report/write.ts.

import type { ChartRequest } from '../sim/charts/types.js';
import type { Cell, EventRow, SampleRow, SeriesSource, Recorder as SimRecorder } from '../sim/recorder.js';
import { samplesOf } from '../sim/sample-index.js';

export type { Cell, EventRow, SampleRow, SeriesSource };

/** Longest per-object list written inline into summary.json (see addObjectList). */
export const SUMMARY_LIST_LIMIT = 200;

function flatRow(row: Record<string, unknown>): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const [k, v] of Object.entries(row)) {
    out[k] =
      v === undefined ? null : Array.isArray(v) ? v.join(' ') : typeof v === 'object' && v !== null ? JSON.stringify(v) : (v as Cell);
  }
  return out;
}

export class Recorder implements SimRecorder {
  readonly events: EventRow[] = [];
  readonly samples: SampleRow[] = [];
  private readonly sources: Array<{ kind: string; columns: readonly string[]; source: SeriesSource }> = [];
  private readonly summaries: Array<[string, () => unknown]> = [];
  private readonly tables: Array<[string, () => Array<Record<string, Cell>>]> = [];
  private readonly charts: Array<[string, () => ChartRequest | undefined]> = [];

  event(time: number, kind: string, object: string, reason: string, message: string): void {
    this.events.push({ time, kind, object, reason, message });
  }

  /**
   * Registers a series source for one object kind. `columns` declares, in CSV order, every column
   * its rows may carry (expectations are checked against it before a run starts).
   */
  addSeries(kind: string, columns: readonly string[], source: SeriesSource): void {
    this.sources.push({ kind, columns, source });
  }

  /** Declared columns per object kind, in registration order. */
  catalog(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const { kind, columns } of this.sources) {
      const list = out.get(kind) ?? [];
      for (const c of columns) if (!list.includes(c)) list.push(c);
      out.set(kind, list);
    }
    return out;
  }

  /** A section of summary.json, computed at the end of the run. */
  addSummary(key: string, compute: () => unknown): void {
    this.summaries.push([key, compute]);
  }

  /**
   * A per-object list for summary.json (one entry per pod, node, container…). Up to
   * SUMMARY_LIST_LIMIT entries it is written inline; a longer list goes to `<key>.csv` (nested
   * values flattened) and summary.json keeps `{ count, file }`, so big clusters keep a small summary.
   */
  addObjectList(key: string, compute: () => Array<Record<string, unknown>>): void {
    let rows: Array<Record<string, unknown>> | undefined;
    const get = () => (rows ??= compute());
    this.summaries.push([key, () => (get().length <= SUMMARY_LIST_LIMIT ? get() : { count: get().length, file: `${key}.csv` })]);
    this.tables.push([key, () => (get().length <= SUMMARY_LIST_LIMIT ? [] : get().map(flatRow))]);
  }

  /** An extra CSV file (`name` without extension), computed at the end of the run. */
  addTable(name: string, compute: () => Array<Record<string, Cell>>): void {
    this.tables.push([name, compute]);
  }

  /**
   * A chart of the report: `build` returns what to draw (charts as data) at the end of the run, or
   * undefined when there is nothing to draw. report/charts/requests.ts turns it into a Vega-Lite spec.
   */
  addChart(name: string, build: () => ChartRequest | undefined): void {
    this.charts.push([name, build]);
  }

  chartRequests(): Array<[string, ChartRequest]> {
    const out: Array<[string, ChartRequest]> = [];
    for (const [name, build] of this.charts) {
      const spec = build();
      if (spec) out.push([name, spec]);
    }
    return out;
  }

  sample(now: number): void {
    for (const { kind, source } of this.sources) {
      for (const [object, values] of source(now)) this.samples.push({ time: now, kind, object, values });
    }
  }

  summary(): Record<string, unknown> {
    return Object.fromEntries(this.summaries.map(([k, f]) => [k, f()]));
  }

  /** Extra CSV files; an empty table writes no file. */
  extraTables(): Array<[string, Array<Record<string, Cell>>]> {
    return this.tables.map(([k, f]): [string, Array<Record<string, Cell>>] => [k, f()]).filter(([, rows]) => rows.length > 0);
  }

  /** Values of one series (`kind`, `object`, `column`) over time, for expectations and charts. */
  series(kind: string, object: string, column: string): Array<[number, Cell]> {
    const out: Array<[number, Cell]> = [];
    for (const s of samplesOf(this.samples, kind, object)) {
      if (column in s.values) out.push([s.time, s.values[column]]);
    }
    return out;
  }
}
