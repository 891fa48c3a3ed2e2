// Engine throughput on the periodic-timer workload of ../shared/bench/heap-limit.mjs, next to the
// bare typed-array heap measured in the same run (as a child process), best of 3 each.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine } from '../src/engine/engine.js';

export const name = 'engine';

const TIMERS = 100_000;
const HORIZON_S = 3600;
const REPEATS = 3;
const TARGET_RATIO = 0.4;

interface Measure { events: number; seconds: number; events_per_s: number; acc: number }

/**
 * One run of the reference workload on the Engine: N periodic timers, timer i with period
 * 1000 * (1 + i % 10) ms and first call at (i % 1000) ms, each with its own handler (a closure, as
 * real components have), run to the horizon. `acc` sums (i & 1) per call, as the reference does.
 */
export function engineOnce(timers = TIMERS, horizonS = HORIZON_S): Measure {
  const engine = new Engine({ initialCapacity: timers });
  let acc = 0;
  for (let i = 0; i < timers; i++) {
    const odd = i & 1;
    engine.every(1000 * (1 + (i % 10)), () => { acc += odd; }, { start: i % 1000 });
  }
  const t0 = process.hrtime.bigint();
  engine.run(horizonS * 1000);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const events = engine.processed;
  return { events, seconds: round3(seconds), events_per_s: Math.round(events / seconds), acc };
}

function bareOnce(script: string): Measure {
  const r = spawnSync(process.execPath, [script, String(TIMERS), String(HORIZON_S)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bare heap reference failed: ${r.stderr || r.error?.message}`);
  const j = JSON.parse(r.stdout.trim().split('\n').pop() as string) as Measure;
  return { events: j.events, seconds: j.seconds, events_per_s: j.events_per_s, acc: j.acc };
}

function best(runs: Measure[]): Measure {
  return runs.reduce((a, b) => (b.events_per_s > a.events_per_s ? b : a));
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export async function run(): Promise<Record<string, unknown>> {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const script = resolve(repoRoot, '../shared/bench/heap-limit.mjs');
  const haveBare = existsSync(script);
  // Engine and bare runs alternate, so both see the same machine load.
  const engineRuns: Measure[] = [];
  const bareRuns: Measure[] = [];
  for (let k = 0; k < REPEATS; k++) {
    engineRuns.push(engineOnce());
    if (haveBare) bareRuns.push(bareOnce(script));
  }
  const engine = best(engineRuns);
  const result: Record<string, unknown> = { timers: TIMERS, horizon_s: HORIZON_S, best_of: REPEATS, engine };
  if (!haveBare) {
    result.note = `bare heap reference not found at ${script}; ratio skipped`;
    return result;
  }
  const bare = best(bareRuns);
  const ratio = round3(engine.events_per_s / bare.events_per_s);
  Object.assign(result, { bare, ratio, target: TARGET_RATIO, meets_target: ratio >= TARGET_RATIO });
  if (bare.events !== engine.events || bare.acc !== engine.acc) {
    result.note = `workloads differ: engine ${engine.events} events / acc ${engine.acc}, bare ${bare.events} / ${bare.acc}`;
  }
  return result;
}
