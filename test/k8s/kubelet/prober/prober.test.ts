// Port of k8s v1.28 pkg/kubelet/prober/prober_test.go TestProbe (result mapping and errors) plus
// the retry rule of runProbeWithRetries (maxProbeRetries = 3, only on handler errors).
import { describe, expect, it } from 'vitest';
import type { ProbeSpec } from '../../../../src/model/types.js';
import { probe, probeApp } from '../../../../src/k8s/kubelet/prober/prober.js';
import type { HandlerOutcome, HandlerResult, ProbeType } from '../../../../src/k8s/kubelet/prober/types.js';

const execProbe: ProbeSpec = {
  handler: { kind: 'exec', command: [] },
  initialDelaySeconds: 0,
  timeoutSeconds: 1,
  periodSeconds: 10,
  successThreshold: 1,
  failureThreshold: 3,
};
const handler = (result: HandlerResult, error?: string): HandlerOutcome => ({
  result,
  output: 'out',
  durationMs: 7,
  ...(error ? { error } : {}),
});

describe('prober result mapping (TestProbe)', () => {
  const table: Array<[name: string, spec: ProbeSpec | undefined, outcome: HandlerOutcome, result: string, isError: boolean]> = [
    ['no probe', undefined, handler('Failure'), 'Success', false],
    ['probe fails', execProbe, handler('Failure'), 'Failure', false],
    ['probe succeeds', execProbe, handler('Success'), 'Success', false],
    ['probe result is warning', execProbe, handler('Warning'), 'Success', false],
    ['probe result is unknown', execProbe, handler('Unknown'), 'Failure', false],
    ['probe has an error', execProbe, handler('Unknown', 'exec error'), 'Failure', true],
  ];
  for (const type of ['liveness', 'readiness', 'startup'] as ProbeType[]) {
    for (const [name, spec, outcome, result, isError] of table) {
      it(`${type}: ${name}`, () => {
        const r = probe(type, spec, () => outcome);
        expect(r.result).toBe(result);
        expect(r.error !== undefined).toBe(isError);
      });
    }
  }
});

describe('retries and events', () => {
  it('retries up to 3 times on errors, then gives up with the error', () => {
    let calls = 0;
    const r = probe('readiness', execProbe, () => {
      calls++;
      return handler('Unknown', 'boom');
    });
    expect(calls).toBe(3);
    expect(r.attempts).toBe(3);
    expect(r.durationMs).toBe(21);
    expect(r.event?.message).toBe('Readiness probe errored: boom');
  });

  it('stops retrying at the first attempt without an error', () => {
    const outcomes = [handler('Unknown', 'flake'), handler('Success')];
    const r = probe('liveness', execProbe, (i) => outcomes[i]);
    expect([r.result, r.attempts, r.error]).toEqual(['Success', 2, undefined]);
  });

  it('a failure is not retried', () => {
    let calls = 0;
    probe('liveness', execProbe, () => {
      calls++;
      return handler('Failure');
    });
    expect(calls).toBe(1);
  });

  it('events use the kubelet reasons and messages', () => {
    expect(probe('liveness', execProbe, () => handler('Failure')).event).toEqual({
      type: 'Warning',
      reason: 'Unhealthy',
      message: 'Liveness probe failed: out',
    });
    expect(probe('startup', execProbe, () => handler('Warning')).event).toEqual({
      type: 'Warning',
      reason: 'ProbeWarning',
      message: 'Startup probe warning: out',
    });
    expect(probe('readiness', execProbe, () => handler('Success')).event).toBeUndefined();
  });

  it("probeApp runs the probe's handler with its timeout against the app", () => {
    const spec: ProbeSpec = { ...execProbe, timeoutSeconds: 2, handler: { kind: 'httpGet', port: 80, path: '/', scheme: 'HTTP' } };
    const target = {
      listening: true,
      responding: true,
      httpStatus: 200,
      responseMs: 1500,
      execExitCode: 0,
      execMs: 0,
      grpcStatus: 'SERVING' as const,
    };
    expect(probeApp('readiness', spec, target, []).result).toBe('Success');
    expect(probeApp('readiness', { ...spec, timeoutSeconds: 1 }, target, []).result).toBe('Failure');
  });
});
