// Every `--help` example runs as written: each `.example('$0 …')` in the yargs commands is run
// in-process from a temporary working folder that holds the files the examples name, and must
// exit 0 or 1 (never 2 = bad input, never a crash). Shell parts are played by the test: `> file`
// writes stdout to the file, `*` globs are expanded, and absolute /tmp/… paths land in the folder.
// The folder's scenarios/ holds node-fit-4u4g and diurnal-capacity as shipped and the diurnal study
// cut down to one grid point and one replication (the full study is test/study/sweep/shipped.test.ts's).
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, minimalScenario, tempDir } from '../helpers/tmp.js';
import { TIE_SCENARIO, tieStudy } from '../study/sweep/fixtures.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SOURCES = ['src/cli/cli.ts', 'src/study/sweep/commands.ts'];

/** The command line of every `.example('$0 …', …)` in the CLI sources, in source order. */
function examples(): string[] {
  return SOURCES.flatMap((f) => [...readFileSync(join(ROOT, f), 'utf8').matchAll(/\.example\('\$0 ([^']*)'/g)].map((m) => m[1]));
}

function edited(text: string, from: string, to: string): string {
  expect(text, `fixture edit: ${from}`).toContain(from);
  return text.replace(from, to);
}

function glob(cwd: string, word: string): string[] {
  if (!word.includes('*')) return [word];
  const dir = dirname(word);
  const re = new RegExp(
    `^${word
      .slice(dir.length + 1)
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  const hits = readdirSync(join(cwd, dir))
    .filter((f) => re.test(f))
    .sort()
    .map((f) => join(dir, f));
  expect(hits.length, `${word} matches nothing`).toBeGreaterThan(0);
  return hits;
}

function setUp(cwd: string): void {
  const copy = (from: string, to = from) => cpSync(join(ROOT, from), join(cwd, to), { recursive: true });
  mkdirSync(join(cwd, 'scenarios'));
  copy('scenarios/node-fit-4u4g.yaml');
  copy('test/golden/node-fit-4u4g');
  copy('scenarios/diurnal-capacity.yaml');
  let study = readFileSync(join(ROOT, 'scenarios/diurnal-capacity.study.yaml'), 'utf8');
  for (const [from, to] of [
    ['replications: 3', 'replications: 1'],
    ['nodes: [2, 3, 4]', 'nodes: [3]'],
    ['size: [4, 8]', 'size: [8]'],
    ['target: [50, 70, 90]', 'target: [70]'],
  ]) {
    study = edited(study, from, to);
  }
  writeFileSync(join(cwd, 'scenarios/diurnal-capacity.study.yaml'), study);
  writeFileSync(join(cwd, 's.yaml'), minimalScenario());
  writeFileSync(join(cwd, 'ties.yaml'), TIE_SCENARIO);
  writeFileSync(join(cwd, 's.study.yaml'), tieStudy({ cpus: [2, 3, 4], pods: ['1'], replications: 1 }));
  const t0 = Date.UTC(2024, 4, 1) / 1000;
  const trace = (unit: string, v: (i: number) => number) =>
    ['time,value', ...Array.from({ length: 2000 }, (_, i) => `${t0 + 60 * i},${v(i)}${unit}`)].join('\n');
  writeFileSync(
    join(cwd, 'web-cpu.csv'),
    trace('m', (i) => 200 + (i % 17) * 10),
  );
  writeFileSync(
    join(cwd, 'web-mem.csv'),
    trace('Mi', (i) => 600 + (i % 13)),
  );
  for (const d of ['a', 'b']) copy('test/golden/node-fit-4u4g', `tmp/${d}`);
}

describe('every --help example runs as written', () => {
  const cwd = tempDir('kubetwin-examples-');
  const before = process.cwd();
  beforeAll(() => {
    setUp(cwd);
    process.chdir(cwd);
  });
  afterAll(() => process.chdir(before));

  const all = examples();
  it('finds the examples of every command', () => {
    expect(all.length).toBeGreaterThanOrEqual(16);
    for (const cmd of ['run', 'validate', 'schema', 'compare', 'run-all', 'sweep', 'merge', 'recommend']) {
      expect(
        all.some((e) => e.split(' ')[0] === cmd),
        cmd,
      ).toBe(true);
    }
  });

  for (const example of all) {
    it(`kubetwin ${example}`, async () => {
      // The merge example joins the folders a sharded run wrote: the sweep example's output stands in.
      if (example.startsWith('merge ')) cpSync(join(cwd, 'reports/diurnal-capacity'), join(cwd, 'results/shard-0'), { recursive: true });
      let words = example.split(/\s+/).map((w) => w.replace(/^\/tmp\//, `${cwd}/tmp/`));
      const redirect = words.indexOf('>');
      const into = redirect < 0 ? undefined : words[redirect + 1];
      if (redirect >= 0) words = words.slice(0, redirect);
      const r = await cli(...words.flatMap((w) => glob(cwd, w)));
      expect([0, 1], `exit ${r.code}\n${r.stderr}`).toContain(r.code);
      expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
      if (into) {
        writeFileSync(join(cwd, into), r.stdout);
        expect(r.stdout.length).toBeGreaterThan(0);
      }
    }, 240_000);
  }
});
