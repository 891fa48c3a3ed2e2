// The package as users get it: `npm pack` holds the compiled dist/ (not the sources), and a scratch
// project with the packed tarball in its node_modules can `import { runScenarioFile } from
// 'kubetwin'` and run the `kubetwin` bin. Dependencies resolve from this checkout's node_modules
// (the scratch folder sits inside it), so the test needs no network. dist/ is built by `npm test`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve('.');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('the packed package', () => {
  let scratch = '';
  let files: string[] = [];

  beforeAll(() => {
    if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` (npm test does)');
    scratch = mkdtempSync(join(root, '.pack-test-'));
    const out = execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], { cwd: root, encoding: 'utf8' });
    const info = JSON.parse(out)[0] as { filename: string; files: Array<{ path: string }> };
    files = info.files.map((f) => f.path);
    const dest = join(scratch, 'node_modules', 'kubetwin');
    mkdirSync(dest, { recursive: true });
    execFileSync('tar', ['-xzf', join(scratch, info.filename), '-C', dest, '--strip-components=1']);
    writeFileSync(join(scratch, 'package.json'), '{"name":"scratch","private":true,"type":"module"}\n');
  }, 120_000);

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('ships the compiled JavaScript, the bin, the schema and the scenarios, not the sources', () => {
    for (const f of [
      'dist/index.js',
      'dist/index.d.ts',
      'dist/cli/main.js',
      'bin/kubetwin.mjs',
      'schema/kubetwin.schema.json',
      'scenarios/node-fit-4u4g.yaml',
    ]) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/'))).toEqual([]);
  });

  it('runs a scenario through `import { runScenarioFile } from "kubetwin"`', () => {
    const script = join(scratch, 'use.mjs');
    const out = join(scratch, 'report');
    writeFileSync(
      script,
      `import { runScenarioFile, FEATURES } from 'kubetwin';
const r = await runScenarioFile(${JSON.stringify(join(root, 'scenarios', 'node-fit-4u4g.yaml'))}, { out: ${JSON.stringify(out)}, charts: false });
console.log(JSON.stringify({ dir: r.dir, expectations: r.expectations.length, passed: r.expectations.every((e) => e.passed), features: FEATURES.length }));
`,
    );
    const r = spawnSync(process.execPath, [script], { cwd: scratch, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({ dir: out, passed: true });
    expect(result.expectations).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).scenario).toBe('node-fit-4u4g');
  });

  it('runs the kubetwin bin from the package', () => {
    const r = spawnSync(
      process.execPath,
      [join(scratch, 'node_modules', 'kubetwin', 'bin', 'kubetwin.mjs'), 'validate', join(root, 'scenarios', 'node-fit-4u4g.yaml')],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('ok');
  });
});
