// Progress when stderr is not a terminal (CI logs, pipes): `run-all` prints one line per finished
// scenario, `sweep` one line per finished point; nothing with --quiet or on a terminal.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioLines } from '../../src/report/progress.js';
import { sweepProgressBar, sweepProgressLine } from '../../src/study/sweep/progress.js';
import { cli, minimalScenario, tempDir, writeTemp } from '../helpers/tmp.js';
import { tieStudy, writeStudy } from '../study/sweep/fixtures.js';

const failing = `
  expectations:
    - name: two pods on the node
      series: node.node-1.pods
      always: true
      equals: 2`;

function capture(isTTY: boolean) {
  const lines: string[] = [];
  return {
    lines,
    io: {
      stdout: () => {},
      stderr: (t: string) => {
        lines.push(t);
      },
      isTTY,
    },
  };
}

describe('progress lines', () => {
  it('run-all prints [i/n] name: status (wall s) per finished scenario', async () => {
    const dir = tempDir();
    const scenarios = join(dir, 'scenarios');
    mkdirSync(scenarios);
    writeTemp('a-pass.yaml', minimalScenario(), scenarios);
    writeTemp('b-fail.yaml', minimalScenario('', failing).replace('name: tiny', 'name: tiny-b'), scenarios);
    const r = await cli('run-all', scenarios, '--out', join(dir, 'out'));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^\[1\/2\] a-pass: ok \(\d+\.\d s\)$/),
      expect.stringMatching(/^\[2\/2\] b-fail: expectation failed \(\d+\.\d s\)$/),
    ]);
    const quiet = await cli('run-all', scenarios, '--out', join(dir, 'out2'), '--quiet');
    expect(quiet.stderr).toBe('');
  });

  it('no scenario lines on a terminal or with --quiet', () => {
    for (const [tty, quiet] of [
      [true, false],
      [false, true],
    ] as const) {
      const c = capture(tty);
      scenarioLines(c.io, quiet, 3)('x', 'ok', 1234);
      expect(c.lines).toEqual([]);
    }
    const c = capture(false);
    const line = scenarioLines(c.io, false, 3);
    line('x', 'ok', 1234);
    line('y', 'bad input', 50);
    expect(c.lines).toEqual(['[1/3] x: ok (1.2 s)\n', '[2/3] y: bad input (0.1 s)\n']);
  });

  it('sweep prints one line per finished point, naming its parameters', async () => {
    const file = writeStudy(tieStudy({ cpus: [2, 3], pods: ['500m', '1'], replications: 2 }));
    const out = join(tempDir(), 'sweep');
    const r = await cli('sweep', file, '--out', out, '--workers', '1');
    expect(r.code).toBe(0);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(4);
    for (const [i, l] of lines.entries())
      expect(l).toMatch(new RegExp(`^\\[${i + 1}/4\\] point \\d \\(cpu=\\d, podCpu=(500m|1)\\): ok \\(\\d+\\.\\d s elapsed\\)$`));
    expect(lines.map((l) => l.match(/point (\d)/)?.[1]).sort()).toEqual(['0', '1', '2', '3']);
    expect(lines[0]).toMatch(/^\[1\/4\] point 0 \(cpu=2, podCpu=500m\): ok/);
    // A re-run reuses every point: one line says so, none per point.
    const again = await cli('sweep', file, '--out', out, '--workers', '1');
    expect(again.stderr).toBe('sweep: 4 of 4 points reused from an earlier run\n');
    const quiet = await cli('sweep', file, '--out', join(tempDir(), 'q'), '--workers', '1', '--quiet');
    expect(quiet.stderr).toBe('');
  });

  it('a point with failed replications says how many', () => {
    const p = {
      total: 6,
      done: 3,
      skipped: 0,
      failures: 2,
      finished: { index: 4, params: { cpu: 3, size: 'big' }, failedReplications: 2 },
    };
    expect(sweepProgressLine(p, 4200)).toBe('[3/6] point 4 (cpu=3, size=big): 2 replications failed (4.2 s elapsed)');
    expect(sweepProgressLine({ ...p, finished: undefined }, 0)).toBeUndefined();
    const c = capture(false);
    sweepProgressBar(c.io, true, 'sweep').update(p);
    expect(c.lines).toEqual([]);
  });
});
