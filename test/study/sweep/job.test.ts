// The emitted Job is a valid batch/v1 Indexed Job, and running its pods' command locally — one
// process per index with JOB_COMPLETION_INDEX set and the volumes mapped to folders — then merging
// gives the single-machine study.csv.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { jobName } from '../../../src/study/sweep/job.js';
import { cli, tempDir } from '../../helpers/tmp.js';
import { tieStudy, writeStudy } from './fixtures.js';
import { validateJob } from './job-schema.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed YAML, walked freely
type Obj = Record<string, any>;

const clone = (o: Obj): Obj => JSON.parse(JSON.stringify(o));

describe('the Job checker (cases after k8s v1.28 validation_test.go TestValidateJob)', () => {
  const good: Obj = {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'myjob' },
    spec: {
      completionMode: 'Indexed',
      completions: 3,
      parallelism: 2,
      template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'i' }] } },
    },
  };
  it('accepts a minimal Indexed Job', () => expect(validateJob(good)).toEqual([]));
  const bad: Array<[string, (j: Obj) => void, RegExp]> = [
    [
      'Indexed without completions',
      (j) => {
        delete j.spec.completions;
      },
      /spec.completions: required when completion mode is Indexed/,
    ],
    [
      'parallelism above the Indexed limit',
      (j) => {
        j.spec.parallelism = 100_001;
      },
      /must be less than or equal to 100000/,
    ],
    [
      'negative completions',
      (j) => {
        j.spec.completions = -1;
      },
      /spec.completions: must be a non-negative integer/,
    ],
    [
      'an unknown completion mode',
      (j) => {
        j.spec.completionMode = 'Sharded';
      },
      /supported values/,
    ],
    [
      'restartPolicy Always',
      (j) => {
        j.spec.template.spec.restartPolicy = 'Always';
      },
      /restartPolicy/,
    ],
    [
      'no restartPolicy',
      (j) => {
        delete j.spec.template.spec.restartPolicy;
      },
      /restartPolicy/,
    ],
    [
      'a name too long for <name>-<index> hostnames',
      (j) => {
        j.metadata.name = 'x'.repeat(62);
        j.spec.completions = 10;
      },
      /invalid DNS label/,
    ],
    [
      'an unknown JobSpec field',
      (j) => {
        j.spec.shards = 3;
      },
      /spec.shards: unknown field of JobSpec/,
    ],
    [
      'a mount of a volume that does not exist',
      (j) => {
        j.spec.template.spec.containers[0].volumeMounts = [{ name: 'v', mountPath: '/v' }];
      },
      /Not found: v/,
    ],
    [
      'a relative mount path',
      (j) => {
        j.spec.template.spec.volumes = [{ name: 'v', emptyDir: {} }];
        j.spec.template.spec.containers[0].volumeMounts = [{ name: 'v', mountPath: 'v' }];
      },
      /must be absolute/,
    ],
    [
      'a container without image',
      (j) => {
        delete j.spec.template.spec.containers[0].image;
      },
      /image: Required/,
    ],
    [
      'a hand-written selector',
      (j) => {
        j.spec.selector = { matchLabels: { a: 'b' } };
      },
      /auto-generated/,
    ],
  ];
  for (const [what, edit, message] of bad) {
    it(`rejects ${what}`, () => {
      const j = clone(good);
      edit(j);
      expect(validateJob(j).join('\n')).toMatch(message);
    });
  }
});

describe('kubetwin sweep --emit-k8s-job', () => {
  it('job names fit <name>-<index> into a DNS label', () => {
    expect(jobName('diurnal-capacity', 8)).toBe('kubetwin-sweep-diurnal-capacity');
    const long = jobName('a'.repeat(60), 100);
    expect(long.length + '-99'.length).toBeLessThanOrEqual(63);
    expect(long).toMatch(/^kubetwin-sweep-a+-[0-9a-f]{8}$/);
  });

  it('prints a valid batch/v1 Indexed Job whose pods, run locally, reproduce the single-machine study', async () => {
    const file = writeStudy(tieStudy({ cpus: [2, 3, 4], pods: ['500m', '1'], replications: 2 }));
    const base = dirname(file);
    const emitted = await cli('sweep', file, '--emit-k8s-job', '--shards', '3', '--parallelism', '2', '--workers', '1');
    expect(emitted.code).toBe(0);
    expect(emitted.stdout).toMatch(/^# kubetwin study "ties-study": 6 points in 3 shards/);
    expect(emitted.stdout).toMatch(/kubetwin merge results\/shard-\* --out reports\/ties-study/);
    const job = parse(emitted.stdout) as Obj;
    expect(validateJob(job)).toEqual([]);
    expect(job).toMatchObject({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'kubetwin-sweep-ties-study' },
      spec: { completionMode: 'Indexed', completions: 3, parallelism: 2, template: { spec: { restartPolicy: 'Never' } } },
    });
    const pod = job.spec.template.spec;
    const container = pod.containers[0];
    expect(container.command.join(' ')).toContain('$JOB_COMPLETION_INDEX');
    expect(pod.volumes.map((v: Obj) => v.name)).toEqual(['study', 'results']);
    expect(pod.volumes[1].persistentVolumeClaim.claimName).toBe('kubetwin-results');

    // Run each index as the Job controller would start its pod: the container's env plus
    // JOB_COMPLETION_INDEX, the mounts mapped to local folders, `kubetwin` on PATH.
    const results = join(tempDir('kubetwin-job-'), 'results');
    mkdirSync(results);
    const mounts = new Map<string, string>();
    for (const m of container.volumeMounts as Obj[]) mounts.set(m.mountPath, m.name === 'study' ? base : results);
    const local = (v: string) => {
      for (const [from, to] of mounts) if (v === from || v.startsWith(`${from}/`)) return to + v.slice(from.length);
      return v;
    };
    const bin = tempDir('kubetwin-bin-');
    writeFileSync(join(bin, 'kubetwin'), `#!/bin/sh\nexec "${process.execPath}" "${resolve('bin/kubetwin.mjs')}" "$@"\n`);
    chmodSync(join(bin, 'kubetwin'), 0o755);
    const env = Object.fromEntries((container.env as Obj[]).map((e) => [e.name, local(e.value)]));
    const runPod = (index: number) =>
      new Promise<{ code: number | null; stderr: string }>((done) => {
        const [cmd, ...args] = container.command as string[];
        const child = spawn(cmd, args, {
          cwd: local(container.workingDir),
          env: { ...process.env, ...env, JOB_COMPLETION_INDEX: String(index), PATH: `${bin}:${process.env.PATH}` },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stderr = '';
        child.stderr.on('data', (d) => {
          stderr += String(d);
        });
        child.on('close', (code) => done({ code, stderr }));
      });
    const pods = await Promise.all([0, 1, 2].map(runPod));
    // Pod logs are not a terminal: one progress line per finished point, nothing else.
    for (const p of pods) expect(p.stderr.replace(/npm warn.*\n/g, '').replace(/^\[\d+\/2\] point \d .*: ok .*\n/gm, '')).toBe('');
    for (const p of pods) expect(p.stderr).toMatch(/^\[2\/2\] point \d/m);
    expect(pods.map((p) => p.code)).toEqual([0, 0, 0]);
    expect(readdirSync(results).sort()).toEqual(['shard-0', 'shard-1', 'shard-2']);

    const merged = join(base, 'merged');
    const m = await cli('merge', ...[0, 1, 2].map((i) => join(results, `shard-${i}`)), '--out', merged);
    expect(m.code).toBe(0);
    const single = join(base, 'single');
    expect((await cli('sweep', file, '--out', single, '--workers', '1')).code).toBe(0);
    expect(readFileSync(join(merged, 'study.csv'), 'utf8')).toBe(readFileSync(join(single, 'study.csv'), 'utf8'));
  });
});
