import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, minimalScenario, tempDir, writeTemp } from '../helpers/tmp.js';

describe('kubetwin CLI', () => {
  it('run writes timeseries.csv, events.csv and summary.json', async () => {
    const dir = tempDir();
    const file = writeTemp('tiny.yaml', minimalScenario(), dir);
    const out = join(dir, 'out');
    const r = await cli('run', file, '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(expect.arrayContaining(['events.csv', 'summary.json', 'timeseries.csv']));
    expect(readFileSync(join(out, 'events.csv'), 'utf8').split('\n')[0]).toBe('time_s,object_kind,object,reason,message');
    expect(readFileSync(join(out, 'timeseries.csv'), 'utf8').split('\n')[0]).toMatch(/^time_s,object_kind,object,/);
  });

  for (const [what, edit] of [
    ['a typo', (s: string) => s.replace('requests:', 'requsts:')],
    ['a negative request', (s: string) => s.replace('cpu: 500m', 'cpu: "-500m"')],
    ['a bad name', (s: string) => s.replace('name: p1', 'name: P_1')],
    ['a YAML syntax error', (s: string) => s.replace('duration: 30s', 'duration: "30s')],
  ] as const) {
    it(`exits 2 on ${what}, prints file:line:col and writes no report`, async () => {
      const dir = tempDir();
      const file = writeTemp('bad.yaml', edit(minimalScenario()), dir);
      const out = join(dir, 'out');
      const r = await cli('run', file, '--out', out);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ `, 'm'));
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(dir)).toEqual(['bad.yaml']);
    });
  }

  it('validate checks several files and exits 2 if any is bad', async () => {
    const dir = tempDir();
    const good = writeTemp('good.yaml', minimalScenario(), dir);
    const bad = writeTemp('bad.yaml', minimalScenario().replace('image: nginx', 'image: nginx\n      imagePolicy: x'), dir);
    const ok = await cli('validate', good);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/good\.yaml: ok/);
    const r = await cli('validate', good, bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:\d+:\d+ spec\.containers\[0\]\.imagePolicy: unknown field "imagePolicy"/);
  });

  it('a missing file is bad input, not a crash', async () => {
    const r = await cli('run', '/nonexistent/x.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^\/nonexistent\/x\.yaml file not found/m);
  });

  it('--help lists the commands with examples; unknown flags are bad input', async () => {
    const h = await cli('--help');
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/run <scenario>/);
    expect(h.stdout).toMatch(/validate <files\.\.>/);
    const rh = await cli('run', '--help');
    expect(rh.stdout).toMatch(/Examples:/);
    const bad = await cli('run', 'x.yaml', '--bogus');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Unknown argument: bogus/);
  });

  it('run --no-charts writes the same data files and no chart or index.html; with charts they are there', async () => {
    const dir = tempDir();
    const file = writeTemp('tiny.yaml', minimalScenario(), dir);
    const plain = join(dir, 'plain');
    const full = join(dir, 'full');
    expect((await cli('run', file, '--out', plain, '--no-charts')).code).toBe(0);
    expect((await cli('run', file, '--out', full)).code).toBe(0);
    const data = readdirSync(plain)
      .filter((f) => !f.startsWith('.'))
      .sort(); // .kubetwin-report marks a folder kubetwin wrote
    expect(data.every((f) => f.endsWith('.csv') || f === 'summary.json')).toBe(true);
    expect(data).toEqual(expect.arrayContaining(['events.csv', 'summary.json', 'timeseries.csv']));
    const all = readdirSync(full);
    expect(all).toContain('index.html');
    expect(all.some((f) => f.endsWith('.vl.json'))).toBe(true);
    for (const f of data) expect(readFileSync(join(plain, f), 'utf8')).toBe(readFileSync(join(full, f), 'utf8'));
  });

  it('run-all --no-charts passes the flag to every scenario', async () => {
    const dir = tempDir();
    const scenarios = join(dir, 'sc');
    mkdirSync(scenarios);
    writeTemp('a.yaml', minimalScenario(), scenarios);
    writeTemp('b.yaml', minimalScenario(), scenarios);
    const out = join(dir, 'out');
    const r = await cli('run-all', scenarios, '--out', out, '--no-charts', '--quiet');
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['a', 'b']);
    for (const d of ['a', 'b']) {
      const files = readdirSync(join(out, d));
      expect(files).toContain('summary.json');
      expect(files.some((f) => f.endsWith('.html') || f.endsWith('.vl.json') || f.endsWith('.svg'))).toBe(false);
    }
  });

  it('--seed and --set reach the run', async () => {
    const dir = tempDir();
    const file = writeTemp('tiny.yaml', minimalScenario(), dir);
    const out = join(dir, 'o');
    const r = await cli('run', file, '--out', out, '--seed', '99', '--set', 'spec.duration=45s');
    expect(r.code).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.seed).toBe('99');
    expect(summary.duration_s).toBe(45);
  });
});
