// What the simulation records, as an interface: report/ implements it (report/recorder.ts), features
// write to it. Events, periodic samples of registered series, summary sections, extra tables and
// charts (as data, see charts/types.ts).
import type { ChartRequest } from './charts/types.js';

export type Cell = number | string | boolean | null;

export interface EventRow {
  time: number;
  kind: string;
  object: string;
  reason: string;
  message: string;
}

export interface SampleRow {
  time: number;
  kind: string;
  object: string;
  values: Record<string, Cell>;
}

/** Produces one row per object of a kind at a sample time. */
export type SeriesSource = (now: number) => Iterable<[object: string, values: Record<string, Cell>]>;

export interface Recorder {
  readonly events: readonly EventRow[];
  readonly samples: readonly SampleRow[];
  event(time: number, kind: string, object: string, reason: string, message: string): void;
  /** A series source for one object kind; `columns` lists, in CSV order, every column its rows may carry. */
  addSeries(kind: string, columns: readonly string[], source: SeriesSource): void;
  /** Declared columns per object kind, in registration order. */
  catalog(): Map<string, string[]>;
  /** A section of summary.json, computed at the end of the run. */
  addSummary(key: string, compute: () => unknown): void;
  /** A per-object list for summary.json; long lists go to `<key>.csv`. */
  addObjectList(key: string, compute: () => Array<Record<string, unknown>>): void;
  /** An extra CSV file (`name` without extension), computed at the end of the run. */
  addTable(name: string, compute: () => Array<Record<string, Cell>>): void;
  /** A chart of the report, built at the end of the run (undefined: nothing to draw). */
  addChart(name: string, build: () => ChartRequest | undefined): void;
  /** Takes one sample of every series source. */
  sample(now: number): void;
  /** Values of one series (`kind`, `object`, `column`) over time. */
  series(kind: string, object: string, column: string): Array<[number, Cell]>;
}
