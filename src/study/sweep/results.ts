// One result file per point (`points/p000012.json`), written atomically (temporary file + rename),
// so a sweep killed at any moment leaves only whole files, and a re-run reuses every file whose key
// still matches the point.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReplicationResult } from './replication.js';
import type { ParamValue } from './schema.js';
import type { ResolvedStudy, StudyPoint } from './types.js';

export interface ReplicationRecord extends ReplicationResult {
  seed: string;
}

export interface PointResult {
  index: number;
  key: string;
  params: Record<string, ParamValue>;
  replications: ReplicationRecord[];
}

export const POINTS_DIR = 'points';
export const STUDY_JSON = 'study.json';

export function pointFileName(index: number): string {
  return `p${String(index).padStart(6, '0')}.json`;
}

/** Stable JSON with a final newline. */
export function jsonText(v: unknown): string {
  return `${JSON.stringify(v, null, 2)}\n`;
}

/** Writes `file` so that readers see either nothing or the whole content. */
export function writeAtomically(file: string, content: string | Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}

export function writePointResult(out: string, result: PointResult): void {
  const dir = join(out, POINTS_DIR);
  mkdirSync(dir, { recursive: true });
  writeAtomically(join(dir, pointFileName(result.index)), jsonText(result));
}

/** The stored result of a point, if there is one for exactly this point (same key, all replications). */
export function readPointResult(out: string, point: StudyPoint): PointResult | undefined {
  const file = join(out, POINTS_DIR, pointFileName(point.index));
  if (!existsSync(file)) return undefined;
  try {
    const r = JSON.parse(readFileSync(file, 'utf8')) as PointResult;
    return r.key === point.key && r.index === point.index && Array.isArray(r.replications) && r.replications.length === point.seeds.length
      ? r
      : undefined;
  } catch {
    return undefined; // unreadable: run the point again
  }
}

/** Results present in a folder for the study's points, by index. */
export function readResults(out: string, study: ResolvedStudy): Map<number, PointResult> {
  const found = new Map<number, PointResult>();
  for (const p of study.points) {
    const r = readPointResult(out, p);
    if (r) found.set(p.index, r);
  }
  return found;
}

/** Leftovers of writes interrupted by a kill. */
export function removeTempFiles(out: string): void {
  const dir = join(out, POINTS_DIR);
  if (!existsSync(dir)) return;
  for (const f of readdirSync(dir)) if (f.endsWith('.tmp')) rmSync(join(dir, f), { force: true });
}

export function readStudyJson(dir: string): ResolvedStudy | undefined {
  const file = join(dir, STUDY_JSON);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as ResolvedStudy;
}
