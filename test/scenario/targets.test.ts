// validate checks timeline targets and cross references, with "did you mean"; unknown fields get
// suggestions only from the fields valid at their own path; every diagnostic here has a code.
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/run.js';
import { formatDiagnostic, InputError, type Diagnostic } from '../../src/scenario/diagnostics.js';
import { fieldsAt } from '../../src/scenario/zod-issues.js';
import { podManifest } from '../../src/scenario/schema/pod.js';
import { deploymentYaml } from '../helpers/manifests.js';
import { cli, tempDir, writeTemp } from '../helpers/tmp.js';

function errors(text: string): Diagnostic[] {
  try {
    loadScenarioText('s.yaml', text);
  } catch (e) {
    if (e instanceof InputError) return e.diagnostics.filter((d) => d.severity === 'error');
    throw e;
  }
  return [];
}
const lines = (text: string) => errors(text).map(formatDiagnostic);

function scenario(timeline: string, extra = '', spec = ''): string {
  return `apiVersion: kubetwin.io/v1alpha1
kind: Scenario
metadata: { name: targets }
spec:
  duration: 10m${spec}
  timeline:
${timeline}
---
apiVersion: v1
kind: Node
metadata: { name: node-1 }
status: { capacity: { cpu: "4", memory: 4Gi } }
---
${deploymentYaml({ replicas: 1, image: 'nginx' })}${extra}`;
}

describe('timeline targets', () => {
  it('accepts targets that exist at that time', () => {
    expect(
      lines(
        scenario(`    - { at: 1m, scale: { target: deployment/web, replicas: 2 } }
    - { at: 2m, update: { target: deployment/web, image: nginx:2 } }
    - { at: 3m, redeploy: deployment/web }
    - { at: 4m, cordon: node/node-1 }
    - { at: 5m, uncordon: node/node-1 }
    - { at: 6m, delete: deployment/web }`),
      ),
    ).toEqual([]);
  });

  const cases: Array<[string, string, RegExp]> = [
    [
      'scale',
      '    - { at: 1m, scale: { target: deployment/wbe, replicas: 2 } }',
      /^s\.yaml:7:\d+ spec\.timeline\[0\]\.scale\.target: no Deployment "wbe" exists at 1m0s \(did you mean "web"\?\)$/,
    ],
    [
      'update',
      '    - { at: 1m, update: { target: deployment/webb, image: x } }',
      /spec\.timeline\[0\]\.update\.target: no Deployment "webb" exists at 1m0s \(did you mean "web"\?\)/,
    ],
    [
      'redeploy (string form)',
      '    - { at: 30s, redeploy: deployment/wep }',
      /spec\.timeline\[0\]\.redeploy: no Deployment "wep" exists at 30s \(did you mean "web"\?\)/,
    ],
    [
      'redeploy (object form)',
      '    - { at: 30s, redeploy: { target: deployment/wep } }',
      /spec\.timeline\[0\]\.redeploy\.target: no Deployment "wep"/,
    ],
    [
      'delete',
      '    - { at: 1m, delete: pod/p1 }',
      /spec\.timeline\[0\]\.delete: no Pod "p1" exists at 1m0s \(there is no Pod at that time\)/,
    ],
    [
      'failNode',
      '    - { at: 1m, failNode: node/node-2 }',
      /spec\.timeline\[0\]\.failNode: no Node "node-2" exists at 1m0s \(did you mean "node-1"\?\)/,
    ],
    ['recoverNode', '    - { at: 1m, recoverNode: node/nod-1 }', /recoverNode: no Node "nod-1" .*did you mean "node-1"/],
    ['cordon', '    - { at: 1m, cordon: node/node1 }', /cordon: no Node "node1" .*did you mean "node-1"/],
    ['uncordon', '    - { at: 1m, uncordon: node/x }', /uncordon: no Node "x" exists at 1m0s$/],
    ['drain', '    - { at: 1m, drain: node/node-11 }', /drain: no Node "node-11" .*did you mean "node-1"/],
  ];
  for (const [action, entry, expected] of cases) {
    it(`${action} of a missing target is an error at the target, code unknown-target`, () => {
      const e = errors(scenario(entry));
      expect(e).toHaveLength(1);
      expect(formatDiagnostic(e[0])).toMatch(expected);
      expect(e[0].code).toBe('unknown-target');
    });
  }

  it('follows the timeline: deleted before, created later, same-time order', () => {
    const p = lines(
      scenario(`    - { at: 1m, delete: deployment/web }
    - { at: 2m, scale: { target: deployment/web, replicas: 2 } }
    - { at: 3m, create: { apiVersion: v1, kind: Node, metadata: { name: node-2 }, status: { capacity: { cpu: "1", memory: 1Gi } } } }
    - { at: 3m, cordon: node/node-2 }
    - { at: 90s, drain: node/node-2 }`),
    );
    expect(p).toHaveLength(2);
    expect(p[0]).toMatch(
      /timeline\[1\]\.scale\.target: no Deployment "web" exists at 2m0s \(there is no Deployment at that time\) \(Deployment "web" exists at other times/,
    );
    expect(p[1]).toMatch(
      /timeline\[4\]\.drain: no Node "node-2" exists at 1m30s \(did you mean "node-1"\?\) \(Node "node-2" exists at other times/,
    );
  });

  it('node pool nodes are targets too', () => {
    const pools = '\n  nodePools: [{ name: pool, count: 2, capacity: { cpu: "2", memory: 2Gi } }]';
    expect(lines(scenario('    - { at: 1m, failNode: node/pool-2 }', '', pools))).toEqual([]);
    expect(lines(scenario('    - { at: 1m, failNode: node/pool-3 }', '', pools))[0]).toMatch(
      /no Node "pool-3" exists at 1m0s \(did you mean "pool-1"\?\)/,
    );
  });

  it('an HPA scaleTargetRef must name a Deployment of the scenario', () => {
    const hpa = (name: string) => `---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: web }
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: ${name} }
  minReplicas: 1
  maxReplicas: 3
`;
    expect(lines(scenario('    []', hpa('web')))).toEqual([]);
    const e = errors(scenario('    []', hpa('wbe')));
    expect(e.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/^s\.yaml:\d+:\d+ spec\.scaleTargetRef\.name: no Deployment "wbe" in the scenario \(did you mean "web"\?\)$/),
    ]);
    expect(e[0].code).toBe('unknown-target');
  });

  it('the CLI validate exits 2 with file:line:col', async () => {
    const file = writeTemp('t.yaml', scenario('    - { at: 1m, cordon: node/node-9 }'), tempDir());
    const r = await cli('validate', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/t\.yaml:7:\d+ spec\.timeline\[0\]\.cordon: no Node "node-9"/);
  });
});

describe('"did you mean" for unknown fields', () => {
  it('suggests only fields valid at that path, never the same name', () => {
    // `replicas` is a Deployment field, not a Pod field: no suggestion "replicas".
    const pod = scenario(
      '    []',
      `---
apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  replicas: 2
  containers: [{ name: app, image: nginx }]
`,
    );
    const e = errors(pod);
    expect(e.map(formatDiagnostic)).toEqual([expect.stringMatching(/spec\.replicas: unknown field "replicas"$/)]);
    expect(e[0].code).toBe('unknown-field');
  });

  it('suggests a field of the object at that path', () => {
    const p = lines(scenario('    []').replace('replicas: 1', 'replica: 1'));
    expect(p).toEqual([expect.stringMatching(/spec\.replica: unknown field "replica" \(did you mean "replicas"\?\)$/)]);
    // `image` in a pod spec (it belongs to containers) is not suggested from elsewhere.
    const q = lines(scenario('    []').replace('      containers:', '      imag: x\n      containers:'));
    expect(q).toEqual([expect.stringMatching(/spec\.template\.spec\.imag: unknown field "imag"$/)]);
  });

  it('fieldsAt walks objects, arrays, defaults and unions', () => {
    expect(fieldsAt(podManifest, ['spec', 'containers', 0, 'resources'])).toEqual(new Set(['requests', 'limits', 'claims']));
    expect(fieldsAt(podManifest, ['spec']).has('nodeSelector')).toBe(true);
    expect(fieldsAt(podManifest, ['spec']).has('replicas')).toBe(false);
    expect(fieldsAt(podManifest, ['nothing', 'here']).size).toBe(0);
  });

  it('a bad quantity has code bad-quantity', () => {
    const e = errors(scenario('    []').replace('image: nginx', 'image: nginx\n          resources: { requests: { cpu: 2 cores } }'));
    expect(e).toHaveLength(1);
    expect(e[0].code).toBe('bad-quantity');
  });
});
