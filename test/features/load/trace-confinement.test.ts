// Trace files named by a scenario stay inside the scenario's folder unless --allow-path says
// otherwise; only regular files of bounded size are read; messages never echo a whole cell.
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTraceFile, MAX_TRACE_BYTES } from '../../../src/features/load/trace-file.js';
import { cli, tempDir, writeTemp } from '../../helpers/tmp.js';
import { deploymentYaml } from '../../helpers/manifests.js';

function scenario(file: string): string {
  return `apiVersion: kubetwin.io/v1alpha1
kind: Scenario
metadata: { name: t }
spec:
  duration: 60s
  sampleInterval: 10s
  load:
    web:
      curve: { type: trace, file: ${JSON.stringify(file)} }
---
apiVersion: v1
kind: Node
metadata: { name: n1 }
status: { capacity: { cpu: "4", memory: 8Gi } }
---
${deploymentYaml({ replicas: 1, image: 'nginx', containerFields: '          resources: { requests: { cpu: 500m, memory: 256Mi }, limits: { cpu: "1", memory: 256Mi } }\n' })}`;
}

const TRACE = 'time,value\n0,10\n30,40\n';

describe('trace file confinement', () => {
  const root = tempDir();
  const dir = join(root, 'scn');
  const outside = join(root, 'elsewhere');
  mkdirSync(dir);
  mkdirSync(outside);
  writeFileSync(join(dir, 'ok.csv'), TRACE);
  writeFileSync(join(outside, 'o.csv'), TRACE);
  symlinkSync(join(outside, 'o.csv'), join(dir, 'link.csv'));
  symlinkSync('/dev/zero', join(dir, 'zero.csv'));

  for (const [what, file] of [
    ['an absolute path', '/etc/passwd'],
    ['a path with .. leading out', '../elsewhere/o.csv'],
    ['a symlink leading out', 'link.csv'],
    ['a symlink to a device', 'zero.csv'],
  ] as const) {
    it(`refuses ${what} with a position (exit 2)`, async () => {
      const f = writeTemp('s.yaml', scenario(file), dir);
      const r = await cli('validate', f);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/s\.yaml:9:\d+ spec\.load\.web\.curve\.file: the trace file must be inside the scenario's folder/);
      expect(r.stderr).toMatch(/--allow-path/);
      expect(r.stderr).not.toMatch(/root:/); // nothing of /etc/passwd
    });
  }

  it('reads a file inside the folder, and outside only with --allow-path', async () => {
    expect((await cli('validate', writeTemp('a.yaml', scenario('ok.csv'), dir))).code).toBe(0);
    const f = writeTemp('b.yaml', scenario('../elsewhere/o.csv'), dir);
    expect((await cli('validate', f)).code).toBe(2);
    const r = await cli('validate', f, '--allow-path', outside);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('reads only regular files: /dev/zero is refused even when its folder is allowed', () => {
    expect(readTraceFile(dir, '/dev/zero', ['/dev'])).toEqual({ error: 'the trace file is not a regular file' });
  });

  it('refuses files over the size cap without reading them', () => {
    const big = join(dir, 'big.csv');
    writeFileSync(big, '');
    truncateSync(big, MAX_TRACE_BYTES + 1); // sparse: no disk used
    expect(readTraceFile(dir, 'big.csv')).toEqual({ error: 'the trace file is larger than 64 MiB' });
  });

  it('quotes at most 20 characters of a bad cell', async () => {
    writeFileSync(join(dir, 'bad.csv'), `time,value\n0,10\n30,${'SECRET'.repeat(20)}\n`);
    const r = await cli('validate', writeTemp('c.yaml', scenario('bad.csv'), dir));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.csv:3:4 "SECRETSECRETSECRETSE…" is not a number/);
    expect(r.stderr).not.toMatch(/(SECRET){4}/);
  });
});
