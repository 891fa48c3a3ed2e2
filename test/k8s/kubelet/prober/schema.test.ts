// Probe API defaults (k8s pkg/apis/core/v1/defaults.go SetDefaults_Probe) and validation
// (pkg/apis/core/validation/validation.go validateProbe / validateHandler / validateContainers).
import { describe, expect, it } from 'vitest';
import { probeSchemaFor, SUCCESS_THRESHOLD_MESSAGE } from '../../../../src/k8s/kubelet/prober/schema.js';
import type { ProbeType } from '../../../../src/k8s/kubelet/prober/types.js';

const messages = (kind: ProbeType, input: unknown): string[] => {
  const r = probeSchemaFor(kind).safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('probe defaults', () => {
  it('fills the Kubernetes defaults', () => {
    expect(probeSchemaFor('readiness').parse({ httpGet: { port: 8080 } })).toEqual({
      handler: { kind: 'httpGet', port: 8080, path: '/', scheme: 'HTTP' },
      initialDelaySeconds: 0,
      timeoutSeconds: 1,
      periodSeconds: 10,
      successThreshold: 1,
      failureThreshold: 3,
    });
  });

  it('treats 0 as "use the default" for timeout, period and thresholds', () => {
    const p = probeSchemaFor('liveness').parse({
      tcpSocket: { port: 'http' },
      timeoutSeconds: 0,
      periodSeconds: 0,
      successThreshold: 0,
      failureThreshold: 0,
    });
    expect([p.timeoutSeconds, p.periodSeconds, p.successThreshold, p.failureThreshold]).toEqual([1, 10, 1, 3]);
  });

  it('keeps given values and maps each handler', () => {
    const p = probeSchemaFor('startup').parse({
      exec: { command: ['cat', '/tmp/ok'] },
      initialDelaySeconds: 5,
      periodSeconds: 3,
      failureThreshold: 30,
      terminationGracePeriodSeconds: 10,
    });
    expect(p).toEqual({
      handler: { kind: 'exec', command: ['cat', '/tmp/ok'] },
      initialDelaySeconds: 5,
      timeoutSeconds: 1,
      periodSeconds: 3,
      successThreshold: 1,
      failureThreshold: 30,
      terminationGracePeriodSeconds: 10,
    });
    expect(probeSchemaFor('readiness').parse({ grpc: { port: 9090 } }).handler).toEqual({ kind: 'grpc', port: 9090 });
    expect(
      probeSchemaFor('readiness').parse({
        httpGet: { port: 'web', path: '/ready', scheme: 'HTTPS', httpHeaders: [{ name: 'X-Probe', value: '1' }] },
      }).handler,
    ).toEqual({ kind: 'httpGet', port: 'web', path: '/ready', scheme: 'HTTPS' });
  });
});

describe('probe validation', () => {
  const rejected: Array<[string, ProbeType, unknown, RegExp]> = [
    ['no handler', 'readiness', { periodSeconds: 5 }, /must specify a handler type/],
    ['two handlers', 'readiness', { httpGet: { port: 80 }, tcpSocket: { port: 80 } }, /may not specify more than 1 handler type/],
    [
      'negative delay',
      'readiness',
      { tcpSocket: { port: 80 }, initialDelaySeconds: -1 },
      /initialDelaySeconds: must be greater than or equal to 0/,
    ],
    ['negative period', 'readiness', { tcpSocket: { port: 80 }, periodSeconds: -5 }, /periodSeconds: must be greater than or equal to 0/],
    ['fractional timeout', 'readiness', { tcpSocket: { port: 80 }, timeoutSeconds: 1.5 }, /timeoutSeconds: must be a whole number/],
    [
      'liveness successThreshold 2',
      'liveness',
      { tcpSocket: { port: 80 }, successThreshold: 2 },
      new RegExp(SUCCESS_THRESHOLD_MESSAGE.replace(/[()]/g, '\\$&')),
    ],
    [
      'startup successThreshold 3',
      'startup',
      { tcpSocket: { port: 80 }, successThreshold: 3 },
      /successThreshold must be 1 for liveness and startup probes/,
    ],
    ['port out of range', 'readiness', { httpGet: { port: 70000 } }, /httpGet.port: must be between 1 and 65535/],
    ['bad port name', 'readiness', { tcpSocket: { port: 'Web_UI' } }, /tcpSocket.port: must contain only alpha-numeric/],
    ['numeric text port', 'readiness', { tcpSocket: { port: '8080' } }, /must contain at least one letter/],
    ['bad scheme', 'readiness', { httpGet: { port: 80, scheme: 'FTP' } }, /httpGet.scheme/],
    ['empty exec command', 'liveness', { exec: { command: [] } }, /exec.command: command is required/],
    ['unknown field', 'readiness', { tcpSocket: { port: 80 }, periodSecond: 5 }, /periodSecond/],
    [
      'readiness grace period',
      'readiness',
      { tcpSocket: { port: 80 }, terminationGracePeriodSeconds: 5 },
      /must not be set for readinessProbes/,
    ],
    ['zero grace period', 'liveness', { tcpSocket: { port: 80 }, terminationGracePeriodSeconds: 0 }, /must be greater than 0/],
  ];
  for (const [name, kind, input, pattern] of rejected) {
    it(`rejects ${name}`, () => expect(messages(kind, input).join('\n')).toMatch(pattern));
  }

  it('allows readiness successThreshold above 1', () => {
    expect(probeSchemaFor('readiness').parse({ tcpSocket: { port: 80 }, successThreshold: 3 }).successThreshold).toBe(3);
  });
});
