// The load component in a simulation: `spec.load` validation with positions, usage through
// ctx.usage, the `load` series and request totals.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/scenario/diagnostics.js';
import { loadScenarioText, buildSimulation } from '../../../src/run.js';
import { deploymentYaml } from '../../helpers/manifests.js';

function scenario(load: string, extra = ''): string {
  return `apiVersion: kubetwin.io/v1alpha1
kind: Scenario
metadata: { name: t }
spec:
  duration: 60s
  sampleInterval: 10s
  load:
${load}
${extra}
---
apiVersion: v1
kind: Node
metadata: { name: n1 }
status: { capacity: { cpu: "4", memory: 8Gi } }
---
${deploymentYaml({ replicas: 2, image: 'nginx', containerFields: '          resources: { requests: { cpu: 500m, memory: 256Mi }, limits: { cpu: "1", memory: 256Mi } }\n' })}`;
}

function problems(text: string, file = 'scenario.yaml'): string[] {
  try {
    buildSimulation(loadScenarioText(file, text));
  } catch (e) {
    if (e instanceof InputError) return e.diagnostics.map((d) => `${d.path}: ${d.message}`);
    throw e;
  }
  return [];
}

describe('spec.load validation', () => {
  it('rejects bad curves with the field path', () => {
    const bad = `    web:
      curve: { type: spikey, baseline: 1 }
      cpuPerRequest: -1`;
    let err: InputError | undefined;
    try {
      loadScenarioText('s.yaml', scenario(bad));
    } catch (e) {
      err = e as InputError;
    }
    expect(err?.diagnostics.map((d) => `${d.line}:${d.path}: ${d.message}`)).toEqual([
      '9:spec.load.web.curve.type: type must be one of constant, step, ramp, spike, periodic, diurnal, points, trace, sum, noise',
      '10:spec.load.web.cpuPerRequest: must be greater than or equal to 0 (millicore-seconds per request)',
    ]);
  });

  it('a service must be a Deployment of the scenario, a container one of its containers', () => {
    expect(problems(scenario('    api:\n      curve: { type: constant, value: 1 }'))).toEqual([
      'spec.load.api: no Deployment named "api"; load is given per Deployment (the scenario\'s: web)',
    ]);
    expect(problems(scenario('    web:\n      curve: { type: constant, value: 1 }\n      container: side'))).toEqual([
      'spec.load.web.container: Deployment "web" has no container "side" (containers: app)',
    ]);
  });

  it('trace files are read relative to the scenario file; problems name the CSV line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kt-load-'));
    writeFileSync(join(dir, 'ok.csv'), 'time,value\n0,10\n30,40\n');
    writeFileSync(join(dir, 'bad.csv'), 'time,value\n0,10\n30,x\n');
    const file = join(dir, 's.yaml');
    const curve = (f: string) => scenario(`    web:\n      curve: { type: trace, file: ${f} }`);
    expect(problems(curve('ok.csv'), file)).toEqual([]);
    expect(problems(curve('missing.csv'), file)).toEqual([
      'spec.load.web.curve.file: cannot read the trace file "missing.csv" (not found)',
    ]);
    let err: InputError | undefined;
    try {
      buildSimulation(loadScenarioText(file, curve('bad.csv')));
    } catch (e) {
      err = e as InputError;
    }
    expect(err?.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.message}`)).toEqual([
      `${join(dir, 'bad.csv')}:3:4 "x" is not a number`,
    ]);
  });
});

describe('the load component in a run', () => {
  const text = scenario(`    web:
      curve: { type: step, from: 100, to: 500, at: 30s }
      cpuPerRequest: 4
      baseline: { cpu: 100m, memory: 64Mi }`);

  it('feeds ctx.usage, records the load series and integrates request totals', () => {
    const sim = buildSimulation(loadScenarioText('s.yaml', text));
    const rec = sim.run();
    const at = (t: number) => rec.samples.find((s) => s.kind === 'load' && s.time === t)!.values;
    // 100 req/s over 2 pods: 100 + 50 × 4 = 300m each; after 30 s 500 req/s: 100 + 250 × 4 = 1100m > limit 1000.
    expect(at(20_000)).toMatchObject({ demand: 100, served: 100, unserved: 0, endpoints: 2, cpuUsageMilli: 600, cpuThrottledMilli: 0 });
    expect(at(40_000)).toMatchObject({ demand: 500, served: 450, unserved: 50, cpuUsageMilli: 2000, cpuThrottledMilli: 200 });
    const pod = [...sim.ctx.cluster.pods.values()][0];
    const usage = sim.ctx.usage!.containerUsage(pod, pod.obj.spec.containers[0], 60_000);
    expect(usage).toMatchObject({ cpuMilli: 1000, cpuThrottledMilli: 100, memoryBytes: 64 * 2 ** 20 });
    const totals = (rec.summary() as { load: Array<Record<string, number>> }).load[0];
    // Pods run from 1 s (the first step after they start); 30 s × 100 + 30 s × 500 demanded.
    expect(totals).toMatchObject({ service: 'web', requests: 18_000 });
    expect(totals.served).toBe(100 * 29 + 450 * 30);
  });

  it('spec.usageStep: usage is recomputed every step and holds in between', () => {
    const rec = buildSimulation(loadScenarioText('s.yaml', text.replace('  load:\n', '  usageStep: 20s\n  load:\n'))).run();
    const demand = (t: number) => rec.samples.find((s) => s.kind === 'load' && s.time === t)!.values.demand;
    // Steps at 0, 20, 40 s: the step to 500 requests/s at 30 s is seen from 40 s on.
    expect([demand(30_000), demand(40_000)]).toEqual([100, 500]);
  });

  it('reports nothing new for a scenario without spec.load', () => {
    const rec = buildSimulation(loadScenarioText('s.yaml', scenario('    {}'))).run();
    expect(rec.catalog().has('load')).toBe(false);
  });
});
