// Issue 4's worked check, end to end through the kubelet component: a liveness probe with
// initialDelaySeconds 10, periodSeconds 5, failureThreshold 3 (timeout 1 s by default) on an app
// that hangs at t = 60 s (container age 60 s; the pod is bound and its container started at t = 0).
//
// The kill comes at 71 s + o, where o ∈ [0, 5 s) is the worker's random first-probe offset
// (worker.go run: the kubelet started less than one period ago), drawn from the stream
// `kubelet/probe/default/p1/app/liveness`:
//   * probes run at o + 5k s; those before 10 s are skipped (initial delay), those up to 55 s + o
//     succeed (55 s + o < 60 s);
//   * the hang is in effect from exactly 60 s, so the probes at 60 + o, 65 + o and 70 + o each run
//     into the 1 s HTTP timeout: the first two return Failure below the threshold, the third reaches
//     failureThreshold 3 when it returns at 71 s + o;
//   * the liveness Failure makes the kubelet sync the pod at once (handleProbeSync), which kills the
//     container ("Killing": failed liveness probe, will be restarted); the app takes its shutdown
//     time (default 1 s, spec.termination) to exit on SIGTERM (143), and — the first restart has no
//     earlier exited instance, so no back-off — the same sync then starts the new container.
// With seed 7 the offset is 3.087 s: killed at 74.087 s, running again at 75.087 s.
import { describe, expect, it } from 'vitest';
import { probeOffset, run, scenarioText } from './harness.js';

const pod = `apiVersion: v1
kind: Pod
metadata: { name: p1 }
spec:
  containers:
    - name: app
      image: example/web:1
      ports: [{ name: http, containerPort: 8080 }]
      livenessProbe:
        httpGet: { path: /healthz, port: http }
        initialDelaySeconds: 10
        periodSeconds: 5
        failureThreshold: 3`;
const apps = `  apps:
    - target: pod/p1
      responseTime: 20ms
      phases: [{ after: 60s, hang: true }]`;

describe('worked check: liveness initialDelay 10 s, period 5 s, failureThreshold 3, hang at 60 s', () => {
  it('seed 7: offset 3.087 s, killed at 74.087 s after three failed probes, restarted 1 s later', () => {
    expect(probeOffset(7, 'default/p1', 'app', 'liveness', 5000)).toBe(3087);
    const r = run(scenarioText({ seed: 7, duration: '100s', spec: apps, docs: pod }));
    const liveness = r.recorder.events.filter((e) => e.reason === 'Unhealthy' && e.message.startsWith('Liveness'));
    // Each failed probe is reported when it returns (1 s timeout after it started).
    expect(liveness.map((e) => e.time)).toEqual([64_087, 69_087, 74_087]);
    expect(liveness[0].message).toBe(
      'Liveness probe failed: Get "http://10.251.145.149:8080/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
    );
    const killing = r.recorder.events.filter((e) => e.reason === 'Killing');
    expect(killing.map((e) => [e.time, e.message])).toEqual([[74_087, 'Container app failed liveness probe, will be restarted']]);
    expect(r.times('Started')).toEqual([0, 75_087]);
    expect(r.summary('p1.app')).toMatchObject({ restarts: 1, killedByLiveness: 1, lastTerminationReason: 'Error', lastExitCode: 143 });
  });

  for (const seed of [1, 2, 3, 4, 5]) {
    it(`seed ${seed}: the kill is at 71 s + the drawn offset`, () => {
      const o = probeOffset(seed, 'default/p1', 'app', 'liveness', 5000);
      const r = run(scenarioText({ seed, duration: '90s', spec: apps, docs: pod }));
      expect(r.times('Killing')).toEqual([71_000 + o]);
    });
  }

  it('without the hang the container is never killed', () => {
    const r = run(scenarioText({ seed: 7, duration: '5m', spec: '  apps: [{ target: pod/p1 }]', docs: pod }));
    expect(r.times('Killing')).toEqual([]);
    expect(r.summary('p1.app')).toMatchObject({ restarts: 0, probesRun: { liveness: 58 } });
  });
});
