// Exit codes everywhere: 0 ok, 1 an expectation failed, 2 bad input (with positions, no stack),
// 70 internal error (one line; the stack only with --debug). Inputs that used to crash are bad input.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../../src/cli/main.js';
import { cli, minimalScenario, tempDir, writeTemp } from '../helpers/tmp.js';

const noStack = /\n\s+at /;
const fit = readFileSync('scenarios/node-fit-4u4g.yaml', 'utf8');

async function validate(text: string, ...flags: string[]) {
  const file = writeTemp('s.yaml', text);
  return { file, ...(await cli('validate', file, ...flags)) };
}

describe('exit codes', () => {
  it('a duration or sample interval beyond the engine clock is refused by validate with a position', async () => {
    const d = await validate(fit.replace('duration: 60s', 'duration: 999999999999h'));
    expect(d.code).toBe(2);
    expect(d.stderr).toMatch(/s\.yaml:\d+:13 spec\.duration: "999999999999h" is longer than 1000000h/);
    const s = await validate(fit.replace('sampleInterval: 5s', 'sampleInterval: 999999999999h'));
    expect(s.code).toBe(2);
    expect(s.stderr).toMatch(/s\.yaml:\d+:19 spec\.sampleInterval: "999999999999h" is longer than 1000000h/);
    const file = writeTemp('r.yaml', fit.replace('duration: 60s', 'duration: 999999999999h'));
    const r = await cli('run', file, '--out', join(tempDir(), 'out'));
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(noStack);
  });

  it('a 1,000-level nested file is bad input with a clear message, in block and flow style', async () => {
    let block = '';
    for (let i = 0; i < 1000; i++) block += `${'  '.repeat(i)}a:\n`;
    for (const text of [block, `${'['.repeat(1000)}${']'.repeat(1000)}`, `x: ${'{a: '.repeat(150)}1${'}'.repeat(150)}`]) {
      const r = await validate(text);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/s\.yaml:\d+:\d+ nested more than 100 levels deep/);
      expect(r.stderr).not.toMatch(noStack);
    }
  });

  it('a file over 16 MiB, a device and a folder are bad input, never read', async () => {
    const big = join(tempDir(), 'big.yaml');
    writeFileSync(big, `# ${'x'.repeat(16 * 1024 * 1024)}\n`);
    for (const [f, msg] of [
      [big, 'is larger than 16 MiB'],
      ['/dev/zero', 'is not a regular file'],
      [tempDir(), 'is not a regular file'],
    ]) {
      const r = await cli('validate', f);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${f} ${msg}`);
    }
  });

  it('recommend refuses a device or a folder as its trace (exit 2), never reads it', async () => {
    for (const f of ['/dev/zero', tempDir()]) {
      const r = await cli('recommend', f);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${f} is not a regular file`);
    }
  });

  it('an internal error is one line and exit 70; the stack only with --debug', async () => {
    const boom = {
      stdout: () => {
        throw new Error('disk on fire');
      },
      stderr: (t: string) => {
        err += t;
      },
      isTTY: false,
    };
    let err = '';
    expect(await runMain(['schema'], boom)).toBe(70);
    expect(err).toBe('kubetwin: internal error: disk on fire (run again with --debug for the stack; please report it)\n');
    err = '';
    expect(await runMain(['schema', '--debug'], boom)).toBe(70);
    expect(err).toMatch(/^kubetwin: internal error: disk on fire .*\nError: disk on fire\n\s+at /);
    err = '';
    expect(await runMain(['--help'], boom)).toBe(70); // thrown outside any command handler
    expect(err).toMatch(/^kubetwin: internal error: disk on fire/);
  });
});

describe('run-all', () => {
  it('runs every file, prints a summary table and exits with the worst code', async () => {
    const dir = tempDir();
    writeTemp('a-ok.yaml', minimalScenario(), dir);
    writeTemp('b-bad.yaml', minimalScenario().replace('cpu: 500m', 'cpu: "-1"'), dir);
    writeTemp(
      'c-fails.yaml',
      minimalScenario(
        '',
        `
  expectations:
    - { name: impossible, series: cluster.cluster.podsPending, at: 10s, equals: 5 }`,
      ).replace('name: tiny', 'name: tiny-fails'),
      dir,
    );
    const out = join(tempDir(), 'reports');
    const r = await cli('run-all', dir, '--out', out, '--quiet');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/b-bad\.yaml was not run\./);
    expect(r.stderr).not.toMatch(/nothing was run/);
    expect(r.stdout).toMatch(/a-ok\.yaml\s+ok\n.*b-bad\.yaml\s+bad input\n.*c-fails\.yaml\s+expectation failed\n/);
    expect(r.stdout).toMatch(/3 scenarios: 1 ok, 1 expectation failed, 1 bad input, 0 internal error/);
    expect(readFileSync(join(out, 'c-fails', 'summary.json'), 'utf8')).toMatch(/impossible/);
  });

  it('an empty or missing folder is bad input', async () => {
    expect((await cli('run-all', tempDir())).code).toBe(2);
    expect((await cli('run-all', '/nonexistent-kubetwin')).code).toBe(2);
  });
});
