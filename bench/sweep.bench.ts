// Sweep throughput: a study of 16 points (1 replication each) with `--workers 1` (this thread only)
// and `--workers 2` (this thread plus one worker thread); also a pool of 1 vs 2 worker threads,
// which pays the same thread start-up on both sides. Target: ≥ 1.6× with 2 workers on 2 cores.
// `cpu_per_wall_1` is the CPU time one sweep uses per second of wall time with one worker: above 1,
// V8's garbage-collector helper threads already use part of the second core, and
// cores / cpu_per_wall_1 bounds what a second worker can add.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadStudyFile } from '../src/study/sweep/load-study.js';
import { poolExecutor } from '../src/study/sweep/executor.js';
import { runSweep, type SweepOptions } from '../src/study/sweep/runner.js';

export const name = 'sweep';

const TARGET = 1.6;

/** Three days of a 40-replica service scaled up and down on a node pool: a second or two per run. */
const SCENARIO = `apiVersion: kubetwin.io/v1alpha1
kind: Scenario
metadata: { name: sweep-bench }
spec:
  seed: 3
  duration: 72h
  sampleInterval: 10s
  nodePools:
    - { name: pool, count: 8, capacity: { cpu: "4", memory: 16Gi } }
  timeline:
    - { at: 20m, scale: { target: deployment/web, replicas: 60 } }
    - { at: 1h, scale: { target: deployment/web, replicas: 30 } }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: 40
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: app
          image: nginx
          resources: { requests: { cpu: 500m, memory: 1Gi } }
`;

const STUDY = `apiVersion: kubetwin.io/v1alpha1
kind: Study
metadata: { name: sweep-bench }
spec:
  scenario: bench.yaml
  replications: 1
  parameters:
    nodes: spec.nodePools[0].count
    cpu: spec.nodePools[0].capacity.cpu
  grid:
    nodes: [6, 8, 10, 12]
    cpu: ["3", "4", "5", "6"]
  metrics:
    - { name: pending_min, path: capacity.pendingPodMinutes }
    - { name: core_hours, path: capacity.cpuCoreHours }
  charts: [{ metric: pending_min, x: nodes }]
`;

let lastCpuPerWall = 0;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  await fn();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(c0);
  lastCpuPerWall = (cpu.user + cpu.system) / 1e6 / seconds;
  return seconds;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export async function run(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'kubetwin-sweep-bench-'));
  try {
    writeFileSync(join(dir, 'bench.yaml'), SCENARIO);
    writeFileSync(join(dir, 'bench.study.yaml'), STUDY);
    const study = loadStudyFile(join(dir, 'bench.study.yaml'));
    const points = study.resolved.points.length;
    let k = 0;
    const sweep = (opts: Omit<SweepOptions, 'out'>) => timed(() => runSweep(study, { ...opts, out: join(dir, `out-${k++}`) }));
    await sweep({ workers: 1 }); // warm-up: JIT, and tsx's transform cache for the worker threads
    await sweep({ executor: poolExecutor(2) });
    const one = await sweep({ workers: 1 });
    const cpuPerWall1 = lastCpuPerWall;
    const two = await sweep({ workers: 2 });
    const pool1 = await sweep({ executor: poolExecutor(1) });
    const pool2 = await sweep({ executor: poolExecutor(2) });
    const speedup = round3(one / two);
    return {
      points,
      cores: availableParallelism(),
      cpu_per_wall_1: round3(cpuPerWall1),
      ceiling: round3(availableParallelism() / cpuPerWall1),
      workers_1: { seconds: round3(one), points_per_s: round3(points / one) },
      workers_2: { seconds: round3(two), points_per_s: round3(points / two) },
      pool_1: { seconds: round3(pool1), points_per_s: round3(points / pool1) },
      pool_2: { seconds: round3(pool2), points_per_s: round3(points / pool2) },
      speedup,
      speedup_pool: round3(pool1 / pool2),
      target: TARGET,
      meets_target: speedup >= TARGET,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
