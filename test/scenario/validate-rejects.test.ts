// Everything `run` rejects, `validate` rejects first: for every feature that checks more than its
// schema, a scenario that breaks that check gets exit 2 with file:line:col from both commands,
// and `run` writes nothing. A feature that adds a validate() without a case here fails the last test.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../src/features/index.js';
import { cli, minimalScenario, tempDir, writeTemp } from '../helpers/tmp.js';

const deployment = `---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: 1
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec: { containers: [{ name: app, image: nginx, resources: { requests: { cpu: 100m, memory: 64Mi } } }] }
`;

/** Feature name → a scenario its validate() rejects, and the message expected. */
const CASES: Record<string, { text: string; message: RegExp }> = {
  kubelet: {
    text: minimalScenario('', '\n  apps:\n    - { target: deployment/nope, container: app, phases: [] }'),
    message: /spec\.apps\[0\]/,
  },
  'kubelet-relist': {
    text: minimalScenario('', '\n  relist:\n    - { nodes: [node-9], period: 1s }'),
    message: /spec\.relist\[0\]\.nodes\[0\]: no Node named "node-9"/,
  },
  load: {
    text: minimalScenario(deployment, '\n  load:\n    nope: { curve: { type: constant, value: 5 } }'),
    message: /spec\.load\.nope: no Deployment named "nope"/,
  },
  hpa: {
    text: minimalScenario(`${deployment}---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: web }
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }
  minReplicas: 1
  maxReplicas: 3
  metrics:
    - type: Pods
      pods: { metric: { name: queue_length }, target: { type: AverageValue, averageValue: "5" } }
`),
    message: /metrics\[0\]\.pods\.metric\.name: kubetwin provides the Pods metrics/,
  },
  'node-pools': {
    text: minimalScenario('', '\n  nodePools:\n    - { name: node, count: 2, capacity: { cpu: "2", memory: 4Gi } }'),
    message: /spec\.nodePools: node pools would add nodes that already exist: node-1/,
  },
  expectations: {
    text: minimalScenario('', '\n  expectations:\n    - { series: node.node-9.pods, always: true, equals: 1 }'),
    message: /spec\.expectations\[0\]\.series: no node object "node-9"/,
  },
  services: {
    // Only a warning: a Service loads and runs (it used to crash `run`).
    text: minimalScenario(`---
apiVersion: v1
kind: Service
metadata: { name: web }
spec: { selector: { app: web }, ports: [{ port: 80 }] }
`),
    message: /Service objects are accepted but not simulated/,
  },
  'priority-classes': {
    text: minimalScenario(`---
apiVersion: v1
kind: Pod
metadata: { name: p }
spec: { priorityClassName: hgih, containers: [{ name: app, image: nginx }] }
`),
    message: /spec\.priorityClassName: no PriorityClass with name hgih was found/,
  },
  // Warnings only: the object runs, with what kubetwin does not simulate named.
  deployments: {
    text: minimalScenario(deployment, '\n  timeline:\n    - { at: 10s, scale: { target: deployment/wbe, replicas: 2 } }'),
    message: /spec\.timeline\[0\]\.scale.*"wbe".*did you mean "web"/,
  },
  'node-lifecycle': {
    text: minimalScenario('', '\n  timeline:\n    - { at: 10s, cordon: node/node-2 }'),
    message: /spec\.timeline\[0\]\.cordon.*"node-2".*did you mean "node-1"/,
  },
  objects: {
    text: minimalScenario('', '\n  timeline:\n    - { at: 10s, delete: pod/p2 }'),
    message: /spec\.timeline\[0\]\.delete.*"p2".*did you mean "p1"/,
  },
  unsimulated: {
    // Only a warning (an error with --strict): a ConfigMap is accepted and listed once.
    text: minimalScenario(`---
apiVersion: v1
kind: ConfigMap
metadata: { name: settings }
data: { a: "1" }
`),
    message: /ConfigMap is not simulated/,
  },
  jobs: {
    text: minimalScenario(`---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec: { podFailurePolicy: { rules: [] }, template: { spec: { restartPolicy: Never, containers: [{ name: app, image: busybox }] } } }
`),
    message: /podFailurePolicy is not simulated/,
  },
  cronjobs: {
    text: minimalScenario(`---
apiVersion: batch/v1
kind: CronJob
metadata: { name: c }
spec: { schedule: "0 * * * *", timeZone: Europe/Paris, jobTemplate: { spec: { template: { spec: { restartPolicy: Never, containers: [{ name: app, image: busybox }] } } } } }
`),
    message: /time zone "Europe\/Paris" is not simulated/,
  },
  statefulsets: {
    text: minimalScenario(`---
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db }
spec:
  selector: { matchLabels: { app: db } }
  volumeClaimTemplates: [{ metadata: { name: data } }]
  template: { metadata: { labels: { app: db } }, spec: { containers: [{ name: app, image: postgres }] } }
`),
    message: /persistent volume claims are not simulated/,
  },
};

const WARNING_ONLY = ['services', 'jobs', 'cronjobs', 'statefulsets', 'unsimulated'];

describe('validate rejects what run rejects', () => {
  for (const [feature, c] of Object.entries(CASES)) {
    it(`${feature}: validate and run agree, with a position`, async () => {
      const file = writeTemp('s.yaml', c.text);
      const out = join(tempDir(), 'report');
      const v = await cli('validate', file);
      const r = await cli('run', file, '--out', out, '--quiet');
      const warningOnly = WARNING_ONLY.includes(feature);
      expect(v.code, v.stderr).toBe(warningOnly ? 0 : 2);
      expect(r.code, r.stderr).toBe(warningOnly ? 0 : 2);
      for (const res of [v, r])
        expect(res.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+:\\d+ .*${c.message.source}`));
      expect(existsSync(out)).toBe(warningOnly);
    });
  }

  it('covers every feature that validates beyond its schema', () => {
    const withChecks = FEATURES.filter((f) => f.validate)
      .map((f) => f.name)
      .sort();
    expect(withChecks.filter((n) => !(n in CASES))).toEqual([]);
  });
});
