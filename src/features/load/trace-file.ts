// Reading a load trace named by a scenario (`curve: { type: trace, file: … }`), confined: the path is
// relative to the scenario's folder and must stay inside it (no absolute path, no `..` or symlink
// leading out) unless a folder given with --allow-path holds it; only regular files (never a
// device such as /dev/zero or a FIFO) of at most MAX_TRACE_BYTES are read.
import { closeSync, fstatSync, openSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Largest trace file read (bytes): a year of per-second samples fits. */
export const MAX_TRACE_BYTES = 64 * 1024 * 1024;

function inside(path: string, folder: string): boolean {
  const r = relative(folder, path);
  return r === '' || (r !== '..' && !r.startsWith(`..${sep}`) && !isAbsolute(r));
}

function real(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

/** The trace's text, or a message saying why it is not read (the caller adds the position). */
export function readTraceFile(scenarioDir: string, file: string, allowPaths: readonly string[] = []): { text: string } | { error: string } {
  const full = resolve(scenarioDir, file);
  const roots = [scenarioDir, ...allowPaths].map((d) => real(resolve(d))).filter((d): d is string => d !== undefined);
  const target = real(full);
  if (target === undefined)
    return { error: `cannot read the trace file ${JSON.stringify(file.length > 80 ? `${file.slice(0, 80)}…` : file)} (not found)` };
  if (!roots.some((r) => inside(target, r))) {
    return {
      error: `the trace file must be inside the scenario's folder${allowPaths.length ? ' or an --allow-path folder' : ''} (no absolute path, "..", or link leading out); pass --allow-path FOLDER to read it from elsewhere`,
    };
  }
  let fd: number;
  try {
    fd = openSync(target, 'r');
  } catch (e) {
    return { error: `cannot read the trace file (${(e as NodeJS.ErrnoException).code})` };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { error: 'the trace file is not a regular file' };
    if (st.size > MAX_TRACE_BYTES) return { error: `the trace file is larger than ${MAX_TRACE_BYTES / 1024 / 1024} MiB` };
    return { text: readFileSync(fd, 'utf8') };
  } catch (e) {
    return { error: `cannot read the trace file (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    closeSync(fd);
  }
}
