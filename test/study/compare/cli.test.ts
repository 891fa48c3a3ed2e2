// `kubetwin compare` in-process: exit 0 equal, 1 different, 2 bad input.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../../helpers/tmp.js';
import { report, writeReport } from './fixtures.js';

describe('kubetwin compare', () => {
  const root = tempDir();
  const a = writeReport(join(root, 'a'), report);
  const same = writeReport(join(root, 'same'), report);
  const near = writeReport(join(root, 'near'), {
    ...report,
    timeseries: report.timeseries.replace('40,node,node-1,3,', '40,node,node-1,3.5,'),
  });

  it('exits 0 on equal folders', async () => {
    const r = await cli('compare', a, same);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/no difference/);
  });

  it('exits 1 on a difference and prints the first divergence', async () => {
    const r = await cli('compare', a, near);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`A = ${a}\nB = ${near}\n`);
    expect(r.stdout).toMatch(/first divergence at 40 s in series node\.node-1\.pods: A = 3, B = 3\.5/);
  });

  it('--tolerance and --rel-tolerance', async () => {
    expect((await cli('compare', a, near, '--tolerance', '0.5')).code).toBe(0);
    expect((await cli('compare', a, near, '--tolerance', '0.4')).code).toBe(1);
    expect((await cli('compare', a, near, '--rel-tolerance', '0.15')).code).toBe(0);
    const bad = await cli('compare', a, near, '--tolerance', '-1');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/must be numbers ≥ 0/);
  });

  it('exits 2 on a missing folder', async () => {
    const r = await cli('compare', a, join(root, 'missing'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing: no such report folder/);
    expect(r.stdout).toBe('');
  });

  it('has help with examples', async () => {
    const r = await cli('compare', '--help');
    expect(r.stdout).toMatch(/--rel-tolerance/);
    expect(r.stdout).toMatch(/Examples:/);
  });
});
