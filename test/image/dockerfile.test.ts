// The container image recipe cannot rot silently: the Dockerfile's steps are parsed and checked
// against the repository (the files it copies exist and are not docker-ignored, `npm ci` will
// accept the lock file, the entrypoint is the compiled CLI, the runtime user is not root, and
// `kubetwin` is on PATH for the command the Indexed Job runs).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_IMAGE, SHARD_COMMAND } from '../../src/study/sweep/job.js';
import { cli } from '../helpers/tmp.js';
import { tieStudy, writeStudy } from '../study/sweep/fixtures.js';

const ROOT = join(import.meta.dirname, '..', '..');
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');

interface Step {
  op: string;
  args: string;
}

/** Dockerfile instructions: comments dropped, `\` continuations joined. */
function parseDockerfile(text: string): Step[] {
  const joined = text
    .split('\n')
    .filter((l) => !/^\s*#/.test(l))
    .join('\n')
    .replace(/\\\n/g, ' ');
  return joined
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [, op, args] = /^(\w+)\s+(.*)$/.exec(l) ?? [];
      return { op: op.toUpperCase(), args: args.trim() };
    });
}

const steps = parseDockerfile(read('Dockerfile'));
const all = (op: string) => steps.filter((s) => s.op === op);
const index = (pred: (s: Step) => boolean) => steps.findIndex(pred);
const pkg = JSON.parse(read('package.json')) as { version: string; bin: Record<string, string>; dependencies: Record<string, string> };
const workdir = all('WORKDIR').at(-1)!.args;
const entrypoint = JSON.parse(all('ENTRYPOINT').at(-1)!.args) as string[];

describe('Dockerfile', () => {
  it('parses continuations and comments', () => {
    expect(parseDockerfile('# c\nFROM x\nRUN a \\\n  && b\n')).toEqual([
      { op: 'FROM', args: 'x' },
      { op: 'RUN', args: 'a    && b' },
    ]);
  });

  it('starts from Node 20 slim, as package.json "engines" allows', () => {
    expect(steps[0]).toEqual({ op: 'FROM', args: 'node:20-slim' });
    expect(JSON.parse(read('package.json')).engines.node).toMatch(/^>=20\./);
  });

  it('copies package.json and package-lock.json, then installs production dependencies with npm ci', () => {
    const copyPkg = index((s) => s.op === 'COPY' && /\bpackage\.json\b/.test(s.args) && /\bpackage-lock\.json\b/.test(s.args));
    const install = index((s) => s.op === 'RUN' && /\bnpm ci --omit=dev\b/.test(s.args));
    expect(copyPkg).toBeGreaterThan(0);
    expect(install).toBeGreaterThan(copyPkg);
    expect(index((s) => s.op === 'COPY' && /\bdist\//.test(s.args))).toBeGreaterThan(install); // dependency layer first
  });

  it('every file it copies exists (dist/ is the compiled src/) and is not docker-ignored', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    const sources = all('COPY').flatMap((s) => s.args.split(/\s+/).slice(0, -1));
    expect(sources).toEqual(['package.json', 'package-lock.json', 'dist/']);
    for (const src of sources) {
      expect(
        ignored.some((p) => src === p || src.startsWith(`${p.replace(/\/$/, '')}/`)),
        `${src} is docker-ignored`,
      ).toBe(false);
      if (src === 'dist/')
        expect(read('.gitignore')).toMatch(/^\/?dist\/?$/m); // built, never committed
      else expect(existsSync(join(ROOT, src)), src).toBe(true);
    }
  });

  it('npm ci will accept the lock file: same name, version and dependencies as package.json', () => {
    const lock = JSON.parse(read('package-lock.json')) as {
      version: string;
      packages: Record<string, { version: string; dependencies: Record<string, string> }>;
    };
    expect(lock.version).toBe(pkg.version);
    expect(lock.packages[''].dependencies).toEqual(pkg.dependencies);
    for (const name of Object.keys(pkg.dependencies))
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(pkg.dependencies[name]);
  });

  it('the entrypoint is the compiled CLI, dist/cli/main.js (from src/cli/main.ts), the file "bin" points to', () => {
    expect(workdir).toBe('/app');
    expect(entrypoint).toEqual(['node', `${workdir}/dist/cli/main.js`]);
    expect(existsSync(join(ROOT, 'src/cli/main.ts'))).toBe(true);
    // Once package.json "bin" points at the compiled build, it must be the same file.
    if (pkg.bin.kubetwin.startsWith('dist/')) expect(pkg.bin.kubetwin).toBe('dist/cli/main.js');
  });

  it('puts `kubetwin` on PATH for the command the Indexed Job runs', () => {
    expect(SHARD_COMMAND).toMatch(/^exec kubetwin sweep /);
    const wrapper = all('RUN').find((s) => s.args.includes('/usr/local/bin/kubetwin'));
    expect(wrapper?.args).toContain(`exec node ${entrypoint[1]} "$@"`);
    expect(wrapper?.args).toMatch(/chmod 755 \/usr\/local\/bin\/kubetwin/);
  });

  it('runs as the unprivileged node user after every install step', () => {
    const user = index((s) => s.op === 'USER');
    expect(steps[user]).toEqual({ op: 'USER', args: 'node' });
    expect(all('USER')).toHaveLength(1);
    expect(steps.slice(user).some((s) => s.op === 'RUN' || s.op === 'COPY')).toBe(false);
  });
});

describe('sweep --emit-k8s-job --image', () => {
  const imageOf = (yaml: string) =>
    (parse(yaml) as { spec: { template: { spec: { containers: Array<{ image: string }> } } } }).spec.template.spec.containers[0].image;
  const file = writeStudy(tieStudy({ cpus: [2, 3], pods: ['1'], replications: 1 }));

  it('names the given image in the pod template', async () => {
    const r = await cli('sweep', file, '--emit-k8s-job', '--shards', '2', '--image', 'registry.example.com/team/kubetwin:dev');
    expect(r.code).toBe(0);
    expect(imageOf(r.stdout)).toBe('registry.example.com/team/kubetwin:dev');
  });

  it('defaults to the versioned ghcr.io image', async () => {
    const r = await cli('sweep', file, '--emit-k8s-job', '--shards', '2');
    expect(imageOf(r.stdout)).toBe(DEFAULT_IMAGE);
    expect(DEFAULT_IMAGE).toBe(`ghcr.io/kubetwin/kubetwin:${pkg.version}`);
  });
});
