// Reading `time,value` CSV traces (load-curve replay and `kubetwin recommend`). Problems are
// collected as file:line:col diagnostics, never thrown one at a time.
//
// Format: one sample per line, comma-separated; blank lines and lines starting with `#` are
// skipped. An optional header names the columns (`time`/`timestamp` and `value`, any case; other
// columns are ignored); without one, the first two columns are time and value. A time is a number
// of seconds, a duration (`90s`, `1h30m`) or an ISO 8601 date-time (UTC unless it carries an
// offset). Times must increase strictly from row to row.
import { DurationError, parseDuration } from '../../model/duration.js';
import type { Diagnostic } from '../../scenario/diagnostics.js';

export interface TraceRow {
  /** ms (seconds × 1000, or ms since the Unix epoch for date-times). */
  time: number;
  value: number;
  line: number;
}

export interface ParsedTrace {
  rows: TraceRow[];
  diagnostics: Diagnostic[];
}

/** Turns a value cell into a number, or returns an error message. */
export type ValueParser = (text: string) => number | { error: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** A cell as quoted in messages: at most 20 characters, so a message never echoes a whole file. */
export function quoteCell(text: string): string {
  return JSON.stringify(shortCell(text));
}

function shortCell(text: string): string {
  return text.length > 20 ? `${text.slice(0, 20)}…` : text;
}

export function plainNumber(text: string): number | { error: string } {
  return NUMBER.test(text) ? Number(text) : { error: `${quoteCell(text)} is not a number` };
}

/** A time cell → ms, or an error message. */
export function parseTime(text: string): number | { error: string } {
  if (NUMBER.test(text)) return Math.round(Number(text) * 1000);
  const m = DATE.exec(text);
  if (m) {
    // Without an offset a date-time is read as UTC, so the result never depends on the machine.
    const iso = text.replace(' ', 'T') + (m[1] && !m[4] ? 'Z' : '');
    const ms = Date.parse(iso);
    if (Number.isFinite(ms)) return ms;
  }
  try {
    return parseDuration(text);
  } catch (e) {
    if (!(e instanceof DurationError)) throw e;
    return {
      error: `${quoteCell(text)} is not a time (seconds, a duration such as 90s, or an ISO date-time such as 2024-05-01T12:00:00Z)`,
    };
  }
}

function cells(line: string): string[] {
  return line.split(',').map((c) =>
    c
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim(),
  );
}

export function parseTimeValueCsv(text: string, file: string, parseValue: ValueParser = plainNumber): ParsedTrace {
  const rows: TraceRow[] = [];
  const diagnostics: Diagnostic[] = [];
  const problem = (line: number, col: number, message: string) =>
    diagnostics.push({ file, line, col, path: '', message, severity: 'error' });
  let columns: [number, number] | undefined;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const cs = cells(raw);
    if (columns === undefined) {
      columns = [0, 1];
      const t = parseTime(cs[0]);
      if (typeof t !== 'number') {
        // A header row: find the columns by name.
        const lower = cs.map((c) => c.toLowerCase());
        const ti = lower.findIndex((c) => c === 'time' || c === 'timestamp' || c === 'time_s');
        const vi = lower.indexOf('value');
        columns = [Math.max(ti, 0), vi >= 0 ? vi : 1];
        return;
      }
    }
    const [ti, vi] = columns;
    if (cs.length <= Math.max(ti, vi)) {
      problem(line, 1, `expected at least ${Math.max(ti, vi) + 1} comma-separated columns (time,value), found ${cs.length}`);
      return;
    }
    const col = (k: number) => raw.indexOf(cs[k]) + 1 || 1;
    const time = parseTime(cs[ti]);
    const value = parseValue(cs[vi]);
    if (typeof time !== 'number') return void problem(line, col(ti), time.error);
    if (typeof value !== 'number') return void problem(line, col(vi), value.error);
    if (!Number.isFinite(value) || value < 0) return void problem(line, col(vi), `value ${shortCell(cs[vi])} must be a finite number ≥ 0`);
    const prev = rows.at(-1);
    if (prev && time <= prev.time)
      return void problem(
        line,
        col(ti),
        `time ${shortCell(cs[ti])} does not come after the previous row's (line ${prev.line}); times must increase`,
      );
    rows.push({ time, value, line });
  });
  if (rows.length === 0 && diagnostics.length === 0) problem(1, 1, 'the trace has no samples (expected lines of time,value)');
  return { rows, diagnostics };
}
