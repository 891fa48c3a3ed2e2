// `kubetwin sweep`: runs a study's points (or one shard of them) on an executor, writes one result
// file per finished point, skips points whose result is already there, and — once every point of
// the study has a result in the folder — writes study.csv, the charts and the study page.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { executorFor, type Executor } from './executor.js';
import { writeStudyOutputs } from './outputs.js';
import type { ReplicationTask } from './replication.js';
import {
  jsonText,
  POINTS_DIR,
  readPointResult,
  readResults,
  removeTempFiles,
  STUDY_JSON,
  writeAtomically,
  writePointResult,
  type ReplicationRecord,
} from './results.js';
import { inShard, type Shard } from './shard.js';
import type { Study, StudyPoint } from './types.js';

export interface SweepProgress {
  /** Points of this run (this shard) in all. */
  total: number;
  /** Points with a result: reused ones plus those finished now. */
  done: number;
  /** Points reused from an earlier run. */
  skipped: number;
  /** Replications that failed so far. */
  failures: number;
  /** The point whose result was just written (absent for the first report, before any finished). */
  finished?: { index: number; params: StudyPoint['params']; failedReplications: number };
}

export interface SweepOptions {
  out: string;
  /** 1 (or 0): in this thread; N > 1: a pool of N worker threads. */
  workers?: number;
  shard?: Shard;
  /** Also write each replication's report folder under `runs/`. */
  keepRuns?: boolean;
  /** Ignore (delete) earlier point results. */
  fresh?: boolean;
  onProgress?: (p: SweepProgress) => void;
  /** Stop as if killed once this many points were written in this run (tests). */
  stopAfter?: number;
  /** Replaces the executor chosen from `workers` (tests). */
  executor?: Executor;
}

export interface SweepOutcome {
  /** Points in this run (shard). */
  selected: number;
  ran: number;
  skipped: number;
  failedReplications: number;
  stopped: boolean;
  /** Every point of the study has a result in the folder (study.csv was written). */
  complete: boolean;
  files: string[];
}

function task(study: Study, point: StudyPoint, r: number, opts: SweepOptions): ReplicationTask {
  return {
    file: study.scenarioFile,
    text: study.scenarioText,
    set: point.set,
    seed: point.seeds[r],
    metrics: study.resolved.metrics,
    ...(opts.keepRuns ? { keepDir: join(opts.out, 'runs', `p${String(point.index).padStart(6, '0')}-r${r}`) } : {}),
  };
}

export async function runSweep(study: Study, opts: SweepOptions): Promise<SweepOutcome> {
  const { out } = opts;
  const resolved = study.resolved;
  if (opts.fresh) rmSync(join(out, POINTS_DIR), { recursive: true, force: true });
  mkdirSync(join(out, POINTS_DIR), { recursive: true });
  removeTempFiles(out);
  writeAtomically(join(out, STUDY_JSON), jsonText(resolved));

  const selected = resolved.points.filter((p) => inShard(p, opts.shard));
  const pending = selected.filter((p) => !readPointResult(out, p));
  const progress: SweepProgress = {
    total: selected.length,
    done: selected.length - pending.length,
    skipped: selected.length - pending.length,
    failures: 0,
  };
  opts.onProgress?.({ ...progress });

  const tasks = pending.flatMap((p) => p.seeds.map((_, r) => ({ point: p, r })));
  const collected = new Map<number, { records: ReplicationRecord[]; missing: number }>();
  let next = 0;
  let written = 0;
  let stopped = false;
  // No more threads than runs to do (none when every point is already there).
  const executor = opts.executor ?? executorFor(Math.min(opts.workers ?? 1, tasks.length));
  const slot = async () => {
    while (!stopped && next < tasks.length) {
      const { point, r } = tasks[next++];
      const result = await executor.run(task(study, point, r, opts));
      if (stopped) return; // killed: work finishing now is lost, as it would be
      const entry = collected.get(point.index) ?? {
        records: new Array<ReplicationRecord>(point.seeds.length),
        missing: point.seeds.length,
      };
      collected.set(point.index, entry);
      entry.records[r] = { seed: point.seeds[r], ...result };
      entry.missing -= 1;
      if (result.error !== undefined) progress.failures += 1;
      if (entry.missing > 0) continue;
      writePointResult(out, { index: point.index, key: point.key, params: point.params, replications: entry.records });
      collected.delete(point.index);
      written += 1;
      progress.done += 1;
      const failedReplications = entry.records.filter((x) => x.error !== undefined).length;
      opts.onProgress?.({ ...progress, finished: { index: point.index, params: point.params, failedReplications } });
      if (opts.stopAfter !== undefined && written >= opts.stopAfter) stopped = true;
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, executor.slots) }, slot));
  } finally {
    await executor.close();
  }

  const outcome: SweepOutcome = {
    selected: selected.length,
    ran: written,
    skipped: progress.skipped,
    failedReplications: progress.failures,
    stopped,
    complete: false,
    files: [],
  };
  if (stopped) return outcome;
  const results = readResults(out, resolved);
  if (results.size === resolved.points.length) {
    outcome.complete = true;
    outcome.files = await writeStudyOutputs(out, resolved, results);
  }
  return outcome;
}
