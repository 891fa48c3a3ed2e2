// A real kill: the CLI process is SIGKILLed while it writes point results; a re-run reuses every
// point file the killed run finished, runs only the rest, and writes the uninterrupted bytes.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inProcessExecutor, type Executor } from '../../../src/study/sweep/executor.js';
import { loadStudyFile } from '../../../src/study/sweep/load-study.js';
import { runSweep } from '../../../src/study/sweep/runner.js';
import { tieStudy, writeStudy } from './fixtures.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a sweep killed midway', () => {
  it('resumes without re-running finished points', async () => {
    const file = writeStudy(tieStudy({ cpus: [2, 3, 4, 5], pods: ['250m', '500m', '1'], replications: 4 }));
    const out = join(dirname(file), 'killed');
    const child = spawn(process.execPath, [resolve('bin/kubetwin.mjs'), 'sweep', file, '--out', out, '--workers', '1', '--quiet'], {
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
    const pointsDir = join(out, 'points');
    const finished = () => (existsSync(pointsDir) ? readdirSync(pointsDir).filter((f) => f.endsWith('.json')).length : 0);
    for (let i = 0; i < 1500 && finished() < 3; i++) await sleep(20);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const before = finished();
    expect(before).toBeGreaterThanOrEqual(3);
    expect(before).toBeLessThan(12);
    expect(existsSync(join(out, 'study.csv'))).toBe(false);

    let runs = 0;
    const inner = inProcessExecutor();
    const counting: Executor = {
      ...inner,
      run: (t) => {
        runs += 1;
        return inner.run(t);
      },
    };
    const study = loadStudyFile(file);
    const r = await runSweep(study, { out, executor: counting });
    expect(r).toMatchObject({ complete: true, skipped: before, ran: 12 - before });
    expect(runs).toBe((12 - before) * 4);
    expect(readdirSync(pointsDir).filter((f) => !f.endsWith('.json'))).toEqual([]); // no temporary leftovers

    const clean = join(dirname(file), 'clean');
    await runSweep(study, { out: clean, workers: 1 });
    for (const f of ['study.csv', 'replications.csv'])
      expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(clean, f), 'utf8'));
  });
});
