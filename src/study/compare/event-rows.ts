// events.csv, row by row: events of the same object at the same time are matched with each other,
// so one changed scheduling decision shows as that event (reason or message A → B) rather than
// shifting every later position. What is left over exists in only one run.
import { eventRows } from './events.js';
import { LIST_LIMIT } from './timeseries.js';
import { cellsEqual, type Tolerance } from './tolerance.js';

export interface EventCell {
  reason: string;
  message: string;
}

export interface EventChange {
  time_s: number;
  kind: string;
  object: string;
  /** `reason` or `message`: the column that differs between two matched events; `only A`/`only B`: an event one run lacks. */
  what: 'reason' | 'message' | 'only A' | 'only B';
  a?: EventCell;
  b?: EventCell;
}

export interface EventRowsDiff {
  changes: number;
  /** Matched events with another reason or message. */
  changed: number;
  onlyA: number;
  onlyB: number;
  /** The first changes in time order (at most `LIST_LIMIT`). */
  list: EventChange[];
}

interface Row {
  time: number;
  kind: string;
  object: string;
  cell: EventCell;
}

function parse(text: string, label: string): Row[] | undefined {
  const [header, ...body] = eventRows(text, label);
  const col = (name: string) => header.indexOf(name);
  const [t, k, o, r, m] = ['time_s', 'object_kind', 'object', 'reason', 'message'].map(col);
  if ([t, k, o, r, m].some((i) => i < 0)) return undefined; // a different header: reported by compareEvents
  return body.map((row) => ({ time: Number(row[t]), kind: row[k], object: row[o], cell: { reason: row[r] ?? '', message: row[m] ?? '' } }));
}

/** Time-ordered groups of one object's events at one time, from both runs. */
function groups(a: Row[], b: Row[]): Array<{ time: number; kind: string; object: string; a: EventCell[]; b: EventCell[] }> {
  const byKey = new Map<string, { time: number; kind: string; object: string; a: EventCell[]; b: EventCell[] }>();
  const add = (rows: Row[], side: 'a' | 'b') => {
    for (const r of rows) {
      const key = `${r.time}\u0000${r.kind}\u0000${r.object}`;
      const g = byKey.get(key) ?? { time: r.time, kind: r.kind, object: r.object, a: [], b: [] };
      byKey.set(key, g);
      g[side].push(r.cell);
    }
  };
  add(a, 'a');
  add(b, 'b');
  return [...byKey.values()].sort((x, y) => x.time - y.time); // stable: A's order, then B's new groups
}

/** Removes from `ys` and returns the first element matching `x`, if any. */
function take(ys: EventCell[], match: (y: EventCell) => boolean): EventCell | undefined {
  const i = ys.findIndex(match);
  return i < 0 ? undefined : ys.splice(i, 1)[0];
}

export function diffEventRows(textA: string, textB: string, tol: Tolerance, labels = { a: 'A', b: 'B' }): EventRowsDiff {
  const a = parse(textA, `${labels.a} events.csv`);
  const b = parse(textB, `${labels.b} events.csv`);
  const out: EventRowsDiff = { changes: 0, changed: 0, onlyA: 0, onlyB: 0, list: [] };
  if (!a || !b) return out;
  const push = (c: EventChange) => {
    out.changes += 1;
    if (c.what === 'only A') out.onlyA += 1;
    else if (c.what === 'only B') out.onlyB += 1;
    else out.changed += 1;
    if (out.list.length < LIST_LIMIT) out.list.push(c);
  };
  for (const g of groups(a, b)) {
    const where = { time_s: g.time, kind: g.kind, object: g.object };
    const restB = [...g.b];
    // 1. identical events; 2. same reason, other message; 3. pair the rest in order (reason changed).
    const restA = g.a.filter((x) => !take(restB, (y) => y.reason === x.reason && cellsEqual(x.message, y.message, tol)));
    const unpairedA: EventCell[] = [];
    for (const x of restA) {
      const y = take(restB, (c) => c.reason === x.reason);
      if (y) push({ ...where, what: 'message', a: x, b: y });
      else unpairedA.push(x);
    }
    for (const x of unpairedA) {
      const y = restB.shift();
      push(y ? { ...where, what: 'reason', a: x, b: y } : { ...where, what: 'only A', a: x });
    }
    for (const y of restB) push({ ...where, what: 'only B', b: y });
  }
  return out;
}
