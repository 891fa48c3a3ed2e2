import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/run.js';
import { formatDiagnostic, InputError } from '../../src/scenario/diagnostics.js';
import { minimalScenario } from '../helpers/tmp.js';

function problems(text: string, set: string[] = []): string[] {
  try {
    loadScenarioText('s.yaml', text, { set });
  } catch (e) {
    if (e instanceof InputError) return e.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
    throw e;
  }
  return [];
}

describe('scenario loading', () => {
  it('loads a valid scenario with quantities as exact integers', () => {
    const s = loadScenarioText('s.yaml', minimalScenario());
    expect(s.manifest.metadata.name).toBe('tiny');
    expect(s.manifest.spec.duration).toBe(30_000);
    const pod = s.objects.find((o) => o.kind === 'Pod')!;
    const c = (pod.manifest as any).spec.containers[0];
    expect(c.resources.requests).toEqual({ cpu: 500, memory: 256 * 1024 * 1024 });
  });

  it('names file, line, column and field of a typo, with a suggestion', () => {
    const text = minimalScenario().replace('requests: { cpu: 500m', 'requets: { cpu: 500m');
    const p = problems(text);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^s\.yaml:25:9 spec\.containers\[0\]\.resources\.requets: unknown field "requets" \(did you mean "requests"\?\)$/);
  });

  it('rejects a negative request at its position', () => {
    const p = problems(minimalScenario().replace('cpu: 500m', 'cpu: -1'));
    expect(p).toEqual(['s.yaml:25:26 spec.containers[0].resources.requests.cpu: must be greater than or equal to 0 (got -1)']);
  });

  it('rejects names that break the naming rules, with the rule', () => {
    const p = problems(minimalScenario().replace('- name: app', '- name: -App'));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^s\.yaml:22:13 spec\.containers\[0\]\.name: a container name consists of lowercase letters/);
  });

  it('rejects a service (Deployment) name starting with a digit', () => {
    const dep = `---
apiVersion: apps/v1
kind: Deployment
metadata: { name: 9web }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers: [{ name: app, image: nginx }]
`;
    const p = problems(minimalScenario(dep));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^s\.yaml:\d+:\d+ metadata\.name: a service name .* starts with a letter/);
  });

  it('rejects bad environment variable names', () => {
    const p = problems(minimalScenario().replace('image: nginx', 'image: nginx\n      env: [{ name: 1BAD, value: x }]'));
    expect(p[0]).toMatch(/env\[0\]\.name: an environment variable name/);
  });

  it('reports a YAML syntax error with its position and nothing else', () => {
    const p = problems(minimalScenario().replace('duration: 30s', 'duration: [30s'));
    expect(p.length).toBeGreaterThanOrEqual(1);
    expect(p[0]).toMatch(/^s\.yaml:\d+:\d+ YAML syntax: /);
  });

  it('reports every problem in one pass', () => {
    const text = minimalScenario()
      .replace('requests: { cpu: 500m', 'requests: { cpu: abc')
      .replace('name: node-1', 'name: Node_1')
      .replace('duration: 30s', 'duration: 30 s');
    const p = problems(text);
    expect(p).toHaveLength(3);
    expect(p.map((x) => x.split(' ')[1])).toEqual(['spec.duration:', 'metadata.name:', 'spec.containers[0].resources.requests.cpu:']);
  });

  it('requires a Scenario document and known kinds', () => {
    expect(problems('apiVersion: v1\nkind: Pdo\nmetadata: { name: x }\n')[0]).toMatch(
      /s\.yaml:2:7 kind: unknown kind "Pdo" \(did you mean "Pod"\?\)/,
    );
    expect(problems(minimalScenario().split('---').slice(1).join('---'))[0]).toMatch(/no Scenario document/);
  });

  it('rejects a request above its limit (Kubernetes validation)', () => {
    const p = problems(
      minimalScenario().replace(
        'requests: { cpu: 500m, memory: 256Mi }',
        'requests: { cpu: 500m, memory: 256Mi }\n        limits: { cpu: 250m }',
      ),
    );
    expect(p).toEqual([expect.stringMatching(/requests\.cpu: must be less than or equal to cpu limit$/)]);
  });

  it('warns (does not fail) when memory request and limit differ', () => {
    const s = loadScenarioText(
      's.yaml',
      minimalScenario().replace(
        'requests: { cpu: 500m, memory: 256Mi }',
        'requests: { cpu: 500m, memory: 256Mi }\n        limits: { memory: 512Mi }',
      ),
    );
    expect(s.warnings.map(formatDiagnostic)).toEqual([
      expect.stringMatching(
        /warning: spec\.containers\[0\]\.resources: 1 container has a memory request that differs from its memory limit \(first: Pod p1 container app: request 256Mi, limit 512Mi\); setting them equal avoids OOM kills/,
      ),
    ]);
  });

  it('applies --set overrides and names the override in errors', () => {
    const s = loadScenarioText('s.yaml', minimalScenario(), { set: ['spec.duration=2m', 'node/node-1.status.capacity.cpu=8'] });
    expect(s.manifest.spec.duration).toBe(120_000);
    expect((s.objects[0].manifest as any).status.capacity.cpu).toBe(8000);
    expect(problems(minimalScenario(), ['node/node-1.status.capacity.cpu=-3'])).toEqual([
      expect.stringMatching(/^--set node\/node-1\.status\.capacity\.cpu=-3 status\.capacity\.cpu: must be greater than or equal to 0/),
    ]);
    expect(problems(minimalScenario(), ['pod/nope.spec.x=1'])[0]).toMatch(/no Pod named "nope"/);
  });

  it('reads JSON (an array of documents) with positions', () => {
    const json = JSON.stringify(
      [
        { apiVersion: 'kubetwin.io/v1alpha1', kind: 'Scenario', metadata: { name: 'j' }, spec: { duration: '1m' } },
        { apiVersion: 'v1', kind: 'Node', metadata: { name: 'n' }, status: { capacity: { cpu: '1', memory: '1Gi' }, bogus: 1 } },
      ],
      null,
      2,
    );
    const p = problems(json);
    expect(p).toEqual([expect.stringMatching(/^s\.yaml:\d+:\d+ status\.bogus: unknown field "bogus"/)]);
  });

  it('validates objects created by the timeline at their nested path', () => {
    const spec = `
  timeline:
    - at: 5s
      create:
        apiVersion: v1
        kind: Pod
        metadata: { name: later }
        spec:
          containers: [{ name: app, image: nginx, resources: { requests: { memory: 1Zi } } }]`;
    const p = problems(minimalScenario('', spec));
    expect(p).toEqual([
      expect.stringMatching(/^s\.yaml:\d+:\d+ spec\.timeline\[0\]\.create\.spec\.containers\[0\]\.resources\.requests\.memory: /),
    ]);
  });
});
