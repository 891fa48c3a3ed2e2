// Container lifecycle through the kubelet component: startup probes gate liveness and kill a
// container that never starts; a probe kill waits for the app to stop (SIGKILL after the grace
// period); OOM kills at the exact millisecond memory exceeds the limit; ctx.apps.serving.
import { describe, expect, it } from 'vitest';
import { probeOffset, run, scenarioText } from './harness.js';

describe('startup probe', () => {
  const pod = `apiVersion: v1
kind: Pod
metadata: { name: s1 }
spec:
  containers:
    - name: app
      image: example/slow:1
      startupProbe: { tcpSocket: { port: 8080 }, periodSeconds: 5, failureThreshold: 4 }
      livenessProbe: { tcpSocket: { port: 8080 }, periodSeconds: 5, failureThreshold: 1 }`;
  const o = probeOffset(1, 'default/s1', 'app', 'startup', 5000);

  it('holds liveness back until the app has started, then liveness takes over', () => {
    // Listening from 12 s; startup probes at o + 5k s.
    const r = run(scenarioText({ duration: '60s', spec: '  apps: [{ target: pod/s1, startupTime: 12s }]', docs: pod }));
    expect(r.times('Killing')).toEqual([]);
    // The first startup probe at or after 12 s succeeds; the ones before are refused.
    const first = o + Math.ceil((12_000 - o) / 5000) * 5000;
    const started = r.states('s1.app').find((s) => s.state !== 'Running, not started')!;
    expect(started.from).toBe(first);
    const failures = r.recorder.events.filter((e) => e.reason === 'Unhealthy');
    expect(failures.every((e) => e.message.startsWith('Startup probe failed'))).toBe(true);
    expect(r.summary('s1.app')).toMatchObject({ probeFailures: { startup: failures.length, liveness: 0 } });
  });

  it('kills a container that does not start within failureThreshold × period', () => {
    const r = run(scenarioText({ duration: '60s', spec: '  apps: [{ target: pod/s1, startupTime: 10m }]', docs: pod }));
    const kills = r.recorder.events.filter((e) => e.reason === 'Killing');
    // Fourth failed startup probe at o + 15 s (connection refused answers at once).
    expect(kills[0]).toMatchObject({ time: o + 15_000, message: 'Container app failed startup probe, will be restarted' });
    expect(r.summary('s1.app')).toMatchObject({ killedByStartup: kills.length, killedByLiveness: 0 });
  });
});

describe('stopping a container for a failed probe', () => {
  const pod = (grace: string) => `apiVersion: v1
kind: Pod
metadata: { name: k1 }
spec:
  terminationGracePeriodSeconds: 30
  containers:
    - name: app
      image: example/web:1
      livenessProbe: { exec: { command: [check] }, periodSeconds: 10, failureThreshold: 1${grace} }`;
  const apps = (shutdown: string) => `  apps: [{ target: pod/k1, shutdownTime: ${shutdown}, phases: [{ after: 20s, error: 500 }] }]`;
  const o = probeOffset(1, 'default/k1', 'app', 'liveness', 10_000);
  // Probes at o + 10k s, o < 10 s: the one at o + 20 s is the first to see the error.
  const killAt = o + 20_000;

  it('an app that stops on SIGTERM in 3 s exits 143 and restarts 3 s after the kill', () => {
    const r = run(scenarioText({ duration: '60s', spec: apps('3s'), docs: pod('') }));
    expect(r.times('Killing')[0]).toBe(killAt);
    expect(r.times('Started')[1]).toBe(killAt + 3000);
    expect(r.summary('k1.app')).toMatchObject({ lastExitCode: 143 });
  });

  it("the probe's own terminationGracePeriodSeconds caps the wait: SIGKILL, exit 137", () => {
    const r = run(scenarioText({ duration: '60s', spec: apps('1m'), docs: pod(', terminationGracePeriodSeconds: 5') }));
    expect(r.times('Started')[1]).toBe(killAt + 5000);
    expect(r.summary('k1.app')).toMatchObject({ lastExitCode: 137, lastTerminationReason: 'Error' });
  });

  it('the grace period is at least 2 s (minimumGracePeriodInSeconds)', () => {
    const r = run(scenarioText({ duration: '60s', spec: apps('1m'), docs: pod(', terminationGracePeriodSeconds: 1') }));
    expect(r.times('Started')[1]).toBe(killAt + 2000);
  });
});

describe('memory limit', () => {
  const pod = (limit: string) => `apiVersion: v1
kind: Pod
metadata: { name: m1 }
spec:
  containers:
    - name: app
      image: example/cache:1
      resources: { requests: { memory: ${limit} }, limits: { memory: ${limit} } }`;
  const apps = '  apps: [{ target: pod/m1, memory: 100Mi, phases: [{ after: 10s, leak: 2Mi }] }]';

  it('OOM-kills (137, OOMKilled) at the first millisecond memory exceeds the limit', () => {
    // 100 MiB + 2 MiB/s from 10 s reaches 156 MiB at 38 s exactly; one more byte leaks in 1 ms.
    const r = run(scenarioText({ duration: '90s', spec: apps, docs: pod('156Mi') }));
    expect(r.times('OOMKilled')[0]).toBe(38_001);
    expect(r.recorder.events.find((e) => e.reason === 'OOMKilled')?.message).toBe(
      'Container app was OOM-killed: memory use 156Mi exceeded its limit 156Mi',
    );
    expect(r.summary('m1.app')).toMatchObject({ oomKilled: 2, lastTerminationReason: 'OOMKilled', lastExitCode: 137 });
    // Restarted at the next relist (first restart: no back-off); the new instance leaks afresh.
    expect(r.times('Started').slice(0, 2)).toEqual([0, 39_000]);
    expect(r.times('OOMKilled')[1]).toBe(39_000 + 38_001);
  });

  it('a container under its limit is never killed; memory shows in the series', () => {
    const r = run(scenarioText({ duration: '60s', spec: apps, docs: pod('1Gi') }));
    expect(r.times('OOMKilled')).toEqual([]);
    expect(r.recorder.series('container', 'm1.app', 'memoryBytes').find(([t]) => t === 20_000)?.[1]).toBe((100 + 20) * 1024 * 1024);
  });
});

describe('ctx.apps.serving', () => {
  it('is true while every container runs and answers, false while one hangs', () => {
    const pod = `apiVersion: v1
kind: Pod
metadata: { name: a1 }
spec:
  containers:
    - { name: web, image: example/web:1 }
    - { name: side, image: example/side:1 }`;
    const apps = '  apps: [{ target: pod/a1, container: side, phases: [{ at: 20s, for: 10s, hang: true }] }]';
    const r = run(scenarioText({ duration: '40s', spec: apps, docs: pod }));
    const serving = r.recorder.series('pod', 'a1', 'serving').map(([t, v]) => [t / 1000, v]);
    expect(serving.filter(([, v]) => v === false).map(([t]) => t)).toEqual([20, 25]);
    expect(r.recorder.series('container', 'a1.web', 'serving').every(([, v]) => v === true)).toBe(true);
  });
});
