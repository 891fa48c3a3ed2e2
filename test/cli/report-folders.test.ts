// --out never loses data: only folders kubetwin wrote (marker) are replaced; anything else needs
// --force, and the working, home and root folders and a folder holding the scenario never are.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanLeftovers, REPORT_MARKER, writeReportFolder } from '../../src/report/out-folder.js';
import { cli, minimalScenario, tempDir, writeTemp } from '../helpers/tmp.js';

describe('report folders', () => {
  it('writes a marker into every report folder and replaces its own folder on the next run', async () => {
    const dir = tempDir();
    const file = writeTemp('tiny.yaml', minimalScenario(), dir);
    const out = join(dir, 'out');
    expect((await cli('run', file, '--out', out, '--quiet')).code).toBe(0);
    expect(existsSync(join(out, REPORT_MARKER))).toBe(true);
    writeFileSync(join(out, 'stale.txt'), 'x');
    expect((await cli('run', file, '--out', out, '--quiet')).code).toBe(0);
    expect(existsSync(join(out, 'stale.txt'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['out', 'tiny.yaml']); // no temp or aside folder left
  });

  it('refuses a folder it did not write (exit 2, files kept, nothing run) unless --force', async () => {
    const dir = tempDir();
    const file = writeTemp('tiny.yaml', minimalScenario(), dir);
    const docs = join(dir, 'mydocs');
    mkdirSync(docs);
    writeFileSync(join(docs, 'thesis.txt'), 'precious');
    const r = await cli('run', file, '--out', docs);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^--out .*mydocs is a folder kubetwin did not write \(no \.kubetwin-report marker\).*--force/m);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(docs, 'thesis.txt'), 'utf8')).toBe('precious');
    expect((await cli('run', file, '--out', docs, '--force', '--quiet')).code).toBe(0);
    expect(existsSync(join(docs, 'thesis.txt'))).toBe(false);
    expect(existsSync(join(docs, REPORT_MARKER))).toBe(true);
  });

  it("replaces an older kubetwin's report folder (no marker yet), but not once a foreign file is in it", async () => {
    const dir = tempDir();
    const file = writeTemp('tiny.yaml', minimalScenario(), dir);
    const out = join(dir, 'old');
    mkdirSync(out);
    writeFileSync(join(out, 'summary.json'), JSON.stringify({ scenario: 'tiny', seed: 1, duration_s: 30 }));
    writeFileSync(join(out, 'timeseries.csv'), 'time_s\n');
    writeFileSync(join(out, 'notes.txt'), 'mine');
    expect((await cli('run', file, '--out', out, '--quiet')).code).toBe(2);
    rmSync(join(out, 'notes.txt'));
    expect((await cli('run', file, '--out', out, '--quiet')).code).toBe(0);
    expect(existsSync(join(out, REPORT_MARKER))).toBe(true);
  });

  it('refuses a file given as --out unless --force; an empty folder is fine', async () => {
    const dir = tempDir();
    const file = writeTemp('tiny.yaml', minimalScenario(), dir);
    const keep = writeTemp('keep.yaml', 'mine', dir);
    const r = await cli('run', file, '--out', keep);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/keep\.yaml exists and is not a folder/);
    expect(readFileSync(keep, 'utf8')).toBe('mine');
    mkdirSync(join(dir, 'empty'));
    expect((await cli('run', file, '--out', join(dir, 'empty'), '--quiet')).code).toBe(0);
  });

  for (const [what, out] of [
    ['.', '.'],
    ['the working folder', process.cwd()],
    ['/', '/'],
    ['a parent of the working folder', join(process.cwd(), '..')],
  ] as const) {
    it(`never replaces ${what}, even with --force`, async () => {
      const file = writeTemp('tiny.yaml', minimalScenario());
      const r = await cli('run', file, '--out', out, '--force');
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/kubetwin never replaces it, even with --force/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(join(process.cwd(), 'package.json'))).toBe(true);
    });
  }

  it('never replaces the folder holding the scenario, even with --force', async () => {
    const dir = tempDir();
    const file = writeTemp('tiny.yaml', minimalScenario(), dir);
    for (const out of [dir, join(dir, '..')]) {
      const r = await cli('run', file, '--out', out, '--force');
      expect(r.code).toBe(2);
      // When the temporary folder is also a parent of the working folder (a clone under /tmp),
      // that refusal names the working folder instead; either way nothing is replaced.
      expect(r.stderr).toMatch(/(holds .*tiny\.yaml|is the current folder or one of its parents); kubetwin never replaces it/);
    }
    expect(readFileSync(file, 'utf8')).toBe(minimalScenario());
  });

  it('keeps the old report until the new one is in place; a failed write leaves it untouched', () => {
    const parent = tempDir();
    const out = join(parent, 'r');
    writeReportFolder(out, [{ name: 'a.csv', content: 'old' }]);
    expect(() =>
      writeReportFolder(out, [
        { name: 'a.csv', content: 'new' },
        { name: 'a.csv/x', content: 'boom' },
      ]),
    ).toThrow();
    expect(readFileSync(join(out, 'a.csv'), 'utf8')).toBe('old');
    expect(readdirSync(parent)).toEqual(['r']);
  });

  it('cleans leftovers of killed runs (dead process) and puts a set-aside report back if its place is empty', () => {
    const parent = tempDir();
    const deadPid = 2 ** 22 + 12345; // above Linux's pid_max: no such process
    const tmp = join(parent, `.r.kubetwin-tmp-${deadPid}`);
    const aside = join(parent, `.s.kubetwin-old-${deadPid}`);
    const foreign = join(parent, `.u.kubetwin-old-${deadPid}`); // no marker: a --force victim, never deleted
    const alive = join(parent, `.v.kubetwin-tmp-${process.pid}`);
    const legacy = join(parent, `.r.tmp-${deadPid}`); // an older kubetwin's temp folder
    const notOurs = join(parent, `.x.tmp-${deadPid}`); // same name pattern, no summary.json
    for (const d of [tmp, aside, foreign, alive, legacy, notOurs]) mkdirSync(d);
    writeFileSync(join(legacy, 'summary.json'), '{}');
    for (const d of [tmp, aside, alive]) writeFileSync(join(d, REPORT_MARKER), '');
    writeFileSync(join(aside, 'summary.json'), '{}');
    cleanLeftovers(parent);
    expect(readdirSync(parent).sort()).toEqual([`.u.kubetwin-old-${deadPid}`, `.v.kubetwin-tmp-${process.pid}`, `.x.tmp-${deadPid}`, 's']);
    expect(readFileSync(join(parent, 's', 'summary.json'), 'utf8')).toBe('{}');
  });
});
