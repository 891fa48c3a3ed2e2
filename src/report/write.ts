// Writes a run's report folder atomically: everything goes to a temporary sibling folder that is
// renamed into place at the end, so a failed run leaves no partial report.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Cell, Recorder } from './recorder.js';

export interface ReportFile {
  name: string;
  content: string | Buffer;
}

import { timeSeconds } from '../model/duration.js';

export { timeSeconds };

function cell(v: Cell | undefined): string | number {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v;
}

export function timeseriesCsv(rec: Recorder): string {
  const columns: string[] = [];
  for (const cols of rec.catalog().values()) for (const c of cols) if (!columns.includes(c)) columns.push(c);
  const rows = rec.samples.map((s) => [timeSeconds(s.time), s.kind, s.object, ...columns.map((c) => cell(s.values[c]))]);
  return stringify([['time_s', 'object_kind', 'object', ...columns], ...rows]);
}

export function eventsCsv(rec: Recorder): string {
  const rows = rec.events.map((e) => [timeSeconds(e.time), e.kind, e.object, e.reason, e.message]);
  return stringify([['time_s', 'object_kind', 'object', 'reason', 'message'], ...rows]);
}

export function tableCsv(rows: Array<Record<string, Cell>>): string {
  const columns: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!columns.includes(k)) columns.push(k);
  return stringify([columns, ...rows.map((r) => columns.map((c) => cell(r[c])))]);
}

/** Stable JSON: two-space indent and a final newline. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function writeFolderAtomically(dir: string, files: ReportFile[]): void {
  const parent = dirname(dir);
  mkdirSync(parent, { recursive: true });
  const tmp = join(parent, `.${basename(dir)}.tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    for (const f of files) {
      mkdirSync(dirname(join(tmp, f.name)), { recursive: true });
      writeFileSync(join(tmp, f.name), f.content);
    }
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}
