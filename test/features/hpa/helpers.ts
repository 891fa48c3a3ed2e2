// A small HPA scenario built from parameters, and accessors for its run.
import { loadScenarioText, buildSimulation } from '../../../src/run.js';
import type { Simulation } from '../../../src/sim/simulation.js';
import type { Recorder } from '../../../src/report/recorder.js';

export interface HpaScenario {
  replicas?: number;
  /** requests/s of the whole service (a curve spec in YAML flow style, or a number for constant). */
  curve?: string | number;
  cpuPerRequest?: number;
  target?: number;
  min?: number;
  max?: number;
  duration?: string;
  /** `requests:` line of the container; null for none. */
  requests?: string | null;
  hpaSection?: string;
  behavior?: string;
  metrics?: string;
  timeline?: string;
  nodes?: number;
  scaleTarget?: string;
}

export function hpaScenario(p: HpaScenario = {}): string {
  const curve = typeof p.curve === 'string' ? p.curve : `{ type: constant, value: ${p.curve ?? 160} }`;
  const requests = p.requests === null ? '' : `requests: ${p.requests ?? '{ cpu: 500m, memory: 256Mi }'}, `;
  const metrics =
    p.metrics ??
    `
    - type: Resource
      resource: { name: cpu, target: { type: Utilization, averageUtilization: ${p.target ?? 60} } }`;
  const nodes = Array.from(
    { length: p.nodes ?? 1 },
    (_, i) => `---
apiVersion: v1
kind: Node
metadata: { name: node-${i + 1} }
status: { capacity: { cpu: "8", memory: 16Gi } }
`,
  ).join('');
  return `apiVersion: kubetwin.io/v1alpha1
kind: Scenario
metadata: { name: hpa-test }
spec:
  duration: ${p.duration ?? '2m'}
  sampleInterval: 15s
  load:
    web:
      curve: ${curve}
      cpuPerRequest: ${p.cpuPerRequest ?? 5}
      baseline: { cpu: 50m }
${p.hpaSection ?? ''}
${p.timeline ?? ''}
${nodes}---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: ${p.replicas ?? 2}
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: app
          image: nginx
          resources: { ${requests}limits: { cpu: "1", memory: 256Mi } }
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: web }
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: ${p.scaleTarget ?? 'Deployment'}, name: web }
  minReplicas: ${p.min ?? 1}
  maxReplicas: ${p.max ?? 10}
  metrics:${metrics}
${p.behavior ?? ''}
`;
}

export function runHpa(p: HpaScenario = {}): { rec: Recorder; sim: Simulation<Recorder> } {
  const sim = buildSimulation(loadScenarioText('hpa-test.yaml', hpaScenario(p)));
  return { rec: sim.run(), sim };
}

export function hpaEvents(rec: Recorder): Array<[number, string, string]> {
  return rec.events.filter((e) => e.kind === 'HorizontalPodAutoscaler').map((e) => [e.time / 1000, e.reason, e.message]);
}

/** The `hpa` series values at a sample time. */
export function hpaAt(rec: Recorder, seconds: number): Record<string, unknown> {
  return rec.samples.find((s) => s.kind === 'hpa' && s.time === seconds * 1000)?.values ?? {};
}

export function column(rec: Recorder, kind: string, col: string): Array<[number, unknown]> {
  return rec.samples.filter((s) => s.kind === kind).map((s) => [s.time / 1000, s.values[col]]);
}
