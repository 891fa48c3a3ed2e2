// Compares two runs' reports: timeseries.csv series by series, events.csv event by event, and
// summary.json deeply; the first divergence is the earliest in virtual time.
import { diffEventRows, type EventRowsDiff } from './event-rows.js';
import { compareEvents, type EventDivergence, type EventsDiff } from './events.js';
import { readReport, type ReportTexts } from './report.js';
import { compareSummaries, type SummaryDifference, type SummaryDiff } from './summary.js';
import { compareTimeseries, type SeriesDivergence, type TimeseriesDiff } from './timeseries.js';
import { EXACT, type Tolerance } from './tolerance.js';

export type Divergence =
  | ({ file: 'timeseries.csv' } & SeriesDivergence)
  | ({ file: 'events.csv' } & EventDivergence)
  | ({ file: 'summary.json' } & SummaryDifference);

export interface ReportDiff {
  equal: boolean;
  timeseries: TimeseriesDiff;
  events: EventsDiff;
  /** events.csv row by row (same object, same time matched): what changed, not just where. */
  eventRows: EventRowsDiff;
  summary: SummaryDiff;
  first?: Divergence;
}

export interface CompareOptions {
  tolerance?: Partial<Tolerance>;
  /** Names of the two sides in messages (default A and B). */
  labels?: { a: string; b: string };
}

export function compareReports(a: ReportTexts, b: ReportTexts, opts: CompareOptions = {}): ReportDiff {
  const tol = { ...EXACT, ...opts.tolerance };
  const labels = opts.labels ?? { a: 'A', b: 'B' };
  const timeseries = compareTimeseries(a.timeseries, b.timeseries, tol, labels);
  const events = compareEvents(a.events, b.events, tol, labels);
  const eventRows = diffEventRows(a.events, b.events, tol, labels);
  const summary = compareSummaries(a.summary, b.summary, tol, labels);
  const first = firstOf(timeseries.first, events.first, summary.list[0]);
  return { equal: first === undefined, timeseries, events, eventRows, summary, first };
}

/** The earliest divergence in virtual time; a differing events.csv header comes first, summary.json last. */
function firstOf(ts?: SeriesDivergence, ev?: EventDivergence, sum?: SummaryDifference): Divergence | undefined {
  if (ev && ev.index === 0) return { file: 'events.csv', ...ev };
  if (ts && (!ev || ts.time_s <= (ev.time_s ?? Infinity))) return { file: 'timeseries.csv', ...ts };
  if (ev) return { file: 'events.csv', ...ev };
  return sum ? { file: 'summary.json', ...sum } : undefined;
}

export function compareDirs(dirA: string, dirB: string, opts: CompareOptions = {}): ReportDiff {
  const a = readReport(dirA);
  const b = readReport(dirB);
  return compareReports(a, b, opts);
}
