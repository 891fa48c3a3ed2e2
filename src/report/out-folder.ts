// Report folders that never lose data: kubetwin replaces only a folder it wrote itself (one holding
// the marker file), refuses any other existing path unless --force, never touches the working
// directory, the home folder, the root or a folder holding the scenario, and swaps folders so that
// the old report stays until the new one is in place (temp sibling → rename old aside → rename
// new in → delete aside). Leftovers of killed runs are cleaned by the next run into that parent.
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../scenario/diagnostics.js';

/** Written into every report folder kubetwin creates; only such folders are replaced. */
export const REPORT_MARKER = '.kubetwin-report';
const MARKER_TEXT = 'This folder was written by kubetwin; the next run into it replaces it.\n';
const LEFTOVER = /^\.(.+)\.kubetwin-(tmp|old)-(\d+)$/;
/** Temp folders of kubetwin versions before the marker: `.NAME.tmp-PID` holding a summary.json. */
const LEGACY_TMP = /^\.(.+)\.tmp-(\d+)$/;
/** A leftover whose process still runs is kept unless it is older than this. */
const STALE_MS = 24 * 3600_000;

export interface OutFolderOptions {
  /** Replace an existing path kubetwin did not write (still never cwd/home/root or a scenario's folder). */
  force?: boolean;
  /** Files (the scenario) whose folders must never be replaced. */
  protect?: string[];
}

function refuse(dir: string, message: string): never {
  throw new InputError([{ file: `--out ${dir}`, line: 0, col: 0, path: '', severity: 'error', message }]);
}

function isSameOrInside(inner: string, outer: string): boolean {
  const r = relative(outer, inner);
  return r === '' || (!r.startsWith('..') && !r.startsWith(sep) && r !== '..');
}

/** Whether the folder was written by kubetwin (holds the marker file). */
export function isReportFolder(dir: string): boolean {
  try {
    return statSync(join(dir, REPORT_MARKER)).isFile();
  } catch {
    return false;
  }
}

/**
 * A report folder of a kubetwin version before the marker: only report files (CSV, JSON, SVG, PNG,
 * HTML), among them timeseries.csv and a summary.json naming its scenario, seed and duration.
 */
function isLegacyReport(dir: string): boolean {
  try {
    const entries = readdirSync(dir, { withFileTypes: true });
    if (!entries.every((e) => e.isFile() && /\.(csv|json|svg|png|html)$/.test(e.name))) return false;
    if (!entries.some((e) => e.name === 'timeseries.csv')) return false;
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as Record<string, unknown>;
    return typeof summary.scenario === 'string' && 'seed' in summary && typeof summary.duration_s === 'number';
  } catch {
    return false;
  }
}

/**
 * Checks that `dir` may receive a report (InputError, exit 2, otherwise). Call it before running,
 * so that nothing is simulated for a folder that would be refused.
 */
export function checkOutFolder(dir: string, opts: OutFolderOptions = {}): void {
  const abs = resolve(dir);
  const never: Array<[string, string]> = [
    [process.cwd(), 'the current folder or one of its parents'],
    [homedir(), 'your home folder or one of its parents'],
    [resolve('/'), 'the root folder'],
  ];
  for (const [p, what] of never) {
    if (isSameOrInside(p, abs))
      refuse(
        dir,
        `is ${what}; kubetwin never replaces it, even with --force (give --out a new or kubetwin-written folder, e.g. reports/NAME)`,
      );
  }
  for (const f of opts.protect ?? []) {
    if (isSameOrInside(resolve(f), abs))
      refuse(dir, `holds ${f}; kubetwin never replaces it, even with --force (choose another --out folder)`);
  }
  let st: ReturnType<typeof lstatSync>;
  try {
    st = lstatSync(abs);
  } catch {
    return; // does not exist yet
  }
  if (opts.force) return;
  if (!st.isDirectory())
    refuse(dir, `exists and is not a folder; kubetwin replaces only folders it wrote itself (pass --force to replace it)`);
  if (isReportFolder(abs) || readdirSync(abs).length === 0 || isLegacyReport(abs)) return;
  refuse(dir, `is a folder kubetwin did not write (no ${REPORT_MARKER} marker); choose another folder or pass --force to replace it`);
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes `.NAME.kubetwin-tmp-PID` / `.NAME.kubetwin-old-PID` folders left in `parent` by killed
 * runs (marker inside, process gone or older than a day). An old report set aside whose place is
 * empty is put back instead of deleted.
 */
export function cleanLeftovers(parent: string): void {
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  for (const n of names) {
    const legacy = LEGACY_TMP.exec(n);
    if (legacy) {
      const full = join(parent, n);
      try {
        if (!processAlive(Number(legacy[2])) && statSync(join(full, 'summary.json')).isFile())
          rmSync(full, { recursive: true, force: true });
      } catch {
        /* not a report temp folder: leave it */
      }
      continue;
    }
    const m = LEFTOVER.exec(n);
    if (!m) continue;
    const full = join(parent, n);
    try {
      // A temp folder is ours once it holds the marker (written first) or while it is still empty;
      // an aside folder whose deletion was cut short (marker already gone) is ours while the new
      // report stands in its place.
      const home = join(parent, m[1]);
      const halfDeletedAside = m[2] === 'old' && isReportFolder(home);
      if (!isReportFolder(full) && !halfDeletedAside && !(m[2] === 'tmp' && readdirSync(full).length === 0)) continue;
      const old = Date.now() - statSync(full).mtimeMs > STALE_MS;
      if (processAlive(Number(m[3])) && !old) continue;
      if (m[2] === 'old' && !existsSync(home)) renameSync(full, home);
      else rmSync(full, { recursive: true, force: true });
    } catch {
      // another run cleans it concurrently, or it is not ours to touch: leave it
    }
  }
}

export interface FolderFile {
  name: string;
  content: string | Buffer;
}

/** Writes `files` into `dir` (checked with checkOutFolder first), keeping the old report until the swap. */
export function writeReportFolder(dir: string, files: FolderFile[], opts: OutFolderOptions = {}): void {
  checkOutFolder(dir, opts);
  const abs = resolve(dir);
  const parent = dirname(abs);
  mkdirSync(parent, { recursive: true });
  cleanLeftovers(parent);
  const base = basename(abs);
  const tmp = join(parent, `.${base}.kubetwin-tmp-${process.pid}`);
  const aside = join(parent, `.${base}.kubetwin-old-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  try {
    writeFileSync(join(tmp, REPORT_MARKER), MARKER_TEXT);
    for (const f of files) {
      mkdirSync(dirname(join(tmp, f.name)), { recursive: true });
      writeFileSync(join(tmp, f.name), f.content);
    }
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  let hadOld = false;
  try {
    lstatSync(abs);
    hadOld = true;
  } catch {
    /* nothing to set aside */
  }
  if (hadOld) {
    // A run killed now leaves the aside copy; cleanLeftovers touches it only if it holds the marker
    // (a kubetwin report), so a --force replacement of user files is never deleted behind the user's back.
    renameSync(abs, aside);
  }
  try {
    renameSync(tmp, abs);
  } catch (e) {
    if (hadOld) renameSync(aside, abs);
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  if (hadOld) rmSync(aside, { recursive: true, force: true });
}
