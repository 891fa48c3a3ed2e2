// Probe fast-forward gives the same report as probing step by step (spec.kubelet.fastForward: false),
// with far fewer engine events when probes are steady.
import { describe, expect, it } from 'vitest';
import { run, scenarioText } from './harness.js';
import { deploymentYaml } from '../../helpers/manifests.js';

const probes = `      livenessProbe: { httpGet: { path: /healthz, port: 8080 }, initialDelaySeconds: 10, periodSeconds: 5, failureThreshold: 3 }
      readinessProbe: { httpGet: { path: /ready, port: 8080 }, periodSeconds: 3, successThreshold: 2, failureThreshold: 2 }`;

const docs = `apiVersion: v1
kind: Pod
metadata: { name: hang }
spec:
  containers:
    - name: app
      image: example/web:1
${probes}
---
apiVersion: v1
kind: Pod
metadata: { name: slow }
spec:
  containers:
    - name: app
      image: example/web:1
      startupProbe: { tcpSocket: { port: 8080 }, periodSeconds: 2, failureThreshold: 30 }
${probes}
    - name: side
      image: example/side:1
      readinessProbe: { exec: { command: [ok] }, periodSeconds: 7 }
---
apiVersion: v1
kind: Pod
metadata: { name: leak }
spec:
  restartPolicy: OnFailure
  containers:
    - name: app
      image: example/cache:1
      resources: { limits: { memory: 200Mi } }
${probes}
---
${deploymentYaml({ replicas: 3, image: 'example/web:1', containerFields: probes.replace(/^/gm, '    ') })}`;

const spec = `  apps:
    - { target: pod/hang, responseTime: 20ms, phases: [{ after: 45s, hang: true }] }
    - { target: pod/slow, container: app, startupTime: 25s, phases: [{ at: 3m, for: 20s, error: 503 }, { at: 6m, for: 1s, latency: 2s }] }
    - { target: pod/slow, container: side, execTime: 300ms, phases: [{ after: 100s, for: 30s, error: { execExitCode: 2 } }] }
    - { target: pod/leak, memory: 100Mi, phases: [{ after: 30s, leak: 1Mi }, { after: 4m, exit: 0 }] }
    - { target: deployment/web, startupTime: 3s, shutdownTime: 4s, phases: [{ at: 5m, for: 40s, error: 500 }] }
  timeline:
    - { at: 150s, delete: pod/slow }
    - { at: 200s, scale: { target: deployment/web, replicas: 5 } }
    - { at: 400s, scale: { target: deployment/web, replicas: 2 } }`;

function report(fastForward: boolean, text: string) {
  const r = run(text, [`spec.kubelet.fastForward=${fastForward}`]);
  return {
    processed: r.sim.ctx.engine.processed,
    events: r.recorder.events,
    samples: r.recorder.samples,
    tables: r.recorder.extraTables(),
    summary: r.recorder.summary(),
  };
}

describe('probe fast-forward', () => {
  for (const seed of [1, 2]) {
    it(`seed ${seed}: identical events, samples, tables and summary in both modes`, () => {
      const text = scenarioText({ seed, duration: '12m', spec, docs });
      const ff = report(true, text);
      const step = report(false, text);
      expect(ff.events.length).toBeGreaterThan(100);
      expect(ff.events).toEqual(step.events);
      expect(ff.samples).toEqual(step.samples);
      expect(ff.tables).toEqual(step.tables);
      expect(ff.summary).toEqual(step.summary);
      expect(ff.processed).toBeLessThan(step.processed);
    });
  }

  it('a steady hour of healthy pods needs a small fraction of the engine events', () => {
    const healthy = `${deploymentYaml({ replicas: 20, image: 'example/web:1', containerFields: probes.replace(/^/gm, '    ') })}`;
    const text = scenarioText({ duration: '1h', docs: healthy }).replace('sampleInterval: 5s', 'sampleInterval: 1m');
    const ff = report(true, text);
    const step = report(false, text);
    expect(ff.samples).toEqual(step.samples);
    expect(ff.summary).toEqual(step.summary);
    // Step by step: 20 pods × (720 liveness + 1200 readiness probes) ≈ 38 400 events.
    expect(step.processed).toBeGreaterThan(38_000);
    expect(ff.processed).toBeLessThan(step.processed / 20);
  });
});
