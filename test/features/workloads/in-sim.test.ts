// The workload features inside a whole simulation: StatefulSet ordering and rolling update,
// drain through PodDisruptionBudgets, PriorityClass admission, standalone ReplicaSets, and the
// scenario checks that reject bad references.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/scenario/diagnostics.js';
import { buildSimulation, loadScenarioText, runLoaded } from '../../../src/run.js';

const scenario = (body: string, timeline = '[]', duration = '2m') => `apiVersion: kubetwin.io/v1alpha1
kind: Scenario
metadata: { name: t }
spec:
  duration: ${duration}
  sampleInterval: 5s
  timeline: ${timeline}
---
apiVersion: v1
kind: Node
metadata: { name: node-1 }
status: { capacity: { cpu: "8", memory: 16Gi, pods: "110" } }
---
apiVersion: v1
kind: Node
metadata: { name: node-2 }
status: { capacity: { cpu: "8", memory: 16Gi, pods: "110" } }
---
${body}`;

const container = `      containers:
        - name: app
          image: app:1
          resources: { requests: { cpu: 100m, memory: 64Mi }, limits: { cpu: 100m, memory: 64Mi } }`;

const statefulSet = (policy: string, replicas = 3) => `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: web }
spec:
  replicas: ${replicas}
  serviceName: web
  podManagementPolicy: ${policy}
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
${container}
          ports: [{ containerPort: 80 }]
          readinessProbe: { tcpSocket: { port: 80 }, initialDelaySeconds: 5, periodSeconds: 5 }`;

const run = async (text: string) => (await runLoaded(loadScenarioText('t.yaml', text))).recorder;

describe('StatefulSet in the simulation', () => {
  it('OrderedReady creates web-0, web-1, web-2 one after another, each once the previous is Ready', async () => {
    const r = await run(scenario(statefulSet('OrderedReady')));
    const created = r.events.filter((e) => e.kind === 'StatefulSet' && e.reason === 'SuccessfulCreate');
    expect(created.map((e) => e.message)).toEqual([
      'create Pod web-0 in StatefulSet web successful',
      'create Pod web-1 in StatefulSet web successful',
      'create Pod web-2 in StatefulSet web successful',
    ]);
    expect(created[1].time).toBeGreaterThan(created[0].time);
    expect(created[2].time).toBeGreaterThan(created[1].time);
    expect(r.series('statefulset', 'web', 'readyReplicas').at(-1)?.[1]).toBe(3);
  });
  it('Parallel creates all at once', async () => {
    const r = await run(scenario(statefulSet('Parallel')));
    const created = r.events.filter((e) => e.kind === 'StatefulSet' && e.reason === 'SuccessfulCreate');
    expect(created.map((e) => e.time)).toEqual([0, 0, 0]);
  });
  it('deleting the StatefulSet deletes its pods (garbage collector)', async () => {
    const r = await run(scenario(statefulSet('OrderedReady'), '[{ at: 60s, delete: statefulset/web }]'));
    const deleted = r.events.filter((e) => e.reason === 'Deleted' && e.object.startsWith('web-')).map((e) => e.object);
    expect(deleted.sort()).toEqual(['web-0', 'web-1', 'web-2']);
  });
});

const pdbApp = `apiVersion: apps/v1
kind: Deployment
metadata: { name: api }
spec:
  replicas: 2
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      nodeSelector: { kubernetes.io/hostname: node-1 }
${container}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: { name: api }
spec:
  minAvailable: 2
  selector: { matchLabels: { app: api } }`;

describe('drain and PodDisruptionBudgets', () => {
  it('a budget with no disruption allowed blocks the drain, retried every 5 s', async () => {
    const r = await run(scenario(pdbApp, '[{ at: 30s, drain: node/node-1 }]'));
    const blocked = r.events.filter((e) => e.reason === 'EvictionBlocked');
    expect(blocked).toHaveLength(2);
    expect(blocked[0].message).toContain(
      "Cannot evict pod as it would violate the pod's disruption budget. The disruption budget api needs 2 healthy pods and has 2 currently",
    );
    expect(r.events.filter((e) => e.reason === 'Evicted')).toHaveLength(0);
    expect(r.series('pdb', 'api', 'disruptionsAllowed').at(-1)?.[1]).toBe(0);
  });
  it('minAvailable 1 lets one pod go at a time; the other follows once its replacement is Ready', async () => {
    const r = await run(
      scenario(
        pdbApp.replace('minAvailable: 2', 'minAvailable: 1').replace('      nodeSelector: { kubernetes.io/hostname: node-1 }\n', ''),
        '[{ at: 30s, drain: node/node-1 }]',
      ),
    );
    const evicted = r.events.filter((e) => e.reason === 'Evicted');
    const onNode1 = r.events.filter(
      (e) => e.reason === 'Scheduled' && e.object.startsWith('api-') && e.time === 0 && e.message.endsWith('node-1'),
    ).length;
    expect(evicted).toHaveLength(onNode1);
    if (onNode1 === 2) expect(evicted[1].time).toBeGreaterThan(evicted[0].time);
    expect(r.series('service', 'api', 'readyReplicas').at(-1)?.[1]).toBe(2);
  });
  it('drain skips DaemonSet pods (as --ignore-daemonsets)', async () => {
    const ds = `apiVersion: apps/v1
kind: DaemonSet
metadata: { name: agent }
spec:
  selector: { matchLabels: { app: agent } }
  template:
    metadata: { labels: { app: agent } }
    spec:
${container}`;
    const r = await run(scenario(ds, '[{ at: 30s, drain: node/node-1 }]'));
    expect(r.events.filter((e) => e.reason === 'Evicted')).toHaveLength(0);
    expect(r.series('daemonset', 'agent', 'numberReady').at(-1)?.[1]).toBe(2);
  });
});

describe('PriorityClass admission', () => {
  it('sets spec.priority and preemptionPolicy from the class, or from the global default', () => {
    const text = scenario(
      `apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
preemptionPolicy: Never
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: low }
value: 10
globalDefault: true
---
apiVersion: v1
kind: Pod
metadata: { name: a }
spec:
  priorityClassName: high
${container.replace(/^ {4}/gm, '')}
---
apiVersion: v1
kind: Pod
metadata: { name: b }
spec:
${container.replace(/^ {4}/gm, '')}
---
apiVersion: v1
kind: Pod
metadata: { name: c }
spec:
  priorityClassName: system-node-critical
${container.replace(/^ {4}/gm, '')}`,
      '[]',
      '10s',
    );
    const sim = buildSimulation(loadScenarioText('t.yaml', text));
    sim.run();
    const spec = (name: string) => sim.ctx.cluster.pods.get(`default/${name}`)!.obj.spec;
    expect([spec('a').priority, spec('a').preemptionPolicy]).toEqual([1000, 'Never']);
    expect([spec('b').priority, spec('b').priorityClassName]).toEqual([10, 'low']);
    expect(spec('c').priority).toBe(2000001000);
  });
  it('rejects an unknown class name and a second global default at validation', () => {
    const text = scenario(`apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: a }
value: 1
globalDefault: true
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: b }
value: 2
globalDefault: true
---
apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  priorityClassName: hgih
${container.replace(/^ {4}/gm, '')}`);
    let err: unknown;
    try {
      loadScenarioText('t.yaml', text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    const msgs = (err as InputError).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.path}: ${d.message}`);
    expect(msgs).toContain('globalDefault: PriorityClass a is already marked as default. Only one default can exist');
    expect(msgs).toContain("spec.priorityClassName: no PriorityClass with name hgih was found (the scenario's PriorityClasses: a, b)");
  });
});

describe('standalone ReplicaSet', () => {
  it('keeps its replicas, replacing a deleted pod', async () => {
    const rs = `apiVersion: apps/v1
kind: ReplicaSet
metadata: { name: cache }
spec:
  replicas: 3
  selector: { matchLabels: { app: cache } }
  template:
    metadata: { labels: { app: cache } }
    spec:
${container}`;
    const r = await run(scenario(rs));
    expect(r.events.filter((e) => e.kind === 'ReplicaSet' && e.object === 'cache' && e.reason === 'SuccessfulCreate')).toHaveLength(3);
    expect(r.series('replicaset', 'cache', 'readyReplicas').at(-1)?.[1]).toBe(3);
  });
});
