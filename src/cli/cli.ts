// The `kubetwin` command line: parses flags, calls the library, sets the exit code. Input and
// output are injected so tests call it in-process.
import yargs, { type Argv } from 'yargs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostic, InputError } from '../scenario/diagnostics.js';
import type { runScenarioFile } from '../run.js';
import { formatResult, formatTally } from '../features/expectations/format.js';
import { CompareInputError } from '../study/compare/errors.js';
import { progressReporter, scenarioLines } from '../report/progress.js';
import { isStudyFile, mergeCommand, sweepCommand, validateStudy } from '../study/sweep/commands.js';
import { processIo, type Io } from '../report/io.js';
import { DEFAULT_LIMITS, type Limits } from '../scenario/bounds.js';
import { packageVersion } from './version.js';

// The library is loaded when a command needs it, so `--help` and `--version` start fast.
const lib = () => import('../run.js');
const compare = () => import('../study/compare/index.js');
const exports = () => import('../report/exports/index.js');

export const EXIT = { ok: 0, expectationFailed: 1, badInput: 2, internalError: 70 } as const;

const STRICT_OPTION = {
  type: 'boolean',
  default: false,
  describe: 'objects of kinds kubetwin does not simulate (ConfigMap, Role, Ingress, CRDs…) are errors, not warnings',
} as const;

type Handler = (args: Record<string, unknown>, io: Io) => Promise<number>;

function printInputError(io: Io, e: InputError, what = 'nothing was run'): number {
  for (const d of e.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
  const n = e.diagnostics.filter((d) => d.severity === 'error').length;
  io.stderr(`${n} problem${n === 1 ? '' : 's'} found; ${what}.\n`);
  return EXIT.badInput;
}

/** A bug in kubetwin, not in the input: one line (the stack only with --debug), exit 70. */
export function printInternalError(io: Io, e: unknown, debug: boolean): number {
  const message = e instanceof Error ? e.message : String(e);
  io.stderr(`kubetwin: internal error: ${message.split('\n')[0]} (run again with --debug for the stack; please report it)\n`);
  if (debug && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
  return EXIT.internalError;
}

/** --max-objects, --max-rows, --allow-path, as the loader takes them (InputError on a bad value). */
function loadLimits(a: Record<string, unknown>): { limits: Partial<Limits>; allowPaths: string[] } {
  const limits: Partial<Limits> = {};
  for (const [flag, key] of [
    ['max-objects', 'maxObjects'],
    ['max-rows', 'maxRows'],
  ] as const) {
    const v = a[flag];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v <= 0) {
      throw new InputError([
        { file: `--${flag}`, line: 0, col: 0, path: '', severity: 'error', message: 'must be a whole number greater than 0' },
      ]);
    }
    limits[key] = v;
  }
  const allow = a['allow-path'];
  return { limits, allowPaths: allow === undefined ? [] : (Array.isArray(allow) ? allow : [allow]).map(String) };
}

const runCmd: Handler = async (a, io) => {
  const quiet = Boolean(a.quiet);
  const baselineDir = a.baseline as string | undefined;
  const { readReport, compareReports, reportTexts, formatComparison } = await compare();
  const baseline = baselineDir === undefined ? undefined : readReport(baselineDir); // bad baseline: exit 2 before running
  const { exportFlags } = await exports();
  const { runScenarioFile } = await lib();
  const exp = exportFlags(a.format as string[] | undefined, a.epoch as string | undefined);
  for (const p of exp.problems) io.stderr(`${p}\n`);
  if (exp.problems.length) return EXIT.badInput;
  const progress = progressReporter(io, quiet);
  let result: Awaited<ReturnType<typeof runScenarioFile>>;
  try {
    result = await runScenarioFile(String(a.scenario), {
      out: a.out as string | undefined,
      seed: a.seed as string | number | undefined,
      set: (a.set as string[] | undefined) ?? [],
      force: Boolean(a.force),
      ...loadLimits(a),
      onProgress: progress.update,
      charts: a.charts !== false,
      strict: Boolean(a.strict),
      formats: exp.formats,
      epochMs: exp.epochMs,
    });
  } finally {
    progress.stop();
  }
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
  if (!(tolerance.absolute >= 0) || !(tolerance.relative >= 0))
    throw new CompareInputError(['--tolerance and --rel-tolerance must be numbers ≥ 0']);
  const { compareDirs, formatComparison } = await compare();
  const diff = compareDirs(String(a.runA), String(a.runB), { tolerance });
  io.stdout(`A = ${String(a.runA)}\nB = ${String(a.runB)}\n${formatComparison(diff)}`);
  return diff.equal ? EXIT.ok : EXIT.expectationFailed;
};

const validateCmd: Handler = async (a, io) => {
  let code: number = EXIT.ok;
  for (const f of a.files as string[]) {
    try {
      if (isStudyFile(f)) {
        io.stdout(await validateStudy(f));
        continue;
      }
      // The loader and the features only: validating needs no simulation and no report.
      const [{ loadScenarioFile }, { FEATURES }] = await Promise.all([import('../scenario/load.js'), import('../features/index.js')]);
      const s = loadScenarioFile(f, FEATURES, { ...loadLimits(a), strict: Boolean(a.strict) });
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

const OUTCOME: Record<number, string> = { 0: 'ok', 1: 'expectation failed', 2: 'bad input', 70: 'internal error' };

/** Runs every scenario of a folder, whatever happens to the others; exits with the worst code. */
const runAllCmd: Handler = async (a, io) => {
  const dir = String(a.dir);
  const { exportFlags } = await exports();
  const exp = exportFlags(a.format as string[] | undefined, a.epoch as string | undefined);
  for (const p of exp.problems) io.stderr(`${p}\n`);
  if (exp.problems.length) return EXIT.badInput;
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => /\.(ya?ml|json)$/.test(f) && !f.includes('.study.'))
      .sort();
  } catch (e) {
    throw new InputError([
      { file: dir, line: 0, col: 0, path: '', severity: 'error', message: `cannot read the folder (${(e as NodeJS.ErrnoException).code})` },
    ]);
  }
  if (!files.length)
    throw new InputError([
      { file: dir, line: 0, col: 0, path: '', severity: 'error', message: 'holds no scenario files (*.yaml, *.yml, *.json)' },
    ]);
  const outcomes: Array<[string, number]> = [];
  const finished = scenarioLines(io, Boolean(a.quiet), files.length);
  for (const f of files) {
    const file = join(dir, f);
    const started = performance.now();
    let code: number;
    try {
      code = await runCmd(
        { ...a, scenario: file, out: a.out ? join(String(a.out), f.replace(/\.(ya?ml|json)$/, '')) : undefined, set: [] },
        io,
      );
    } catch (e) {
      code = e instanceof InputError ? printInputError(io, e, `${file} was not run`) : printInternalError(io, e, Boolean(a.debug));
    }
    outcomes.push([file, code]);
    finished(f.replace(/\.(ya?ml|json)$/, ''), OUTCOME[code] ?? `exit ${code}`, performance.now() - started);
  }
  const width = Math.max(4, ...outcomes.map(([f]) => f.length));
  io.stdout(`\n${'file'.padEnd(width)}  outcome\n`);
  for (const [f, c] of outcomes) io.stdout(`${f.padEnd(width)}  ${OUTCOME[c] ?? `exit ${c}`}\n`);
  const worst = Math.max(...outcomes.map(([, c]) => c));
  const n = (c: number) => outcomes.filter(([, x]) => x === c).length;
  io.stdout(`${outcomes.length} scenarios: ${n(0)} ok, ${n(1)} expectation failed, ${n(2)} bad input, ${n(70)} internal error\n`);
  return worst;
};

const limitOptions = {
  'max-objects': { type: 'number', describe: `refuse runs holding more objects (default ${DEFAULT_LIMITS.maxObjects})` },
  'max-rows': { type: 'number', describe: `refuse runs recording more timeseries rows (default ${DEFAULT_LIMITS.maxRows})` },
  'allow-path': { type: 'string', array: true, describe: "a folder load traces may be read from besides the scenario's own (repeatable)" },
} as const;

const EXPORT_OPTIONS = {
  format: {
    type: 'string',
    array: true,
    describe: 'also write openmetrics (metrics.om) and/or parquet (timeseries-<kind>.parquet, events.parquet); repeatable or comma list',
  },
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
      } else code = printInternalError(io, e, Boolean(args.debug));
    }
  };
  const cli: Argv = yargs()
    .scriptName('kubetwin')
    .usage('kubetwin — a digital twin of a Kubernetes cluster on a virtual clock\n\nUsage: $0 <command> [options]')
    .command(
      'run <scenario>',
      'run a scenario file and write its report folder',
      (y) =>
        y
          .positional('scenario', { type: 'string', describe: 'scenario file (YAML or JSON)' })
          .option('out', { type: 'string', describe: 'report folder (default reports/<scenario name>)' })
          .option('seed', { type: 'string', describe: 'override the scenario seed' })
          .option('set', { type: 'string', array: true, describe: 'override a field: path=value (repeatable)' })
          .option('quiet', { type: 'boolean', default: false, describe: 'no progress bar, no summary line, only failed expectations' })
          .option('charts', {
            type: 'boolean',
            default: true,
            describe: 'draw charts and index.html; --no-charts writes only the CSV files and summary.json',
          })
          .option('baseline', {
            type: 'string',
            describe: 'compare the report with this folder (e.g. test/golden/<name>); exit 1 on a difference',
          })
          .option('force', {
            type: 'boolean',
            default: false,
            describe:
              'replace an existing --out path kubetwin did not write (never the current, home or root folder, nor one holding the scenario)',
          })
          .options(limitOptions)
          .option('strict', STRICT_OPTION)
          .options(EXPORT_OPTIONS)
          .example('$0 run scenarios/node-fit-4u4g.yaml --format openmetrics,parquet', 'also write metrics.om and Parquet files')
          .example('$0 run scenarios/node-fit-4u4g.yaml', 'run the 4U4G node-fit example into reports/node-fit-4u4g/')
          .example('$0 run scenarios/node-fit-4u4g.yaml --baseline test/golden/node-fit-4u4g', 'run and compare with the golden baseline')
          .example('$0 run scenarios/node-fit-4u4g.yaml --seed 7 --out /tmp/r', 'another seed, another folder')
          .example('$0 run s.yaml --set spec.duration=2h --set node/node-1.status.capacity.cpu=8', 'override fields')
          .example(
            '$0 run scenarios/node-fit-4u4g.yaml --no-charts',
            'CSV files and summary.json only (large clusters: no chart rendering)',
          ),
      wrap(runCmd),
    )
    .command(
      'validate <files..>',
      'check scenario files without running them (exit 2 on any problem)',
      (y) =>
        y
          .positional('files', { type: 'string', array: true, describe: 'scenario files' })
          .options(limitOptions)
          .option('strict', STRICT_OPTION)
          .example(
            '$0 validate --strict scenarios/node-fit-4u4g.yaml',
            'also fail on objects kubetwin accepts but does not simulate (ConfigMap, Ingress…)',
          )
          .example('$0 validate scenarios/*.yaml', 'check every bundled scenario'),
      wrap(validateCmd),
    )
    .command(
      'schema',
      'print the JSON Schema of scenario documents (for editors)',
      (y) => y.example('$0 schema > kubetwin.schema.json', 'the same file ships as schema/kubetwin.schema.json'),
      wrap(async (_a, io) => {
        io.stdout((await lib()).scenarioJsonSchemaText());
        return EXIT.ok;
      }),
    )
    .command(
      'compare <runA> <runB>',
      'compare two report folders (exit 1 on a behaviour change, 2 on bad input)',
      (y) =>
        y
          .positional('runA', { type: 'string', describe: 'report folder (or golden baseline) A' })
          .positional('runB', { type: 'string', describe: 'report folder (or golden baseline) B' })
          .option('tolerance', { type: 'number', default: 0, describe: 'absolute numeric tolerance (|a-b| <= t counts as equal)' })
          .option('rel-tolerance', { type: 'number', default: 0, describe: 'relative numeric tolerance (|a-b| <= r*max(|a|,|b|))' })
          .example('$0 compare reports/node-fit-4u4g test/golden/node-fit-4u4g', 'did behaviour change against the golden baseline?')
          .example('$0 compare /tmp/a /tmp/b --rel-tolerance 1e-9', 'ignore floating-point noise'),
      wrap(compareCmd),
    )
    .command(
      'run-all [dir]',
      'run every scenario in a folder (default scenarios/) into reports/',
      (y) =>
        y
          .positional('dir', { type: 'string', default: 'scenarios' })
          .option('out', { type: 'string', describe: 'root folder for the reports (default reports/)' })
          .option('quiet', { type: 'boolean', default: false })
          .option('charts', {
            type: 'boolean',
            default: true,
            describe: 'draw charts and index.html; --no-charts writes only the CSV files and summary.json',
          })
          .option('force', { type: 'boolean', default: false, describe: 'replace existing report paths kubetwin did not write' })
          .options(limitOptions)
          .options(EXPORT_OPTIONS)
          .example('$0 run-all', 'what `npm start` does')
          .example('$0 run-all --no-charts', 'every scenario, CSV files and summary.json only'),
      wrap(runAllCmd),
    )
    .command(sweepCommand(wrap))
    .command(mergeCommand(wrap))
    .command(
      'recommend <trace>',
      'recommend a request and limit from a per-minute usage trace (CSV time,value)',
      (y) =>
        y
          .positional('trace', { type: 'string', describe: 'CSV of time,value rows (time: seconds or ISO date-time; value: a quantity)' })
          .option('resource', { type: 'string', choices: ['cpu', 'memory'], default: 'cpu', describe: 'what the values measure' })
          .option('current-request', { type: 'string', describe: "the container's current request (no recommendation below it)" })
          .option('current-limit', { type: 'string', describe: "the container's current limit (no recommendation below it)" })
          .example('$0 recommend web-cpu.csv --current-request 250m', 'Request = P95 of the last 7 days, Limit = 2 × Request')
          .example('$0 recommend web-mem.csv --resource memory --current-request 512Mi', 'the same for memory'),
      wrap(async (a, io) =>
        (await import('../study/recommend/index.js')).recommendCommand(
          {
            trace: String(a.trace),
            resource: a.resource as string | undefined,
            currentRequest: a['current-request'] as string | undefined,
            currentLimit: a['current-limit'] as string | undefined,
          },
          io.stdout,
        ),
      ),
    )
    .option('debug', { type: 'boolean', default: false, describe: 'print the stack of an internal error (exit 70)' })
    .demandCommand(1, 'name a command: run, validate, compare, run-all, sweep, merge, recommend')
    .strict()
    .help()
    .alias('h', 'help')
    .version('version', 'print the kubetwin version', packageVersion())
    .epilogue(
      'Exit codes: 0 ok, 1 a scenario expectation failed or a comparison found a difference, 2 bad input (nothing written), 70 internal error (a kubetwin bug: please report it).',
    )
    .exitProcess(false)
    .wrap(Math.min(110, process.stdout.columns ?? 100));

  let failed = false;
  try {
    await cli.parseAsync(argv, {}, (err, _args, output) => {
      if (output) (err ? io.stderr : io.stdout)(`${output}\n`);
      if (err) failed = true;
    });
  } catch (e) {
    return printInternalError(io, e, argv.includes('--debug')); // outside any command handler
  }
  return failed ? EXIT.badInput : code;
}
