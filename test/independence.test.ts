// Independence rule: changing one object never changes another object's random draws. Two
// Deployments `a` and `b` with probes (and an app that hangs, so probes fail, pods are killed and
// back off); only `b`'s replicas differ between the runs; every report row about `a` (its service,
// ReplicaSet, pods and containers) must be byte-identical. `b` comes first in the file, so with one
// shared name stream `b`'s extra pod would rename `a`'s pods and shift their probe offsets.
import { describe, expect, it } from 'vitest';
import { loadScenarioText, runLoaded } from '../src/run.js';

function scenario(bReplicas: number): string {
  const deployment = (name: string, replicas: number) => `---
apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name} }
spec:
  replicas: ${replicas}
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
      containers:
        - name: app
          image: example/${name}:1
          ports: [{ name: http, containerPort: 8080 }]
          resources: { requests: { cpu: 100m, memory: 64Mi } }
          livenessProbe: { httpGet: { path: /healthz, port: http }, periodSeconds: 5, failureThreshold: 3 }
          readinessProbe: { httpGet: { path: /ready, port: http }, periodSeconds: 3 }
`;
  return `apiVersion: kubetwin.io/v1alpha1
kind: Scenario
metadata: { name: independence }
spec:
  seed: 11
  duration: 6m
  sampleInterval: 5s
  apps:
    - target: deployment/a
      startupTime: 2s
      phases: [{ after: 40s, hang: true }]
    - target: deployment/b
      startupTime: 3s
      phases: [{ after: 50s, hang: true }]
---
apiVersion: v1
kind: Node
metadata: { name: node-1 }
status:
  capacity: { cpu: "32", memory: 64Gi }
${deployment('b', bReplicas)}${deployment('a', 2)}`;
}

/** CSV rows (header included) of a report file whose object column names `a` or one of its parts. */
async function rowsOfA(bReplicas: number): Promise<Record<string, string[]>> {
  const r = await runLoaded(loadScenarioText('independence.yaml', scenario(bReplicas)), { charts: false });
  const out: Record<string, string[]> = {};
  for (const name of ['events.csv', 'timeseries.csv']) {
    const file = r.files.find((f) => f.name === name);
    if (!file) throw new Error(`no ${name} in the report`);
    const [header, ...lines] = String(file.content).trimEnd().split('\n');
    const col = header.split(',').indexOf('object');
    expect(col, `${name} has an object column`).toBeGreaterThanOrEqual(0);
    out[name] = [
      header,
      ...lines.filter((l) => {
        const o = l.split(',')[col];
        return o === 'a' || o.startsWith('a-');
      }),
    ];
  }
  return out;
}

describe('independent random streams per owner', () => {
  it("changing b's replicas leaves every row about a byte-identical", async () => {
    const two = await rowsOfA(2);
    const three = await rowsOfA(3);
    // The rows are substantial: a's pods were created, probed, killed and restarted.
    const events = two['events.csv'].join('\n');
    for (const reason of ['SuccessfulCreate', 'Unhealthy', 'Killing', 'Started']) expect(events).toContain(reason);
    expect(two['timeseries.csv'].length).toBeGreaterThan(100);
    expect(three['events.csv']).toEqual(two['events.csv']);
    expect(three['timeseries.csv']).toEqual(two['timeseries.csv']);
  }, 120_000);
});
