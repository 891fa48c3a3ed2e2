// A bad study file is rejected with file:line:col and exit 2 before any run starts (nothing written).
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/tmp.js';
import { tieStudy, writeStudy } from './fixtures.js';

async function rejected(study: string) {
  const file = writeStudy(study);
  const out = join(dirname(file), 'out');
  const r = await cli('sweep', file, '--out', out, '--workers', '1');
  expect(r.code).toBe(2);
  expect(existsSync(out)).toBe(false);
  expect(readdirSync(dirname(file)).sort()).toEqual(['ties.study.yaml', 'ties.yaml']);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  // Every problem line names the study file with a line and column.
  const lines = r.stderr.trim().split('\n').slice(0, -1);
  expect(lines.length).toBeGreaterThan(0);
  for (const l of lines) expect(l.startsWith(`${file}:`), l).toBe(true);
  return { file, lines: lines.map((l) => l.slice(file.length + 1)) };
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
/** `line:col` of the first occurrence of `needle`. */
const pos = (text: string, needle: string) => `${lineOf(text, needle)}:${text.split('\n')[lineOf(text, needle) - 1].indexOf(needle) + 1}`;

describe('bad study files', () => {
  it('an unknown parameter path, with a suggestion, at the line of the parameter', async () => {
    const study = tieStudy().replace('node/node-a.status.capacity.cpu', 'node/node-a.status.capacity.cpux');
    const { lines } = await rejected(study);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^${lineOf(study, '    cpu: [')}:5 spec.grid.cpu: unknown parameter path "node/node-a.status.capacity.cpux": node/node-a at status.capacity has no "cpux" \\(did you mean "cpu"\\?\\)`,
      ),
    );
  });

  it('a parameter naming an object the scenario does not have', async () => {
    const study = tieStudy().replace('    podCpu: ["500m", "1"]', '    deployment/web.spec.replicas: [1, 2]');
    const { lines } = await rejected(study);
    expect(lines.join('\n')).toMatch(/unknown parameter path "deployment\/web.spec.replicas": the base scenario has no deployment\/web/);
  });

  it('a path that is not a --set path', async () => {
    const { lines } = await rejected(tieStudy().replace('    podCpu: ["500m", "1"]', '    replicas: [1, 2]'));
    expect(lines[0]).toMatch(/"replicas" is not a --set path/);
  });

  it('an empty grid', async () => {
    const study = tieStudy().replace(/ {2}grid:\n {4}cpu: \[2, 4\]\n {4}podCpu: \["500m", "1"\]\n/, '  grid: {}\n');
    const { lines } = await rejected(study);
    expect(lines).toContain(`${lineOf(study, 'grid: {}')}:9 spec.grid: empty grid: name at least one parameter with its values`);
  });

  it('a parameter with no values', async () => {
    const study = tieStudy({ cpus: [] });
    const { lines } = await rejected(study);
    expect(lines).toEqual([`${lineOf(study, 'cpu: []')}:10 spec.grid.cpu: empty grid: parameter "cpu" has no values`]);
  });

  it('no grid and no points', async () => {
    const { lines } = await rejected(tieStudy().replace(/ {2}grid:\n.*\n.*\n/, ''));
    expect(lines[0]).toMatch(/empty grid: the study has no points/);
  });

  it('a non-numeric value for a field that is a number in the base scenario', async () => {
    const study = tieStudy({ extra: '  points:\n    - { spec.seed: 7 }\n    - { spec.seed: "seven" }\n' });
    const { lines } = await rejected(study);
    expect(lines).toEqual([
      `${pos(study, '"seven"')} spec.points[1]["spec.seed"]: spec.seed: expected a number (the base scenario has 5 here), got "seven"`,
    ]);
  });

  it('a value the base scenario rejects, at that value (and every bad value is reported)', async () => {
    const study = tieStudy({ cpus: [2, 'lots' as never, 4], pods: ['500m', '-1'], extra: '' }).replace('[2, lots, 4]', '[2, "lots", 4]');
    const { lines } = await rejected(study);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      new RegExp(
        `^${pos(study, '"lots"')} spec.grid.cpu\\[1\\]: node/node-a.status.capacity.cpu="lots" is rejected by the base scenario: status.capacity.cpu: "lots" is not a Kubernetes quantity`,
      ),
    );
    expect(lines[1]).toMatch(new RegExp(`^${pos(study, '"-1"')} spec.grid.podCpu\\[1\\]: .*must be greater than or equal to 0`));
  });

  it('schema problems: unknown field with a suggestion, wrong kind, metric path syntax, unknown chart metric', async () => {
    const study = tieStudy({ extra: '  charts:\n    - { metric: nope, x: cpu }\n    - { metric: pods_on_a, x: podCpu }\n' }).replace(
      'replications: 3',
      'replicatons: 3',
    );
    const { lines } = await rejected(study);
    expect(lines.join('\n')).toMatch(/spec.replicatons: unknown field "replicatons" \(did you mean "replications"\?\)/);

    const charts = tieStudy({
      extra:
        '  charts:\n    - { metric: nope, x: cpu }\n    - { metric: pods_on_a, x: podCpu }\n    - { frontier: { cost: requested_a, slo: nada } }\n',
    });
    const c = await rejected(charts);
    expect(c.lines).toEqual([
      `${pos(charts, 'nope')} spec.charts[0].metric: no metric named "nope" (the study collects pods_on_a, requested_a, late_wait_s, all_expected)`,
      `${pos(charts, 'podCpu }')} spec.charts[1].x: the x axis needs numeric values; parameter "podCpu" takes "500m"`,
      `${pos(charts, 'nada')} spec.charts[2].frontier.slo: no metric named "nada" (the study collects pods_on_a, requested_a, late_wait_s, all_expected)`,
    ]);

    const path = tieStudy().replace('path: nodes[name=node-a].cpuRequestedMilli', 'path: nodes[name=node-a.cpuRequestedMilli');
    expect((await rejected(path)).lines[0]).toMatch(/spec.metrics\[1\].path: cannot read/);

    expect((await rejected(tieStudy().replace('kind: Study', 'kind: Scenario'))).lines[0]).toMatch(/^2:7 kind: must be one of "Study"/);
  });

  it('a missing base scenario', async () => {
    const study = tieStudy().replace('scenario: ties.yaml', 'scenario: nowhere.yaml');
    const { lines } = await rejected(study);
    expect(lines[0]).toMatch(new RegExp(`^${lineOf(study, 'nowhere')}:13 spec.scenario: cannot read the base scenario .*nowhere.yaml`));
  });

  it('bad flags: --shard out of range, --workers 0', async () => {
    const file = writeStudy(tieStudy());
    for (const flags of [
      ['--shard', '3/3'],
      ['--workers', '0'],
    ]) {
      const r = await cli('sweep', file, '--out', join(dirname(file), 'out'), ...flags);
      expect(r.code).toBe(2);
      expect(existsSync(join(dirname(file), 'out'))).toBe(false);
    }
  });
});

describe('kubetwin validate on study files', () => {
  it('checks a study like a scenario: ok line, or file:line:col and exit 2', async () => {
    const good = writeStudy(tieStudy());
    const ok = await cli('validate', good, join(dirname(good), 'ties.yaml'));
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`${good}: ok (study: 4 points × 3 replications over ties.yaml)`);
    const bad = writeStudy(tieStudy({ cpus: [] }));
    const r = await cli('validate', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ spec.grid.cpu: empty grid`, 'm'));
  });
});
