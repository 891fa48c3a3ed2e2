// The Dockerfile's steps, played in a temporary folder standing for /app: its COPY steps, the
// compiled dist/ (tsc over src/, as `npm run build` makes it), the dependencies (linked instead of
// `npm ci --omit=dev`: tests have no network), its RUN step that puts `kubetwin` on PATH, then the
// entrypoint runs `--version` and a scenario from another working directory.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';

const ROOT = join(import.meta.dirname, '..', '..');
const lines = readFileSync(join(ROOT, 'Dockerfile'), 'utf8')
  .replace(/\\\n/g, ' ')
  .split('\n')
  .filter((l) => !l.startsWith('#'));
const step = (op: string, re: RegExp) =>
  lines
    .find((l) => l.startsWith(`${op} `) && re.test(l))!
    .slice(op.length + 1)
    .trim();

describe('the Dockerfile recipe, played locally', () => {
  const app = tempDir('kubetwin-image-');
  const bin = join(app, 'bin');
  const entry = JSON.parse(step('ENTRYPOINT', /./)) as string[];
  const local = (p: string) => p.replaceAll('/usr/local/bin/', `${bin}/`).replaceAll(/(?<![\w-])\/app\//g, `${app}/`);

  beforeAll(() => {
    for (const f of step('COPY', /package-lock/)
      .split(/\s+/)
      .slice(0, -1))
      cpSync(join(ROOT, f), join(app, f));
    symlinkSync(join(ROOT, 'node_modules'), join(app, 'node_modules'));
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        extends: join(ROOT, 'tsconfig.json'),
        compilerOptions: { noEmit: false, outDir: join(app, 'dist'), rootDir: join(ROOT, 'src') },
        include: [join(ROOT, 'src')],
      }),
    );
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(app, 'tsconfig.json')]);
    mkdirSync(bin);
    execFileSync('sh', ['-c', local(step('RUN', /\/usr\/local\/bin\/kubetwin/))]);
  }, 300_000);

  it('the entrypoint is the compiled CLI and prints the package version', () => {
    expect(entry[0]).toBe('node');
    expect(existsSync(local(entry[1]))).toBe(true);
    const r = spawnSync(entry[0], [local(entry[1]), '--version'], { cwd: tempDir(), encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  }, 60_000);

  it('`kubetwin` on PATH runs a scenario from another folder (as the Job does in /study)', () => {
    const work = tempDir();
    cpSync(join(ROOT, 'scenarios/node-fit-4u4g.yaml'), join(work, 's.yaml'));
    const r = spawnSync('sh', ['-c', 'exec kubetwin run s.yaml --out out --quiet'], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const f of ['events.csv', 'timeseries.csv', 'summary.json', 'index.html']) expect(existsSync(join(work, 'out', f)), f).toBe(true);
    expect(readFileSync(join(work, 'out/events.csv'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'test/golden/node-fit-4u4g/events.csv'), 'utf8'),
    );
  }, 120_000);
});
