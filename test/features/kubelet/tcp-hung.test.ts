// End to end: a hung app that still listens passes a TCP liveness probe (k8s v1.28 DoTCPProbe only
// dials; the kernel completes the handshake), while the same app fails an HTTP liveness probe and is
// killed. Its requests still fail, so it is not serving.
import { describe, expect, it } from 'vitest';
import { run, scenarioText } from './harness.js';

const pod = (name: string, handler: string) => `apiVersion: v1
kind: Pod
metadata: { name: ${name} }
spec:
  containers:
    - name: app
      image: example/web:1
      ports: [{ name: http, containerPort: 8080 }]
      livenessProbe: { ${handler}, periodSeconds: 5, failureThreshold: 3 }
`;

const spec = `  apps:
    - { target: pod/tcp, responseTime: 20ms, phases: [{ after: 30s, hang: true }] }
    - { target: pod/http, responseTime: 20ms, phases: [{ after: 30s, hang: true }] }`;

describe('TCP probe against a hung, listening app', () => {
  it('the TCP-probed pod is never killed; the HTTP-probed one is', () => {
    const docs = `${pod('tcp', 'tcpSocket: { port: http }')}---\n${pod('http', 'httpGet: { path: /healthz, port: http }')}`;
    const r = run(scenarioText({ seed: 3, duration: '2m', spec, docs }));
    expect(r.times('Killing', 'tcp')).toEqual([]);
    expect(r.times('Unhealthy', 'tcp')).toEqual([]);
    expect(r.summary('tcp.app')).toMatchObject({ restarts: 0, killedByLiveness: 0 });
    expect(r.times('Killing', 'http').length).toBeGreaterThan(0);
    expect(r.summary('http.app')).toMatchObject({ killedByLiveness: expect.any(Number) });
    expect((r.summary('http.app') as { killedByLiveness: number }).killedByLiveness).toBeGreaterThan(0);
  });
});
