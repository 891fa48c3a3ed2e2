// Where replications run: in this thread, and with --workers N > 1 also on a tinypool pool of N − 1
// worker threads. This thread is already warm (modules loaded, JIT done) and would otherwise only
// wait, so it takes its share of the runs; each pool thread keeps two runs queued so that it never
// waits for this thread, which is busy while it runs one itself. Every run calls the same
// runReplication, so the numbers do not depend on where a run happened.
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import { runReplication, type ReplicationResult, type ReplicationTask } from './replication.js';

export interface Executor {
  /** How many tasks may be in flight at once. */
  readonly slots: number;
  run(task: ReplicationTask): Promise<ReplicationResult>;
  close(): Promise<void>;
}

export function defaultWorkers(): number {
  return availableParallelism();
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function inProcessExecutor(): Executor {
  return {
    slots: 1,
    run: async (task) => {
      await yieldToEventLoop(); // let progress output and pool messages through between runs
      return runReplication(task);
    },
    close: async () => {},
  };
}

// Compiled (dist/): workers load the compiled worker directly. From sources (tsx, vitest): through
// worker-boot.mjs, which registers the TypeScript loader in the worker thread first.
const FROM_SOURCES = import.meta.url.endsWith('.ts');
const WORKER_ENTRY = new URL(FROM_SOURCES ? './worker-boot.mjs' : '../worker.js', import.meta.url).href;
const QUEUED_PER_THREAD = 2;

function failed(task: ReplicationTask, e: unknown): ReplicationResult {
  // A worker that died (out of memory, …): the replication counts as failed.
  return {
    values: Object.fromEntries(task.metrics.map((m) => [m.name, null])),
    notes: {},
    error: `worker failed: ${e instanceof Error ? e.message : String(e)}`,
  };
}

/** A pool of `threads` worker threads only (this thread just dispatches). */
export function poolExecutor(threads: number): Executor {
  const pool = new Tinypool({
    filename: WORKER_ENTRY,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    concurrentTasksPerWorker: QUEUED_PER_THREAD,
    // A larger young generation: fewer scavenges for the simulation's many short-lived objects.
    resourceLimits: { maxYoungGenerationSizeMb: 32 },
  });
  return {
    slots: threads * QUEUED_PER_THREAD,
    run: async (task) => {
      try {
        return (await pool.run(task)) as ReplicationResult;
      } catch (e) {
        return failed(task, e);
      }
    },
    close: () => pool.destroy(),
  };
}

/** This thread plus a pool of `threads` worker threads. */
export function sharedExecutor(threads: number): Executor {
  const pool = poolExecutor(threads);
  const local = inProcessExecutor();
  let localBusy = false;
  return {
    slots: pool.slots + 1,
    run: async (task) => {
      if (localBusy) return pool.run(task);
      localBusy = true;
      try {
        return await local.run(task);
      } finally {
        localBusy = false;
      }
    },
    close: () => pool.close(),
  };
}

/** `--workers N`: N runs at once — this thread, plus N − 1 worker threads. */
export function executorFor(workers: number): Executor {
  return workers <= 1 ? inProcessExecutor() : sharedExecutor(workers - 1);
}
