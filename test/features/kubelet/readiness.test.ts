// Readiness through the kubelet component: Ready only after successThreshold consecutive successes
// (k8s v1.28 worker.go doProbe resultRun), a pod out of readiness is not Ready, and the readiness
// worker's manual trigger when a container starts (prober_manager.go UpdatePodStatus).
import { describe, expect, it } from 'vitest';
import { probeOffset, run, scenarioText } from './harness.js';

const SEED = 3;
const pod = (successThreshold: number) => `apiVersion: v1
kind: Pod
metadata: { name: r1 }
spec:
  containers:
    - name: app
      image: example/web:1
      readinessProbe:
        httpGet: { path: /ready, port: 8080 }
        periodSeconds: 5
        successThreshold: ${successThreshold}
        failureThreshold: 1`;

// Probes run at o + 5k s. The app answers 503 before o + 5.001 s and in [o + 14 s, o + 16 s):
// results F F S F S S … — the lone success at o + 10 s is followed by a failure.
const o = probeOffset(SEED, 'default/r1', 'app', 'readiness', 5000);
const apps = `  apps:
    - target: pod/r1
      phases:
        - { at: 0s, for: ${o + 5001}ms, error: 503 }
        - { at: ${o + 14_000}ms, for: 2s, error: 503 }`;

function readyFrom(successThreshold: number): number[] {
  const r = run(scenarioText({ seed: SEED, duration: '60s', spec: apps, docs: pod(successThreshold) }));
  return r
    .states('r1.app')
    .filter((s) => s.state === 'Running, ready')
    .map((s) => s.from);
}

describe('readiness successThreshold', () => {
  it('successThreshold 2: a single success between failures does not make the pod Ready; two in a row do', () => {
    // Ready when the second consecutive success returns (5 ms answer time).
    expect(readyFrom(2)).toEqual([o + 25_005]);
  });

  it('successThreshold 1: every success makes it Ready, every failure takes it out again', () => {
    expect(readyFrom(1)).toEqual([o + 10_005, o + 20_005]);
  });

  it('the failing probes are reported with the HTTP status', () => {
    const r = run(scenarioText({ seed: SEED, duration: '60s', spec: apps, docs: pod(2) }));
    const failures = r.recorder.events.filter((e) => e.reason === 'Unhealthy');
    expect(failures.map((e) => e.message)).toContain('Readiness probe failed: HTTP probe failed with statuscode: 503');
    // The pod's Ready condition follows the container.
    expect(r.recorder.series('pod', 'r1', 'ready').find(([, v]) => v === true)?.[0]).toBe(Math.ceil((o + 25_005) / 5000) * 5000);
  });
});

describe('readiness manual trigger', () => {
  it('a started container is probed at the first sync after it starts, not only on the ticker', () => {
    // Period 60 s: without the trigger the pod would wait up to a minute for its first readiness probe.
    const slow = `apiVersion: v1
kind: Pod
metadata: { name: r1 }
spec:
  containers:
    - name: app
      image: example/web:1
      readinessProbe: { tcpSocket: { port: 8080 }, periodSeconds: 60 }`;
    const r = run(scenarioText({ seed: SEED, duration: '30s', docs: slow }));
    // Container started at 0; the PLEG relist at 1 s syncs the pod, which triggers the probe.
    expect(r.states('r1.app').find((s) => s.state === 'Running, ready')?.from).toBe(1000);
  });
});
