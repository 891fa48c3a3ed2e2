// Checks before a run: series kinds/columns against the catalog, objects against the scenario,
// times against the duration; and positions (file:line:col) from the scenario file.
import { describe, expect, it } from 'vitest';
import { checkExpectations, type SeriesInfo } from '../../../src/features/expectations/check.js';
import { expectationsOf } from '../../../src/features/expectations/feature.js';
import { objectsOfScenario } from '../../../src/features/expectations/scenario-objects.js';
import { scenarioLocator } from '../../../src/scenario/locate.js';
import { formatDiagnostic, type InputError } from '../../../src/scenario/diagnostics.js';
import { loadScenarioFile, loadScenarioText } from '../../../src/run.js';
import { minimalScenario, writeTemp } from '../../helpers/tmp.js';
import { exp } from './helpers.js';

const info: SeriesInfo = {
  catalog: new Map([
    ['node', ['ready', 'cpuRequestedMilli', 'pods']],
    ['cluster', ['podsPending', 'nodes']],
    ['pod', ['restarts']],
  ]),
  objectsOf: (k) => (k === 'node' ? ['node-1', 'node-2'] : k === 'cluster' ? ['cluster'] : undefined),
  duration: 60_000,
};
const locate = (path: Array<string | number>, message: string) => ({
  file: 's.yaml',
  line: 1,
  col: 1,
  path: path.join('.'),
  message,
  severity: 'error' as const,
});

describe('checkExpectations', () => {
  const cases: Array<[string, Record<string, unknown>, RegExp | undefined, string?]> = [
    ['a known series', { series: 'node.node-1.pods', always: true, atMost: 110 }, undefined],
    ['* for every object', { series: 'node.*.ready', always: true, equals: 1 }, undefined],
    ['kinds whose objects are only known at run time', { series: 'pod.web-7f9c-x2.restarts', always: true, equals: 0 }, undefined],
    ['events are not checked against the catalog', { events: { reason: 'Whatever' }, equals: 0 }, undefined],
    [
      'an unknown kind, with a suggestion and the catalog',
      { series: 'nodes.node-1.pods', always: true, equals: 1 },
      /unknown series kind "nodes" \(did you mean "node"\?\); known series: node: ready, cpuRequestedMilli, pods; cluster: podsPending, nodes; pod: restarts/,
      'spec.expectations.0.series',
    ],
    [
      'an unknown column',
      { series: 'cluster.cluster.podsPendng', by: '10s', equals: 0 },
      /series kind "cluster" has no column "podsPendng" \(did you mean "podsPending"\?\); cluster columns: podsPending, nodes/,
    ],
    [
      'an object the scenario does not define',
      { series: 'node.node-3.pods', always: true, equals: 0 },
      /no node object "node-3" \(did you mean "node-1"\?\); the scenario's node objects: node-1, node-2 \(or \* for every one\)/,
    ],
    ['cluster is the only cluster object', { series: 'cluster.main.nodes', always: true, equals: 1 }, /no cluster object "main"/],
    [
      'at after the end',
      { series: 'node.node-1.pods', at: '2m', equals: 1 },
      /120 s is after the end of the scenario \(60 s\)/,
      'spec.expectations.0.at',
    ],
    ['by after the end', { events: {}, by: '61s', equals: 1 }, /61 s is after the end/, 'spec.expectations.0.by'],
    [
      'during after the end',
      { series: 'node.node-1.pods', always: true, during: ['0s', '90s'], equals: 1 },
      /90 s is after the end/,
      'spec.expectations.0.during',
    ],
    ['a window ending at the end is fine', { series: 'node.node-1.pods', always: true, during: ['0s', '60s'], equals: 1 }, undefined],
  ];
  for (const [what, input, message, path] of cases) {
    it(what, () => {
      const ds = checkExpectations([exp(input)], info, locate);
      if (!message) {
        expect(ds).toEqual([]);
        return;
      }
      expect(ds).toHaveLength(1);
      expect(ds[0].message).toMatch(message);
      if (path) expect(ds[0].path).toBe(path);
    });
  }
});

const scenarioText = minimalScenario(
  `---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec: { containers: [{ name: app, image: nginx }] }
`,
  `
  timeline:
    - at: 10s
      create: { apiVersion: v1, kind: Node, metadata: { name: node-2 }, status: { capacity: { cpu: "1", memory: 1Gi } } }
  expectations:
    - name: all bound
      series: cluster.cluster.podsPending
      by: 20s
      equals: 0
    - series: node.node-9.pods
      always: true
      equals: 1`,
);
// The same scenario with only valid references (loading it succeeds).
const validText = scenarioText.replace('node.node-9.pods', 'node.node-2.pods');

describe('scenario information for the checks', () => {
  it('object names per series kind: nodes (also created later), deployments as services, the cluster', () => {
    const of = objectsOfScenario(loadScenarioText('s.yaml', validText));
    expect(of('node')).toEqual(['node-1', 'node-2']);
    expect(of('service')).toEqual(['web']);
    expect(of('cluster')).toEqual(['cluster']);
    expect(of('pod')).toBeUndefined();
  });

  it('positions problems at the expectation field in the scenario file (the loader rejects the file)', () => {
    const file = writeTemp('s.yaml', scenarioText);
    const lines = scenarioText.split('\n');
    const line = lines.findIndex((l) => l.includes('series: node.node-9.pods')) + 1;
    let err: InputError | undefined;
    try {
      loadScenarioFile(file);
    } catch (e) {
      err = e as InputError;
    }
    expect(err?.diagnostics.map(formatDiagnostic)).toEqual([
      `${file}:${line}:15 spec.expectations[1].series: no node object "node-9" (did you mean "node-1"?); the scenario's node objects: node-1, node-2 (or * for every one)`,
    ]);
    const scenario = loadScenarioFile(writeTemp('s.yaml', validText));
    const list = expectationsOf(scenario);
    expect(list.map((e) => e.name)).toEqual(['all bound', 'node.node-2.pods always equals 1']);
    const ds = checkExpectations(
      list,
      { ...info, objectsOf: objectsOfScenario(scenario), duration: scenario.manifest.spec.duration },
      scenarioLocator(scenario),
    );
    expect(ds).toEqual([]);
  });

  it('positions come from the loaded text, not from re-reading the file', () => {
    const scenario = loadScenarioText('/nonexistent/s.yaml', validText);
    const d = scenarioLocator(scenario)(['spec', 'expectations', 1, 'series'], 'boom');
    expect(formatDiagnostic(d)).toMatch(/^\/nonexistent\/s\.yaml:\d+:\d+ spec\.expectations\[1\]\.series: boom$/);
  });

  it('schema errors in expectations come with file:line:col from the loader', () => {
    const text = scenarioText.replace('by: 20s', 'by: soon');
    expect(() => loadScenarioText('s.yaml', text)).toThrow(/^s\.yaml:\d+:\d+ spec\.expectations\[0\]\.by: "soon" is not a duration/m);
  });
});
