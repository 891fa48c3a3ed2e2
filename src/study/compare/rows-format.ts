// The differing rows as text: each file's first divergent row in words (time, object, column or
// reason, value A → value B), then a short table of what differs, a few rows per file.
import type { ReportDiff } from './compare.js';
import type { EventCell, EventChange } from './event-rows.js';
import type { Labels } from './format.js';

/** Rows per file in the table. */
export const TABLE_ROWS = 5;
const CELL = 60;

function cut(s: string, width = CELL): string {
  return s.length > width ? `${s.slice(0, width - 1)}…` : s;
}

function ev(c: EventCell | undefined): string {
  return c ? `${c.reason} "${c.message}"` : '(none)';
}

function eventColumn(c: EventChange, l: Labels): string {
  if (c.what === 'only A') return `only in ${l.a}`;
  if (c.what === 'only B') return `only in ${l.b}`;
  return c.what === 'message' ? `${c.a?.reason} message` : 'reason';
}

function eventValues(c: EventChange): [string, string] {
  if (c.what === 'message') return [`"${c.a?.message}"`, `"${c.b?.message}"`];
  return [ev(c.a), ev(c.b)];
}

type Row = [file: string, time: string, object: string, what: string, a: string, b: string, note: string];

function rows(d: ReportDiff, l: Labels): Row[] {
  const out: Row[] = [];
  for (const s of d.timeseries.bySeries.slice(0, TABLE_ROWS)) {
    out.push([
      'timeseries.csv',
      `${s.first.time_s} s`,
      `${s.kind} ${s.object}`,
      s.column,
      s.first.a ?? '(none)',
      s.first.b ?? '(none)',
      `${s.points} point${s.points === 1 ? '' : 's'}`,
    ]);
  }
  for (const c of d.eventRows.list.slice(0, TABLE_ROWS)) {
    out.push(['events.csv', `${c.time_s} s`, `${c.kind} ${c.object}`, eventColumn(c, l), ...eventValues(c), '']);
  }
  for (const s of d.summary.list.slice(0, TABLE_ROWS)) out.push(['summary.json', '', '', s.path, s.a ?? '(none)', s.b ?? '(none)', '']);
  return out;
}

/** `first divergent row of each file:` lines, then `what differs:` as an aligned table. */
export function formatRows(d: ReportDiff, l: Labels): string[] {
  const lines = ['first divergent row of each file:'];
  const ts = d.timeseries.bySeries[0];
  if (ts)
    lines.push(
      `  timeseries.csv: at ${ts.first.time_s} s, ${ts.kind} ${ts.object}, column ${ts.column}: ${l.a} ${ts.first.a ?? '(none)'} → ${l.b} ${ts.first.b ?? '(none)'}`,
    );
  const e = d.eventRows.list[0];
  if (e) {
    const [a, b] = eventValues(e);
    lines.push(`  events.csv: at ${e.time_s} s, ${e.kind} ${e.object}, ${eventColumn(e, l)}: ${l.a} ${a} → ${l.b} ${b}`);
  }
  const s = d.summary.list[0];
  if (s) lines.push(`  summary.json: at ${s.path}: ${l.a} ${s.a ?? '(none)'} → ${l.b} ${s.b ?? '(none)'}`);
  const table = rows(d, l).map((r) => r.map((c) => cut(c)));
  if (!table.length) return lines.length > 1 ? lines : [];
  const head: Row = ['file', 'time', 'object', 'column/reason', l.a, l.b, ''];
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
  const line = (r: string[]) =>
    `  ${r
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd()}`;
  lines.push(`what differs (at most ${TABLE_ROWS} rows per file):`, line(head), ...table.map(line));
  return lines;
}
