// The `sweep` and `merge` commands: flag handling and messages only; the work is in runner.ts,
// merge.ts and job.ts.
import { readInputFile } from '../../scenario/load.js';
import { dirname, join } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { InputError } from '../../scenario/diagnostics.js';
import type { Io } from '../../report/io.js';
import { parseShard } from './shard.js';

// The sweep machinery (worker pool, runner, the simulation) is loaded when a command runs it.
const loadStudy = async (file: string) => (await import('./load-study.js')).loadStudyFile(file);

type Handler = (args: Record<string, unknown>, io: Io) => Promise<number>;

function badFlag(message: string): InputError {
  return new InputError([{ file: 'kubetwin sweep', line: 0, col: 0, path: '', severity: 'error', message }]);
}

function positiveInt(a: Record<string, unknown>, flag: string, fallback: number): number {
  const v = a[flag] === undefined ? fallback : Number(a[flag]);
  if (!Number.isInteger(v) || v < 1) throw badFlag(`--${flag} must be a whole number ≥ 1 (got ${String(a[flag])})`);
  return v;
}

export const sweepCmd: Handler = async (a, io) => {
  const study = await loadStudy(String(a.study)); // bad study: exit 2 before anything runs
  const { defaultWorkers } = await import('./executor.js');
  const { k8sJobYaml } = await import('./job.js');
  const { sweepProgressBar } = await import('./progress.js');
  const { runSweep } = await import('./runner.js');
  const workers = positiveInt(a, 'workers', defaultWorkers());
  if (a['emit-k8s-job']) {
    const shards = positiveInt(a, 'shards', 4);
    io.stdout(
      k8sJobYaml(
        {
          studyFile: String(a.study),
          study: study.resolved,
          shards,
          parallelism: positiveInt(a, 'parallelism', shards),
          workers: a.workers === undefined ? 1 : workers,
          image: a.image as string | undefined,
        },
        join(dirname(String(a.study)), study.resolved.scenario),
      ),
    );
    return 0;
  }
  const shard = a.shard === undefined ? undefined : parseShard(String(a.shard));
  if (typeof shard === 'string') throw badFlag(shard);
  const name = study.resolved.name;
  const out = (a.out as string | undefined) ?? (shard ? `reports/${name}-shard-${shard.index}-of-${shard.count}` : `reports/${name}`);
  const bar = sweepProgressBar(io, Boolean(a.quiet), shard ? `shard ${shard.index}/${shard.count}` : 'sweep');
  const r = await runSweep(study, {
    out,
    workers,
    shard,
    keepRuns: Boolean(a['keep-runs']),
    fresh: Boolean(a.fresh),
    onProgress: bar.update,
  });
  bar.stop();
  const quiet = Boolean(a.quiet);
  const what = `${r.selected} point${r.selected === 1 ? '' : 's'}${shard ? ` (shard ${shard.index}/${shard.count} of ${study.resolved.points.length})` : ''}`;
  if (!quiet) io.stdout(`${name}: ${what}, ${r.ran} run now, ${r.skipped} reused from ${out}\n`);
  if (r.failedReplications)
    io.stderr(
      `${r.failedReplications} replication${r.failedReplications === 1 ? '' : 's'} failed: see the error column of ${out}/replications.csv\n`,
    );
  if (r.complete && !quiet) io.stdout(`study written to ${out}/study.csv (charts and index.html beside it)\n`);
  if (!r.complete && !quiet)
    io.stdout(`this folder holds part of the study; join the shard folders with: kubetwin merge <dirs…> --out reports/${name}\n`);
  return r.failedReplications ? 1 : 0;
};

export const mergeCmd: Handler = async (a, io) => {
  const dirs = a.dirs as string[];
  const { mergeStudies } = await import('./merge.js');
  const r = await mergeStudies(dirs, String(a.out ?? ''));
  if (!a.quiet)
    io.stdout(
      `${r.study.name}: merged ${r.study.points.length} points from ${dirs.length} folder${dirs.length === 1 ? '' : 's'} into ${String(a.out)}/study.csv\n`,
    );
  return 0;
};

type Wrap = (h: Handler) => (args: Record<string, unknown>) => Promise<void>;

/** `kubetwin sweep`, as a yargs command module (cli.ts: `.command(sweepCommand(wrap))`). */
export function sweepCommand(wrap: Wrap): CommandModule {
  return {
    command: 'sweep <study>',
    describe: 'run a study: a grid of parameter values × replications, in parallel, resumable, shardable',
    builder: (y: Argv) =>
      y
        .positional('study', { type: 'string', describe: 'study file (kind: Study)' })
        .option('out', { type: 'string', describe: 'output folder (default reports/<study name>, or …-shard-i-of-N)' })
        .option('workers', { type: 'number', describe: 'runs at once: this thread plus N−1 worker threads (default: number of cores)' })
        .option('shard', { type: 'string', describe: 'run only shard i of N (i/N, i from 0): points whose index ≡ i mod N' })
        .option('keep-runs', { type: 'boolean', default: false, describe: "also write every run's report folder under runs/" })
        .option('fresh', { type: 'boolean', default: false, describe: 'ignore results of earlier runs in the folder' })
        .option('quiet', { type: 'boolean', default: false, describe: 'no progress bar and no summary lines' })
        .option('emit-k8s-job', {
          type: 'boolean',
          default: false,
          describe: 'print a batch/v1 Indexed Job that runs the study as shards, and exit',
        })
        .option('shards', { type: 'number', describe: 'with --emit-k8s-job: completions = shards (default 4)' })
        .option('parallelism', { type: 'number', describe: 'with --emit-k8s-job: pods at once (default: all shards)' })
        .option('image', {
          type: 'string',
          describe:
            'with --emit-k8s-job: container image with kubetwin on PATH, built from the Dockerfile (default ghcr.io/kubetwin/kubetwin:0.1.0)',
        })
        .example('$0 sweep scenarios/diurnal-capacity.study.yaml', 'run the whole study on every core into reports/diurnal-capacity/')
        .example(
          '$0 sweep s.study.yaml --shard 0/3 --out r/0',
          'run the first of three shards (then: kubetwin merge r/0 r/1 r/2 --out r/all)',
        )
        .example('$0 sweep s.study.yaml --emit-k8s-job --shards 8 > job.yaml', 'a Kubernetes Indexed Job running 8 shards')
        .example('$0 sweep s.study.yaml --emit-k8s-job --image registry.example.com/kubetwin:0.1.0', 'the same Job with your own image'),
    handler: wrap(sweepCmd),
  };
}

/** `kubetwin merge`, as a yargs command module. */
export function mergeCommand(wrap: Wrap): CommandModule {
  return {
    command: 'merge <dirs..>',
    describe: "join the output folders of a study's shards into one study.csv",
    builder: (y: Argv) =>
      y
        .positional('dirs', { type: 'string', array: true, describe: 'sweep output folders (shards)' })
        .option('out', { type: 'string', demandOption: true, describe: 'folder for the merged study' })
        .option('quiet', { type: 'boolean', default: false })
        .example('$0 merge results/shard-* --out reports/diurnal-capacity', 'merge the shards a Kubernetes Job wrote'),
    handler: wrap(mergeCmd),
  };
}

/** Whether a file is a study (kind: Study) rather than a scenario: `validate` checks both. */
export function isStudyFile(file: string): boolean {
  try {
    return /^kind:\s*["']?Study["']?\s*$/m.test(readInputFile(file));
  } catch {
    return false;
  }
}

/** `validate` for a study file: throws InputError, or returns the line to print. */
export async function validateStudy(file: string): Promise<string> {
  const s = (await loadStudy(file)).resolved;
  return `${file}: ok (study: ${s.points.length} points × ${s.replications} replications over ${s.scenario})\n`;
}
