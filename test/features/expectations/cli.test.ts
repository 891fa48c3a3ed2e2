// `kubetwin run` with expectations (PASS/FAIL lines, summary.json, exit 1) and with --baseline;
// `kubetwin validate` checks series references before anything runs.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, minimalScenario, tempDir, writeTemp } from '../../helpers/tmp.js';

const passing = `
  expectations:
    - name: p1 is bound
      series: cluster.cluster.podsPending
      at: 30s
      equals: 0
    - events: { reason: Scheduled, object: p1 }
      equals: 1`;
const failing = `${passing}
    - name: two pods on the node
      series: node.node-1.pods
      always: true
      equals: 2`;

describe('kubetwin run with expectations', () => {
  it('prints PASS lines, writes the results into summary.json and exits 0', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const r = await cli('run', writeTemp('s.yaml', minimalScenario('', passing), dir), '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^PASS p1 is bound: cluster\.cluster\.podsPending = 0 at 30 s$/m);
    expect(r.stdout).toMatch(/^PASS count of Scheduled on p1 events equals 1: 1 Scheduled on p1 event$/m);
    expect(r.stdout).toMatch(/^all 2 expectations passed$/m);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.expectations).toEqual([
      { name: 'p1 is bound', passed: true, observed: 0, at_s: 30, message: 'cluster.cluster.podsPending = 0 at 30 s' },
      { name: 'count of Scheduled on p1 events equals 1', passed: true, observed: 1, at_s: 0, message: '1 Scheduled on p1 event' },
    ]);
  });

  it('exits 1 when one fails, still writing the report; --quiet prints only failures', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const r = await cli('run', writeTemp('s.yaml', minimalScenario('', failing), dir), '--out', out, '--quiet');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('FAIL two pods on the node: node.node-1.pods = 1 at 0 s, expected always equals 2\n');
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.expectations.map((e: { passed: boolean }) => e.passed)).toEqual([true, true, false]);
  });

  it('an unknown series is bad input with file:line:col, before anything runs', async () => {
    const dir = tempDir();
    const text = minimalScenario('', passing.replace('cluster.cluster.podsPending', 'cluster.cluster.podsPnding'));
    const file = writeTemp('s.yaml', text, dir);
    const line = text.split('\n').findIndex((l) => l.includes('podsPnding')) + 1;
    for (const argv of [
      ['run', file, '--out', join(dir, 'out')],
      ['validate', file],
    ]) {
      const r = await cli(...argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(
        `${file}:${line}:15 spec.expectations[0].series: series kind "cluster" has no column "podsPnding" (did you mean "podsPending"?); cluster columns: podsPending,`,
      );
      expect(r.stderr).toMatch(/1 problem found; nothing was run\./);
    }
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('kubetwin run --baseline', () => {
  it('exits 0 against its own report, 1 against a different one, 2 without a baseline', async () => {
    const dir = tempDir();
    const file = writeTemp('s.yaml', minimalScenario('', passing), dir);
    const base = join(dir, 'base');
    expect((await cli('run', file, '--out', base, '--quiet')).code).toBe(0);
    const same = await cli('run', file, '--out', join(dir, 'again'), '--baseline', base);
    expect(same.code).toBe(0);
    expect(same.stdout).toMatch(/compared with baseline .*: no difference/);

    const changed = join(dir, 'changed');
    cpSync(base, changed, { recursive: true });
    const ts = join(changed, 'timeseries.csv');
    const lines = readFileSync(ts, 'utf8').split('\n');
    const col = lines[0].split(',').indexOf('cpuRequestedMilli');
    const row = lines.findIndex((l) => l.startsWith('20,node,node-1,'));
    const cells = lines[row].split(',');
    cells[col] = '600';
    lines[row] = cells.join(',');
    writeFileSync(ts, lines.join('\n'));
    const diff = await cli('run', file, '--out', join(dir, 'third'), '--baseline', changed, '--quiet');
    expect(diff.code).toBe(1);
    expect(diff.stdout).toMatch(/first divergence at 20 s in series node\.node-1\.cpuRequestedMilli: run = 500, baseline = 600/);

    const missing = await cli('run', file, '--out', join(dir, 'fourth'), '--baseline', join(dir, 'nope'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope: no such report folder/);
    expect(existsSync(join(dir, 'fourth'))).toBe(false);
  });
});
