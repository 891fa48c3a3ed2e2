// Golden baselines: for every shipped scenario, test/golden/<scenario name>/ holds the report files
// a comparison reads. Baselines are only ever rewritten on request (npm run golden:update).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ExpectationResult } from '../../features/expectations/types.js';
import { loadScenarioFile, runLoaded, type LoadOptions } from '../../run.js';
import { compareReports, type ReportDiff } from './compare.js';
import { formatComparison } from './format.js';
import { COMPARED_FILES, readReport, reportTexts, type ReportTexts } from './report.js';

export const GOLDEN_ROOT = join('test', 'golden');
export const SCENARIOS_DIR = 'scenarios';

/** Scenario files that ship (and so need a baseline), sorted; study files are not scenarios. */
export function shippedScenarios(dir = SCENARIOS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => /\.(ya?ml|json)$/.test(f) && !f.includes('.study.'))
    .sort()
    .map((f) => join(dir, f));
}

export interface GoldenRun {
  /** The scenario name (metadata.name): the baseline folder's name. */
  name: string;
  texts: ReportTexts;
  expectations: ExpectationResult[];
}

/** Runs a scenario (optionally with `--set` overrides) and keeps the files a baseline holds. */
export async function goldenRun(file: string, opts: Pick<LoadOptions, 'set'> = {}): Promise<GoldenRun> {
  const scenario = loadScenarioFile(file, opts);
  const result = await runLoaded(scenario, { charts: false });
  return { name: scenario.manifest.metadata.name, texts: reportTexts(result.files), expectations: result.expectations };
}

export interface GoldenCheck {
  ok: boolean;
  /** Why it failed, ready to print: the missing baseline or the first divergence. */
  message: string;
  diff?: ReportDiff;
}

const LABELS = { a: 'run', b: 'golden' };

export function checkGolden(run: GoldenRun, root = GOLDEN_ROOT): GoldenCheck {
  const dir = join(root, run.name);
  if (!existsSync(dir)) {
    return {
      ok: false,
      message: `${run.name} has no golden baseline (${dir}): run \`npm run golden:update ${run.name}\`, review the new files and commit them`,
    };
  }
  const diff = compareReports(run.texts, readReport(dir), { labels: LABELS });
  if (diff.equal) return { ok: true, message: `${run.name}: equal to ${dir}`, diff };
  return {
    ok: false,
    diff,
    message:
      `${run.name} differs from its golden baseline ${dir}:\n${formatComparison(diff, LABELS)}` +
      `If the change is intended, run \`npm run golden:update ${run.name}\` and review the diff (git diff ${root}).`,
  };
}

const FILE_OF: Record<(typeof COMPARED_FILES)[number], keyof ReportTexts> = {
  'timeseries.csv': 'timeseries',
  'events.csv': 'events',
  'summary.json': 'summary',
};

/** Writes a baseline; returns the files whose content changed (all of them for a new baseline). */
export function writeGolden(run: GoldenRun, root = GOLDEN_ROOT): string[] {
  const dir = join(root, run.name);
  mkdirSync(dir, { recursive: true });
  const changed: string[] = [];
  for (const f of COMPARED_FILES) {
    const path = join(dir, f);
    const content = run.texts[FILE_OF[f]];
    if (existsSync(path) && readFileSync(path, 'utf8') === content) continue;
    writeFileSync(path, content);
    changed.push(f);
  }
  return changed;
}

/** Picks scenario files by scenario name or file name (with or without extension); all when none given. */
export function selectScenarios(
  files: string[],
  names: string[],
  nameOf: (file: string) => string,
): { files: string[]; unknown: string[] } {
  if (names.length === 0) return { files, unknown: [] };
  const stem = (f: string) => basename(f).replace(/\.(ya?ml|json)$/, '');
  const picked = files.filter((f) => names.some((n) => n === stem(f) || n === basename(f) || n === nameOf(f)));
  const unknown = names.filter((n) => !files.some((f) => n === stem(f) || n === basename(f) || n === nameOf(f)));
  return { files: picked, unknown };
}
