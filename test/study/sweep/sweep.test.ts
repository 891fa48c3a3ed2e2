// The sweep's promises: study.csv is byte-identical for --workers 1, --workers 2 and a 3-way shard +
// merge; a sweep stopped midway and re-run completes without re-running finished points and gives
// the same bytes as an uninterrupted run.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadStudyFile } from '../../../src/study/sweep/load-study.js';
import { runSweep } from '../../../src/study/sweep/runner.js';
import { inProcessExecutor, type Executor } from '../../../src/study/sweep/executor.js';
import { cli } from '../../helpers/tmp.js';
import { TIE_SCENARIO, tieStudy, writeStudy } from './fixtures.js';

const read = (dir: string, name = 'study.csv') => readFileSync(join(dir, name), 'utf8');

/** An in-process executor that counts the replications it runs. */
function counting(): Executor & { count: number } {
  const inner = inProcessExecutor();
  const ex = {
    ...inner,
    count: 0,
    run: (t: Parameters<Executor['run']>[0]) => {
      ex.count += 1;
      return inner.run(t);
    },
  };
  return ex;
}

describe('kubetwin sweep', () => {
  let file: string;
  let base: string;
  let single: string;
  beforeAll(async () => {
    file = writeStudy(tieStudy({ cpus: [2, 3, 4], pods: ['500m', '1'], replications: 4 }));
    base = dirname(file);
    single = join(base, 'w1');
    const r = await cli('sweep', file, '--out', single, '--workers', '1');
    // stderr is not a terminal here: only one progress line per finished point.
    const progress = r.stderr.split('\n').filter(Boolean);
    expect(progress).toHaveLength(6);
    for (const l of progress) expect(l).toMatch(/^\[\d\/6\] point \d .*: ok /);
    expect(r.code).toBe(0);
  });

  it('writes one row per point with mean, sd and 95 % CI per metric', () => {
    const lines = read(single).trim().split('\n');
    expect(lines[0]).toBe(
      'point,cpu,podCpu,replications,failures,' +
        ['pods_on_a', 'requested_a', 'late_wait_s', 'all_expected']
          .flatMap((m) => ['mean', 'sd', 'ci95_low', 'ci95_high'].map((s) => `${m}_${s}`))
          .join(','),
    );
    expect(lines).toHaveLength(7);
    expect(lines[1]).toMatch(/^0,2,500m,4,0,/);
    expect(lines[6]).toMatch(/^5,4,1,4,0,/);
    expect(readdirSync(join(single, 'points'))).toHaveLength(6);
    // The seed matters (the scheduler breaks ties at random): replications differ somewhere.
    const reps = read(single, 'replications.csv').trim().split('\n').slice(1);
    expect(reps).toHaveLength(24);
    const byPoint = new Map<string, Set<string>>();
    for (const r of reps) {
      const [point, , , , , podsOnA] = r.split(',');
      byPoint.set(point, (byPoint.get(point) ?? new Set()).add(podsOnA));
    }
    expect([...byPoint.values()].some((s) => s.size > 1)).toBe(true);
    for (const f of ['index.html', 'summary.json', 'study.json', 'pods_on_a-vs-cpu.svg', 'pods_on_a-vs-cpu.vl.json']) {
      expect(existsSync(join(single, f)), f).toBe(true);
    }
  });

  it('the mean and CI in study.csv are those of the replications', () => {
    const reps = read(single, 'replications.csv')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const values = reps.filter((r) => r[0] === '3').map((r) => Number(r[5]));
    const row = read(single).trim().split('\n')[4].split(',').map(Number);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(row[5]).toBeCloseTo(mean, 10);
    const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1));
    expect(row[6]).toBeCloseTo(sd, 10);
    expect(row[8] - row[5]).toBeCloseTo((3.18244631 * sd) / 2, 6); // t(0.975, 3) · sd / √4
  });

  it('--workers 2 (worker threads) gives the same bytes', async () => {
    const out = join(base, 'w2');
    const r = await cli('sweep', file, '--out', out, '--workers', '2');
    expect(r.code).toBe(0);
    for (const f of ['study.csv', 'replications.csv', 'summary.json', 'pods_on_a-vs-cpu.svg', 'index.html'])
      expect(read(out, f), f).toBe(read(single, f));
    expect(readdirSync(join(out, 'points')).sort()).toEqual(readdirSync(join(single, 'points')).sort());
    for (const p of readdirSync(join(out, 'points'))) expect(read(join(out, 'points'), p)).toBe(read(join(single, 'points'), p));
  });

  it('three shards and merge give the same study.csv', async () => {
    const dirs = [0, 1, 2].map((i) => join(base, `shard-${i}`));
    for (const [i, d] of dirs.entries()) {
      const r = await cli('sweep', file, '--out', d, '--workers', '1', '--shard', `${i}/3`);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/join the shard folders/);
      expect(existsSync(join(d, 'study.csv'))).toBe(false);
      expect(readdirSync(join(d, 'points'))).toHaveLength(2);
    }
    const merged = join(base, 'merged');
    const r = await cli('merge', ...dirs, '--out', merged);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const f of ['study.csv', 'replications.csv', 'summary.json', 'index.html']) expect(read(merged, f), f).toBe(read(single, f));
  });

  it('merge refuses incomplete or mismatched folders (exit 2)', async () => {
    const partial = await cli('merge', join(base, 'shard-0'), join(base, 'shard-1'), '--out', join(base, 'bad-merge'));
    expect(partial.code).toBe(2);
    expect(partial.stderr).toMatch(/2 of 6 points have no result in these folders: 2, 5/);
    const other = writeStudy(tieStudy({ cpus: [2, 3, 4], pods: ['500m', '1'], replications: 2 }));
    await cli('sweep', other, '--out', join(dirname(other), 'o'), '--workers', '1', '--shard', '2/3');
    const mixed = await cli(
      'merge',
      join(base, 'shard-0'),
      join(base, 'shard-1'),
      join(dirname(other), 'o'),
      '--out',
      join(base, 'bad-merge'),
    );
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/holds a different study/);
    const none = await cli('merge', join(base, 'nothing-here'), '--out', join(base, 'bad-merge'));
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no study.json/);
    expect(existsSync(join(base, 'bad-merge'))).toBe(false);
  });

  it('stopped after 2 points, a re-run runs only the other 4 and writes the same bytes', async () => {
    const study = loadStudyFile(file);
    const out = join(base, 'resumed');
    const first = counting();
    const a = await runSweep(study, { out, executor: first, stopAfter: 2 });
    expect(a).toMatchObject({ stopped: true, complete: false, ran: 2 });
    expect(first.count).toBe(8); // 2 points × 4 replications
    expect(existsSync(join(out, 'study.csv'))).toBe(false);
    const kept = readdirSync(join(out, 'points')).sort();
    expect(kept).toEqual(['p000000.json', 'p000001.json']);
    const mtimes = kept.map((p) => statSync(join(out, 'points', p)).mtimeMs);

    const second = counting();
    const b = await runSweep(study, { out, executor: second });
    expect(b).toMatchObject({ stopped: false, complete: true, ran: 4, skipped: 2 });
    expect(second.count).toBe(16); // only the 4 unfinished points
    expect(kept.map((p) => statSync(join(out, 'points', p)).mtimeMs)).toEqual(mtimes);
    for (const f of ['study.csv', 'replications.csv', 'summary.json']) expect(read(out, f), f).toBe(read(single, f));

    const third = counting();
    const c = await runSweep(study, { out, executor: third });
    expect(c).toMatchObject({ ran: 0, skipped: 6, complete: true });
    expect(third.count).toBe(0);
  });

  it('a changed base scenario invalidates the stored points; --fresh ignores them', async () => {
    const out = join(base, 'changed');
    const copy = writeStudy(tieStudy({ cpus: [2, 3, 4], pods: ['500m', '1'], replications: 4 }));
    await runSweep(loadStudyFile(copy), { out, executor: counting() });
    expect(read(out)).toBe(read(single));
    writeFileSync(join(dirname(copy), 'ties.yaml'), TIE_SCENARIO.replace('seed: 5', 'seed: 6'));
    const changed = counting();
    await runSweep(loadStudyFile(copy), { out, executor: changed });
    expect(changed.count).toBe(24);
    expect(read(out)).not.toBe(read(single));
    const fresh = counting();
    await runSweep(loadStudyFile(copy), { out, executor: fresh, fresh: true });
    expect(fresh.count).toBe(24);
  });
});
