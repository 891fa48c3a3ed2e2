// The HPA lists the target's pods by the scale subresource's selector (k8s v1.28 horizontal.go:
// the Deployment's spec.selector), not by owner: a stray pod carrying the Deployment's labels is
// counted, with its own CPU, as Kubernetes would; a pod with other labels is not.
import { describe, expect, it } from 'vitest';
import { buildSimulation, loadScenarioText } from '../../../src/run.js';
import { labelSelectorMatches } from '../../../src/model/label-selector.js';
import type { LabelSelector, Labels } from '../../../src/model/types.js';
import { hpaAt, hpaEvents, hpaScenario } from './helpers.js';

const stray = (labels: string) => `---
apiVersion: v1
kind: Pod
metadata: { name: stray, labels: { ${labels} } }
spec:
  containers:
    - name: app
      image: nginx
      resources: { requests: { cpu: 500m, memory: 64Mi } }
`;

function run(extra: string) {
  return buildSimulation(loadScenarioText('hpa-test.yaml', hpaScenario() + extra)).run();
}

describe('HPA pods by label selector', () => {
  it('a stray idle pod with the labels counts: (90 + 90 + 0) / 3 = 60 % → no scale-up', () => {
    const rec = run(stray('app: web'));
    expect(hpaAt(rec, 15)).toMatchObject({ cpuUtilization: 60, desiredReplicas: 2 });
    expect(hpaEvents(rec).filter((e) => e[1] === 'SuccessfulRescale')).toEqual([]);
  });

  it('a pod with other labels does not: 90 % on the two replicas → 3', () => {
    const rec = run(stray('app: api'));
    expect(hpaAt(rec, 15)).toMatchObject({ cpuUtilization: 90, desiredReplicas: 3 });
  });
});

describe('labelSelectorMatches (LabelSelectorAsSelector + Matches)', () => {
  const table: Array<[string, LabelSelector | undefined, Labels, boolean]> = [
    ['no selector selects nothing', undefined, { app: 'web' }, false],
    ['an empty selector selects everything', {}, { app: 'web' }, true],
    ['matchLabels equal', { matchLabels: { app: 'web' } }, { app: 'web', tier: 'x' }, true],
    ['matchLabels other value', { matchLabels: { app: 'web' } }, { app: 'api' }, false],
    ['matchLabels missing key', { matchLabels: { app: 'web' } }, {}, false],
    ['In', { matchExpressions: [{ key: 'app', operator: 'In', values: ['web', 'api'] }] }, { app: 'api' }, true],
    ['NotIn without the key', { matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['web'] }] }, {}, true],
    ['Exists', { matchExpressions: [{ key: 'app', operator: 'Exists' }] }, { app: '' }, true],
    ['DoesNotExist', { matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, { app: 'web' }, false],
    ['Gt is not a label selector operator', { matchExpressions: [{ key: 'n', operator: 'Gt', values: ['1'] }] }, { n: '5' }, false],
    [
      'labels and expressions both hold',
      { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['fe'] }] },
      { app: 'web', tier: 'fe' },
      true,
    ],
  ];
  it.each(table)('%s', (_d, sel, labels, want) => expect(labelSelectorMatches(sel, labels)).toBe(want));
});
