// Cost limits checked by validate: objects and timeseries rows are estimated before the run and
// refused over the defaults with a position and the flag that raises the limit.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, estimateCost } from '../../src/scenario/bounds.js';
import { loadScenarioFile } from '../../src/run.js';
import { cli, writeTemp } from '../helpers/tmp.js';
import { deploymentYaml } from '../helpers/manifests.js';

const fit = readFileSync('scenarios/node-fit-4u4g.yaml', 'utf8');

function withDeployment(spec: string, replicas: number, nodes = ''): string {
  return `apiVersion: kubetwin.io/v1alpha1
kind: Scenario
metadata: { name: big }
spec:
${spec}${nodes}
---
${deploymentYaml({ replicas, image: 'nginx', containerFields: '          resources: { requests: { cpu: 10m, memory: 16Mi }, limits: { cpu: 10m, memory: 16Mi } }\n' })}`;
}

describe('cost limits', () => {
  it('every shipped scenario stays well inside the defaults', () => {
    for (const f of readdirSync('scenarios').filter((n) => n.endsWith('.yaml') && !n.includes('.study.'))) {
      const s = loadScenarioFile(`scenarios/${f}`);
      const c = estimateCost(s.manifest, s.source, s.objects, [...s.created.values()]);
      expect(c.objects, f).toBeLessThan(DEFAULT_LIMITS.maxObjects / 4);
      expect(c.rows, f).toBeLessThan(DEFAULT_LIMITS.maxRows / 4);
    }
  });

  it('sampleInterval: 1ms for 30 days is refused at the sample interval, naming --max-rows', async () => {
    const r = await cli(
      'validate',
      writeTemp('s.yaml', fit.replace('duration: 60s', 'duration: 720h').replace('sampleInterval: 5s', 'sampleInterval: 1ms')),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /s\.yaml:\d+:19 spec\.sampleInterval: the report would get about [\d,]+ timeseries rows .* over the limit of 5,000,000; .*--max-rows/,
    );
  });

  it('replicas: 1000000 is refused at the replicas, naming --max-objects', async () => {
    const r = await cli('validate', writeTemp('s.yaml', withDeployment('  duration: 60s\n', 1_000_000)));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /s\.yaml:\d+:\d+ spec\.replicas: the run would hold about 1,000,00\d objects .* over the limit of 50,000; raise it with --max-objects/,
    );
  });

  it('ten node pools of 100,000 nodes are refused at a pool count', async () => {
    const pools = Array.from({ length: 10 }, (_, i) => `    - { name: p${i}, count: 100000, capacity: { cpu: "4", memory: 16Gi } }\n`).join(
      '',
    );
    const r = await cli('validate', writeTemp('s.yaml', withDeployment(`  duration: 60s\n  nodePools:\n${pools}`, 1)));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/s\.yaml:7:\d+ spec\.nodePools\[0\]\.count: the run would hold about 1,000,00\d objects/);
  });

  it('a 1,000-node / 30,000-pod day at 10 s is allowed with the flags (and refused without)', async () => {
    const text = withDeployment(
      '  duration: 24h\n  sampleInterval: 10s\n  nodePools:\n    - { name: w, count: 1000, capacity: { cpu: "32", memory: 128Gi, pods: "110" } }\n',
      30_000,
    );
    const file = writeTemp('s.yaml', text);
    const refused = await cli('validate', file);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--max-rows/);
    const ok = await cli('validate', file, '--max-rows', '300000000');
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
  });

  it('a bad limit flag is bad input', async () => {
    const r = await cli('validate', 'scenarios/node-fit-4u4g.yaml', '--max-rows', '-5');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--max-rows must be a whole number greater than 0/);
  });
});
