// The `kubetwin` command line: parses flags, calls the library, sets the exit code. Input and
// output are injected so tests call it in-process.
import yargs, { type Argv } from 'yargs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostic, InputError } from '../scenario/diagnostics.js';
import { loadScenarioFile, runScenarioFile, scenarioJsonSchemaText } from '../run.js';
import { formatResult, formatTally } from '../features/expectations/format.js';
import { compareDirs, compareReports, CompareInputError, formatComparison, readReport, reportTexts } from '../study/compare/index.js';
import { progressReporter } from '../report/progress.js';
import { exportFlags } from '../report/exports/index.js';
import { isStudyFile, mergeCommand, sweepCommand, validateStudy } from '../study/sweep/commands.js';
import { recommendCommand } from '../study/recommend/index.js';
import { processIo, type Io } from '../report/io.js';

export const EXIT = { ok: 0, expectationFailed: 1, badInput: 2 } as const;

type Handler = (args: Record<string, unknown>, io: Io) => Promise<number>;

function printInputError(io: Io, e: InputError): number {
  for (const d of e.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
  const n = e.diagnostics.filter((d) => d.severity === 'error').length;
  io.stderr(`${n} problem${n === 1 ? '' : 's'} found; nothing was run.\n`);
  return EXIT.badInput;
}

const runCmd: Handler = async (a, io) => {
  const quiet = Boolean(a.quiet);
  const baselineDir = a.baseline as string | undefined;
  const baseline = baselineDir === undefined ? undefined : readReport(baselineDir); // bad baseline: exit 2 before running
  const exp = exportFlags(a.format as string[] | undefined, a.epoch as string | undefined);
  for (const p of exp.problems) io.stderr(`${p}\n`);
  if (exp.problems.length) return EXIT.badInput;
  const progress = progressReporter(io, quiet);
  const result = await runScenarioFile(String(a.scenario), {
    formats: exp.formats, epochMs: exp.epochMs,
    out: a.out as string | undefined, seed: a.seed as string | number | undefined, set: (a.set as string[] | undefined) ?? [],
    onProgress: progress.update,
  });
  progress.stop();
  for (const w of result.scenario.warnings.filter((d) => d.severity === 'warning')) io.stderr(`${formatDiagnostic(w)}\n`);
  if (!quiet) io.stdout(`${result.scenario.manifest.metadata.name}: report written to ${result.dir}\n`);
  for (const r of result.expectations) if (!quiet || !r.passed) io.stdout(`${formatResult(r)}\n`);
  if (result.expectations.length && !quiet) io.stdout(`${formatTally(result.expectations)}\n`);
  let code: number = result.expectations.every((r) => r.passed) ? EXIT.ok : EXIT.expectationFailed;
  if (baseline) {
    const labels = { a: 'run', b: 'baseline' };
    const diff = compareReports(reportTexts(result.files), baseline, { labels });
    if (!diff.equal || !quiet) io.stdout(`compared with baseline ${baselineDir}: ${formatComparison(diff, labels)}`);
    if (!diff.equal) code = EXIT.expectationFailed;
  }
  return code;
};

const compareCmd: Handler = async (a, io) => {
  const tolerance = { absolute: Number(a.tolerance ?? 0), relative: Number(a['rel-tolerance'] ?? 0) };
  if (!(tolerance.absolute >= 0) || !(tolerance.relative >= 0)) throw new CompareInputError(['--tolerance and --rel-tolerance must be numbers ≥ 0']);
  const diff = compareDirs(String(a.runA), String(a.runB), { tolerance });
  io.stdout(`A = ${String(a.runA)}\nB = ${String(a.runB)}\n${formatComparison(diff)}`);
  return diff.equal ? EXIT.ok : EXIT.expectationFailed;
};

const validateCmd: Handler = async (a, io) => {
  let code: number = EXIT.ok;
  for (const f of a.files as string[]) {
    try {
      if (isStudyFile(f)) { io.stdout(validateStudy(f)); continue; }
      const s = loadScenarioFile(f);
      for (const w of s.warnings) io.stderr(`${formatDiagnostic(w)}\n`);
      io.stdout(`${f}: ok (${s.objects.length} objects, ${s.manifest.spec.timeline.length} timeline entries)\n`);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      printInputError(io, e);
      code = EXIT.badInput;
    }
  }
  return code;
};

const runAllCmd: Handler = async (a, io) => {
  const dir = String(a.dir);
  const exp = exportFlags(a.format as string[] | undefined, a.epoch as string | undefined);
  for (const p of exp.problems) io.stderr(`${p}\n`);
  if (exp.problems.length) return EXIT.badInput;
  const files = readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f) && !f.includes('.study.')).sort();
  let worst: number = EXIT.ok;
  for (const f of files) {
    const code = await runCmd({ scenario: join(dir, f), out: a.out ? join(String(a.out), f.replace(/\.(ya?ml|json)$/, '')) : undefined, quiet: a.quiet, set: [], format: a.format, epoch: a.epoch }, io);
    worst = Math.max(worst, code);
  }
  return worst;
};

const EXPORT_OPTIONS = {
  format: { type: 'string', array: true, describe: 'also write openmetrics (metrics.om) and/or parquet (timeseries-<kind>.parquet, events.parquet); repeatable or comma list' },
  epoch: { type: 'string', describe: 'wall time of virtual time 0 in metrics.om (default 1970-01-01T00:00:00Z)' },
} as const;

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let code: number = EXIT.ok;
  const wrap = (h: Handler) => async (args: Record<string, unknown>) => {
    try {
      code = await h(args, io);
    } catch (e) {
      if (e instanceof InputError) code = printInputError(io, e);
      else if (e instanceof CompareInputError) {
        for (const p of e.problems) io.stderr(`${p}\n`);
        code = EXIT.badInput;
      } else throw e;
    }
  };
  const cli: Argv = yargs()
    .scriptName('kubetwin')
    .usage('kubetwin — a digital twin of a Kubernetes cluster on a virtual clock\n\nUsage: $0 <command> [options]')
    .command('run <scenario>', 'run a scenario file and write its report folder', (y) => y
      .positional('scenario', { type: 'string', describe: 'scenario file (YAML or JSON)' })
      .option('out', { type: 'string', describe: 'report folder (default reports/<scenario name>)' })
      .option('seed', { type: 'string', describe: 'override the scenario seed' })
      .option('set', { type: 'string', array: true, describe: 'override a field: path=value (repeatable)' })
      .option('quiet', { type: 'boolean', default: false, describe: 'no progress bar, no summary line, only failed expectations' })
      .option('baseline', { type: 'string', describe: 'compare the report with this folder (e.g. test/golden/<name>); exit 1 on a difference' })
      .options(EXPORT_OPTIONS)
      .example('$0 run scenarios/cpu-spike-hpa.yaml --format openmetrics,parquet', 'also write metrics.om and Parquet files')
      .example('$0 run scenarios/node-fit-4u4g.yaml', 'run the 4U4G node-fit example into reports/node-fit-4u4g/')
      .example('$0 run scenarios/node-fit-4u4g.yaml --baseline test/golden/node-fit-4u4g', 'run and compare with the golden baseline')
      .example('$0 run scenarios/node-fit-4u4g.yaml --seed 7 --out /tmp/r', 'another seed, another folder')
      .example('$0 run s.yaml --set spec.duration=2h --set node/node-1.status.capacity.cpu=8', 'override fields'),
    wrap(runCmd))
    .command('validate <files..>', 'check scenario files without running them (exit 2 on any problem)', (y) => y
      .positional('files', { type: 'string', array: true, describe: 'scenario files' })
      .example('$0 validate scenarios/*.yaml', 'check every bundled scenario'),
    wrap(validateCmd))
    .command('schema', 'print the JSON Schema of scenario documents (for editors)', (y) => y
      .example('$0 schema > kubetwin.schema.json', 'the same file ships as schema/kubetwin.schema.json'),
    wrap(async (_a, io) => { io.stdout(scenarioJsonSchemaText()); return EXIT.ok; }))
    .command('compare <runA> <runB>', 'compare two report folders (exit 1 on a behaviour change, 2 on bad input)', (y) => y
      .positional('runA', { type: 'string', describe: 'report folder (or golden baseline) A' })
      .positional('runB', { type: 'string', describe: 'report folder (or golden baseline) B' })
      .option('tolerance', { type: 'number', default: 0, describe: 'absolute numeric tolerance (|a-b| <= t counts as equal)' })
      .option('rel-tolerance', { type: 'number', default: 0, describe: 'relative numeric tolerance (|a-b| <= r*max(|a|,|b|))' })
      .example('$0 compare reports/node-fit-4u4g test/golden/node-fit-4u4g', 'did behaviour change against the golden baseline?')
      .example('$0 compare /tmp/a /tmp/b --rel-tolerance 1e-9', 'ignore floating-point noise'),
    wrap(compareCmd))
    .command('run-all [dir]', 'run every scenario in a folder (default scenarios/) into reports/', (y) => y
      .positional('dir', { type: 'string', default: 'scenarios' })
      .option('out', { type: 'string', describe: 'root folder for the reports (default reports/)' })
      .option('quiet', { type: 'boolean', default: false })
      .options(EXPORT_OPTIONS)
      .example('$0 run-all', 'what `npm start` does'),
    wrap(runAllCmd))
    .command(sweepCommand(wrap))
    .command(mergeCommand(wrap))
    .command('recommend <trace>', 'recommend a request and limit from a per-minute usage trace (CSV time,value)', (y) => y
      .positional('trace', { type: 'string', describe: 'CSV of time,value rows (time: seconds or ISO date-time; value: a quantity)' })
      .option('resource', { type: 'string', choices: ['cpu', 'memory'], default: 'cpu', describe: 'what the values measure' })
      .option('current-request', { type: 'string', describe: "the container's current request (no recommendation below it)" })
      .option('current-limit', { type: 'string', describe: "the container's current limit (no recommendation below it)" })
      .example('$0 recommend web-cpu.csv --current-request 250m', 'Request = P95 of the last 7 days, Limit = 2 × Request')
      .example('$0 recommend web-mem.csv --resource memory --current-request 512Mi', 'the same for memory'),
    wrap(async (a, io) => recommendCommand({ trace: String(a.trace), resource: a.resource as string | undefined,
      currentRequest: a['current-request'] as string | undefined, currentLimit: a['current-limit'] as string | undefined }, io.stdout)))
    .demandCommand(1, 'name a command: run, validate, compare, run-all, sweep, merge, recommend')
    .strict()
    .help()
    .alias('h', 'help')
    .version(false)
    .epilogue('Exit codes: 0 ok, 1 a scenario expectation failed or a comparison found a difference, 2 bad input (nothing written).')
    .exitProcess(false)
    .wrap(Math.min(110, process.stdout.columns ?? 100));

  let failed = false;
  await cli.parseAsync(argv, {}, (err, _args, output) => {
    if (output) (err ? io.stderr : io.stdout)(`${output}\n`);
    if (err) failed = true;
  });
  return failed ? EXIT.badInput : code;
}
