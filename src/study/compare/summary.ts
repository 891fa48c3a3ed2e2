// summary.json, deep: objects key by key, arrays element by element, numbers within the tolerance.
import { formatPath } from '../../scenario/diagnostics.js';
import { CompareInputError } from './errors.js';
import { LIST_LIMIT } from './timeseries.js';
import { numbersEqual, type Tolerance } from './tolerance.js';

export interface SummaryDifference {
  /** Path inside summary.json, e.g. `pods[2].node`. */
  path: string;
  /** JSON of the value in each run; undefined when absent. */
  a?: string;
  b?: string;
}

export interface SummaryDiff {
  differences: number;
  /** The first differences in document order (at most `LIST_LIMIT`). */
  list: SummaryDifference[];
}

export function parseSummary(text: string, label: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CompareInputError([`${label}: summary.json is not valid JSON (${(e as Error).message})`]);
  }
}

function show(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  const s = JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function compareJson(a: unknown, b: unknown, tol: Tolerance): SummaryDiff {
  const out: SummaryDiff = { differences: 0, list: [] };
  const differ = (path: Array<string | number>, x: unknown, y: unknown) => {
    out.differences += 1;
    if (out.list.length < LIST_LIMIT) out.list.push({ path: formatPath(path) || '(root)', a: show(x), b: show(y) });
  };
  const walk = (path: Array<string | number>, x: unknown, y: unknown): void => {
    if (typeof x === 'number' && typeof y === 'number') {
      if (!numbersEqual(x, y, tol)) differ(path, x, y);
    } else if (Array.isArray(x) && Array.isArray(y)) {
      for (let i = 0; i < Math.max(x.length, y.length); i++) walk([...path, i], x[i], y[i]);
    } else if (isObject(x) && isObject(y)) {
      for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) walk([...path, k], x[k], y[k]);
    } else if (x !== y) {
      differ(path, x, y);
    }
  };
  walk([], a, b);
  return out;
}

export function compareSummaries(a: string, b: string, tol: Tolerance, labels = { a: 'A', b: 'B' }): SummaryDiff {
  return compareJson(parseSummary(a, labels.a), parseSummary(b, labels.b), tol);
}
