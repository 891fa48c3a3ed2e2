// Engine throughput on the periodic-timer workload of shared/bench/heap-limit.mjs, next to that
// bare typed-array heap measured in the same run, best of 3 each. Two variants:
//   aligned: timer i first fires at (i % 1000) ms, exactly as the reference does (timers share
//            few timestamps, 100 per bucket);
//   random:  timer i first fires at a seeded random offset in [0, period), so timestamps are
//            scattered (about 10 timers per millisecond, each rescheduled at a random moment).
// Every measurement runs in its own child process, so its CPU seconds and peak RSS are its own.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Engine } from '../src/engine/engine.js';
import { randomStream } from '../src/engine/random.js';

export const name = 'engine';

const TIMERS = 100_000;
const HORIZON_S = Number(process.env.ENGINE_BENCH_HORIZON_S ?? 3600); // shorter for a quick look
const REPEATS = 3;
const TARGET_RATIO = 0.6; // issue 13: the engine within 0.6x of the bare heap on both variants
const VARIANTS = ['aligned', 'random'] as const;
type Variant = (typeof VARIANTS)[number];

interface Measure {
  events: number;
  seconds: number;
  events_per_s: number;
  cpu_s: number;
  peak_rss_mib: number;
  acc: number;
}

const here = fileURLToPath(import.meta.url);

/**
 * One run on the Engine: N periodic timers, timer i with period 1000 * (1 + i % 10) ms, each with
 * its own handler (a closure, as real components have), run to the horizon. `acc` sums (i & 1)
 * per call, as the reference does. CPU seconds cover setup and run, as for the reference.
 */
export function engineOnce(variant: Variant, timers = TIMERS, horizonS = HORIZON_S): Measure {
  const c0 = process.cpuUsage();
  const engine = new Engine({ initialCapacity: timers });
  const offsets = randomStream('engine-bench', 'first-offsets');
  let acc = 0;
  for (let i = 0; i < timers; i++) {
    const odd = i & 1;
    const period = 1000 * (1 + (i % 10));
    const start = variant === 'aligned' ? i % 1000 : offsets.int(0, period);
    engine.every(
      period,
      () => {
        acc += odd;
      },
      { start },
    );
  }
  const t0 = process.hrtime.bigint();
  engine.run(horizonS * 1000);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const events = engine.processed;
  return { events, seconds: round3(seconds), events_per_s: Math.round(events / seconds), ...usage(c0), acc };
}

function usage(c0: NodeJS.CpuUsage): { cpu_s: number; peak_rss_mib: number } {
  const c = process.cpuUsage(c0);
  return { cpu_s: round3((c.user + c.system) / 1e6), peak_rss_mib: Math.round(process.resourceUsage().maxRSS / 1024) };
}

function child(args: string[]): string {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`${args.at(-3) ?? ''} failed: ${r.stderr || r.error?.message}`);
  return r.stdout;
}

// The engine run in a child started like this process (tsx's loader flags are in execArgv).
function engineChild(variant: Variant): Measure {
  return JSON.parse(child([...process.execArgv, here, 'child', variant]).trim()) as Measure;
}

// The reference file itself, imported by a small wrapper that adds its CPU seconds and peak RSS.
function bareChild(script: string): Measure {
  const wrapper = `const c0 = process.cpuUsage(); process.argv = [process.argv[0], ${JSON.stringify(script)}, '${TIMERS}', '${HORIZON_S}'];
await import(${JSON.stringify(pathToFileURL(script).href)});
const c = process.cpuUsage(c0);
console.log(JSON.stringify({ cpu_s: (c.user + c.system) / 1e6, peak_rss_mib: Math.round(process.resourceUsage().maxRSS / 1024) }));`;
  const lines = child(['--input-type=module', '-e', wrapper, 'bare', 'heap', 'reference']).trim().split('\n');
  const j = JSON.parse(lines.at(-2) as string) as Measure;
  const u = JSON.parse(lines.at(-1) as string) as { cpu_s: number; peak_rss_mib: number };
  return {
    events: j.events,
    seconds: j.seconds,
    events_per_s: j.events_per_s,
    cpu_s: round3(u.cpu_s),
    peak_rss_mib: u.peak_rss_mib,
    acc: j.acc,
  };
}

// shared/bench/heap-limit.mjs next to this checkout or any directory above it (worktrees).
function findReference(): string | undefined {
  for (let dir = resolve(dirname(here), '..'); ; dir = dirname(dir)) {
    const f = resolve(dir, 'shared/bench/heap-limit.mjs');
    if (existsSync(f)) return f;
    if (dirname(dir) === dir) return undefined;
  }
}

function best(runs: Measure[]): Measure {
  return runs.reduce((a, b) => (b.events_per_s > a.events_per_s ? b : a));
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export async function run(): Promise<Record<string, unknown>> {
  const script = findReference();
  // Engine and bare runs alternate, so all see the same machine load.
  const runs: Record<string, Measure[]> = { aligned: [], random: [], bare: [] };
  for (let k = 0; k < REPEATS; k++) {
    for (const v of VARIANTS) runs[v].push(engineChild(v));
    if (script) runs.bare.push(bareChild(script));
  }
  const result: Record<string, unknown> = { timers: TIMERS, horizon_s: HORIZON_S, best_of: REPEATS };
  for (const v of VARIANTS) result[`engine_${v}`] = best(runs[v]);
  if (!script) {
    result.note = 'bare heap reference shared/bench/heap-limit.mjs not found above this checkout; ratios skipped';
    return result;
  }
  const bare = best(runs.bare);
  result.bare_heap = bare;
  for (const v of VARIANTS) {
    const ratio = round3((result[`engine_${v}`] as Measure).events_per_s / bare.events_per_s);
    result[`ratio_${v}`] = ratio;
    result[`meets_target_${v}`] = ratio >= TARGET_RATIO;
  }
  result.target = TARGET_RATIO;
  const aligned = result.engine_aligned as Measure;
  if (bare.events !== aligned.events || bare.acc !== aligned.acc) {
    result.note = `aligned workloads differ: engine ${aligned.events} events / acc ${aligned.acc}, bare ${bare.events} / ${bare.acc}`;
  }
  return result;
}

if (process.argv[1] === here && process.argv[2] === 'child') {
  const v = process.argv[3] as Variant;
  if (!VARIANTS.includes(v)) throw new Error(`unknown variant ${v}`);
  process.stdout.write(`${JSON.stringify(engineOnce(v))}\n`);
}
