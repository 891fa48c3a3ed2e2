// timeseries.csv, series by series: every (object_kind, object, column) is one series; two runs
// agree when every series has the same values at the same sample times (within the tolerance).
import { readCsv } from './csv.js';
import { CompareInputError } from './errors.js';
import { cellsEqual, type Tolerance } from './tolerance.js';

export interface SeriesDivergence {
  time_s: number;
  /** `<object_kind>.<object>.<column>`. */
  series: string;
  /** The value in each run; undefined when that run has none at that time. */
  a?: string;
  b?: string;
}

export interface TimeseriesDiff {
  /** Series with at least one value in either run. */
  series: number;
  seriesDiffering: number;
  pointsDiffering: number;
  /** Differing series in order of their first divergence (at most `LIST_LIMIT`). */
  differing: string[];
  first?: SeriesDivergence;
  /** The differing series (at most `LIST_LIMIT`, in order of first divergence): where and how many. */
  bySeries: SeriesDifference[];
}

export interface SeriesDifference {
  kind: string;
  object: string;
  column: string;
  /** Sample times at which the series differs. */
  points: number;
  first: SeriesDivergence;
}

export const LIST_LIMIT = 20;
const KEY_COLUMNS = ['time_s', 'object_kind', 'object'];

interface Table {
  columns: string[];
  /** time → (kind/object → cells by column name). */
  byTime: Map<number, Map<string, { kind: string; object: string; cells: string[] }>>;
}

function table(text: string, label: string): Table {
  const rows = readCsv(text, label);
  const header = rows[0] ?? [];
  if (KEY_COLUMNS.some((c, i) => header[i] !== c)) {
    throw new CompareInputError([`${label}: not a kubetwin timeseries.csv (the header must start with ${KEY_COLUMNS.join(',')})`]);
  }
  const byTime: Table['byTime'] = new Map();
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    const t = Number(row[0]);
    if (row.length < 3 || !Number.isFinite(t)) throw new CompareInputError([`${label}: row ${r + 1} has no valid time_s`]);
    let group = byTime.get(t);
    if (!group) byTime.set(t, (group = new Map()));
    group.set(`${row[1]}\u0000${row[2]}`, { kind: row[1], object: row[2], cells: row.slice(3) });
  }
  return { columns: header.slice(3), byTime };
}

function value(cells: string[] | undefined, index: number): string | undefined {
  if (!cells || index < 0) return undefined;
  const v = cells[index];
  return v === undefined || v === '' ? undefined : v;
}

export function compareTimeseries(a: string, b: string, tol: Tolerance, labels = { a: 'A', b: 'B' }): TimeseriesDiff {
  const ta = table(a, `${labels.a} timeseries.csv`);
  const tb = table(b, `${labels.b} timeseries.csv`);
  const columns = [...ta.columns, ...tb.columns.filter((c) => !ta.columns.includes(c))];
  const ia = columns.map((c) => ta.columns.indexOf(c));
  const ib = columns.map((c) => tb.columns.indexOf(c));
  const times = [...new Set([...ta.byTime.keys(), ...tb.byTime.keys()])].sort((x, y) => x - y);
  const all = new Set<string>();
  const differing = new Map<string, SeriesDifference>();
  let points = 0;
  let first: SeriesDivergence | undefined;
  for (const t of times) {
    const ga = ta.byTime.get(t) ?? new Map();
    const gb = tb.byTime.get(t) ?? new Map();
    for (const key of new Set([...ga.keys(), ...gb.keys()])) {
      const ra = ga.get(key);
      const rb = gb.get(key);
      const { kind, object } = ra ?? rb!;
      columns.forEach((c, k) => {
        const va = value(ra?.cells, ia[k]);
        const vb = value(rb?.cells, ib[k]);
        if (va === undefined && vb === undefined) return;
        const series = `${kind}.${object}.${c}`;
        all.add(series);
        if (cellsEqual(va, vb, tol)) return;
        points += 1;
        const here: SeriesDivergence = { time_s: t, series, a: va, b: vb };
        const seen = differing.get(series);
        if (seen) seen.points += 1;
        else differing.set(series, { kind, object, column: c, points: 1, first: here });
        first ??= here;
      });
    }
  }
  const bySeries = [...differing.values()].slice(0, LIST_LIMIT);
  return {
    series: all.size,
    seriesDiffering: differing.size,
    pointsDiffering: points,
    differing: bySeries.map((d) => d.first.series),
    first,
    bySeries,
  };
}
