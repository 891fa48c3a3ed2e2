// events.csv, event by event in order: the n-th event of one run against the n-th of the other.
import { csvLine, readCsv } from './csv.js';
import { CompareInputError } from './errors.js';
import { cellsEqual, type Tolerance } from './tolerance.js';

export interface EventDivergence {
  /** 1-based event number (0 for the header line). */
  index: number;
  /** The earlier of the two event times, seconds; undefined for the header. */
  time_s?: number;
  /** The event as a CSV line in each run; undefined when that run has no such event. */
  a?: string;
  b?: string;
}

export interface EventsDiff {
  countA: number;
  countB: number;
  /** Positions whose events differ (an extra event on one side counts as one). */
  differing: number;
  first?: EventDivergence;
}

export function eventRows(text: string, label: string): string[][] {
  const r = readCsv(text, label);
  if (r.length === 0 || r[0][0] !== 'time_s')
    throw new CompareInputError([`${label}: not a kubetwin events.csv (the header must start with time_s)`]);
  return r;
}

function rowsEqual(a: string[] | undefined, b: string[] | undefined, tol: Tolerance): boolean {
  if (!a || !b || a.length !== b.length) return a === b;
  return a.every((cell, i) => cellsEqual(cell, b[i], tol));
}

function earliest(...cells: Array<string | undefined>): number | undefined {
  const ts = cells.map(Number).filter((t) => Number.isFinite(t));
  return ts.length ? Math.min(...ts) : undefined;
}

export function compareEvents(a: string, b: string, tol: Tolerance, labels = { a: 'A', b: 'B' }): EventsDiff {
  const ra = eventRows(a, `${labels.a} events.csv`);
  const rb = eventRows(b, `${labels.b} events.csv`);
  let differing = 0;
  let first: EventDivergence | undefined;
  for (let i = 0; i < Math.max(ra.length, rb.length); i++) {
    const x = ra[i];
    const y = rb[i];
    if (rowsEqual(x, y, tol)) continue;
    if (i > 0) differing += 1;
    first ??= {
      index: i,
      ...(i > 0 ? { time_s: earliest(x?.[0], y?.[0]) } : {}),
      ...(x ? { a: csvLine(x) } : {}),
      ...(y ? { b: csvLine(y) } : {}),
    };
  }
  return { countA: ra.length - 1, countB: rb.length - 1, differing, first };
}
