// A run's report files as text (CSV, JSON) and the folder writer: everything goes to a temporary
// sibling folder that is swapped into place at the end, so a failed run leaves no partial report.
import { writeReportFolder, type OutFolderOptions } from './out-folder.js';
import { stringify } from 'csv-stringify/sync';
import type { Cell, Recorder } from './recorder.js';

export interface ReportFile {
  name: string;
  content: string | Buffer;
}

import { timeSeconds } from '../model/duration.js';

export { timeSeconds };

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A string cell made inert for spreadsheets (OWASP's advice on CSV formula injection): a cell that
 * starts with =, +, -, @, tab or carriage return gets a leading apostrophe. Numbers are told apart
 * by type: a cell the recorder holds as a number is written as is, and a string that is a plain
 * decimal number (such as "-1.5" or "+3e2") is left alone too, since spreadsheets read it as a
 * number, never a formula.
 */
export function safeCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

function cell(v: Cell | undefined): string | number {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 1 : 0;
  return typeof v === 'string' ? safeCell(v) : v;
}

/** Headers may carry user names (study parameters, metrics): neutralised like any string cell. */
const header = (columns: string[]) => columns.map(safeCell);

export function timeseriesCsv(rec: Recorder): string {
  const columns: string[] = [];
  for (const cols of rec.catalog().values()) for (const c of cols) if (!columns.includes(c)) columns.push(c);
  const rows = rec.samples.map((s) => [timeSeconds(s.time), cell(s.kind), cell(s.object), ...columns.map((c) => cell(s.values[c]))]);
  return stringify([header(['time_s', 'object_kind', 'object', ...columns]), ...rows]);
}

export function eventsCsv(rec: Recorder): string {
  const rows = rec.events.map((e) => [timeSeconds(e.time), cell(e.kind), cell(e.object), cell(e.reason), cell(e.message)]);
  return stringify([['time_s', 'object_kind', 'object', 'reason', 'message'], ...rows]);
}

export function tableCsv(rows: Array<Record<string, Cell>>): string {
  const columns: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!columns.includes(k)) columns.push(k);
  return stringify([header(columns), ...rows.map((r) => columns.map((c) => cell(r[c])))]);
}

/** Stable JSON: two-space indent and a final newline. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Writes a report folder safely (see out-folder.ts): only over a folder kubetwin wrote, unless forced. */
export function writeFolderAtomically(dir: string, files: ReportFile[], opts: OutFolderOptions = {}): void {
  writeReportFolder(dir, files, opts);
}
