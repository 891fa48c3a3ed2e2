// Modelled handler tables, after k8s pkg/probe/http/http_test.go (TestHTTPProbeChecker status and
// redirect rows, TestHTTPProbeChecker_NonLocalRedirects), pkg/probe/tcp/tcp_test.go
// (TestTcpHealthChecker), pkg/probe/exec/exec_test.go (TestExec) and pkg/probe/grpc/grpc_test.go
// (TestGrpcProber_Probe).
import { describe, expect, it } from 'vitest';
import type { ProbeHandler } from '../../../../src/model/types.js';
import { httpStatusResult, runHandler, type ProbeTarget } from '../../../../src/k8s/kubelet/prober/handlers.js';

const up: ProbeTarget = {
  listening: true,
  responding: true,
  httpStatus: 200,
  responseMs: 10,
  execExitCode: 0,
  execMs: 5,
  grpcStatus: 'SERVING',
};
const opts = { timeoutMs: 1000, containerPorts: [{ name: 'http', containerPort: 8080, protocol: 'TCP' as const }], podIP: '10.0.0.7' };
const http: ProbeHandler = { kind: 'httpGet', port: 8080, path: '/healthz', scheme: 'HTTP' };
const tcp: ProbeHandler = { kind: 'tcpSocket', port: 'http' };
const exec: ProbeHandler = { kind: 'exec', command: ['cat', '/tmp/healthy'] };
const grpc: ProbeHandler = { kind: 'grpc', port: 8080 };

describe('HTTP status → result (http.go DoHTTPProbe)', () => {
  const table: Array<[number, string]> = [
    [100, 'Failure'],
    [199, 'Failure'],
    [200, 'Success'],
    [204, 'Success'],
    [299, 'Success'],
    [300, 'Warning'],
    [301, 'Warning'],
    [308, 'Warning'],
    [399, 'Warning'],
    [400, 'Failure'],
    [404, 'Failure'],
    [500, 'Failure'],
    [503, 'Failure'],
  ];
  for (const [code, want] of table) it(`${code} → ${want}`, () => expect(httpStatusResult(code)).toBe(want));
});

describe('httpGet handler', () => {
  const table: Array<[name: string, target: Partial<ProbeTarget>, result: string, durationMs: number, output?: RegExp]> = [
    ['200 ok', {}, 'Success', 10],
    ['500', { httpStatus: 500 }, 'Failure', 10, /statuscode: 500/],
    ['answer slower than the timeout (TestHTTPProbeChecker sleep row)', { responseMs: 3000 }, 'Failure', 1000, /deadline exceeded/],
    ['answer exactly at the timeout', { responseMs: 1000 }, 'Failure', 1000],
    ['hung app', { responding: false }, 'Failure', 1000, /Client.Timeout/],
    ['not listening yet', { listening: false }, 'Failure', 0, /connection refused/],
    ['listens on other ports only', { listenPorts: [9090] }, 'Failure', 0, /connection refused/],
    ['same-host redirect to 200 (301/302/307/308 rows)', { httpRedirect: { sameHost: true, hops: 1 } }, 'Success', 20],
    ['same-host redirect to 500', { httpRedirect: { sameHost: true, hops: 1 }, httpStatus: 500 }, 'Failure', 20],
    ['redirect to another host ("bogus nonlocal")', { httpRedirect: { sameHost: false, hops: 1 } }, 'Warning', 10, /terminated redirects/],
    ['redirect loop ("redirect loop")', { httpRedirect: { sameHost: true, hops: 50 } }, 'Failure', 100, /stopped after 10 redirects/],
    ['9 same-host redirects are followed', { httpRedirect: { sameHost: true, hops: 9 } }, 'Success', 100],
    ['3xx without a followable location', { httpStatus: 308 }, 'Warning', 10],
  ];
  for (const [name, target, result, durationMs, output] of table) {
    it(name, () => {
      const o = runHandler(http, { ...up, ...target }, opts);
      expect(o.result).toBe(result);
      expect(o.durationMs).toBe(durationMs);
      expect(o.error).toBeUndefined();
      if (output) expect(o.output).toMatch(output);
    });
  }

  it('an unresolvable named port is a handler error', () => {
    const o = runHandler({ ...http, port: 'admin' }, up, opts);
    expect(o.result).toBe('Unknown');
    expect(o.error).toMatch(/admin/);
  });

  it('a named port resolves through the container ports', () => {
    expect(runHandler({ ...http, port: 'http' }, { ...up, listenPorts: [8080] }, opts).result).toBe('Success');
  });
});

describe('tcpSocket handler (TestTcpHealthChecker)', () => {
  const table: Array<[string, Partial<ProbeTarget>, string, number]> = [
    ['connection made', {}, 'Success', 0],
    ['nothing listening', { listening: false }, 'Failure', 0],
    ['port not open', { listenPorts: [9090] }, 'Failure', 0],
    // DoTCPProbe only dials: the kernel completes the handshake for a listening socket, hung or not.
    ['hung app that still listens: the dial succeeds', { responding: false }, 'Success', 0],
    ['hung app still starting up (not listening yet)', { responding: false, listening: false }, 'Failure', 0],
  ];
  for (const [name, target, result, durationMs] of table) {
    it(name, () => {
      const o = runHandler(tcp, { ...up, ...target }, opts);
      expect([o.result, o.durationMs, o.error]).toEqual([result, durationMs, undefined]);
    });
  }
  it('invalid port number is a handler error', () => expect(runHandler({ kind: 'tcpSocket', port: 0 }, up, opts).error).toBeDefined());
});

describe('a listening but hung app, per handler', () => {
  const hung: ProbeTarget = { ...up, responding: false };
  const table: Array<[string, ProbeHandler, string, number, RegExp]> = [
    ['tcpSocket: handshake completed by the kernel', tcp, 'Success', 0, /^$/],
    ['httpGet: no answer before the timeout', http, 'Failure', 1000, /Client\.Timeout exceeded/],
    ['grpc: the health RPC times out', grpc, 'Failure', 1000, /did not complete within 1s/],
    ['exec: the command times out', exec, 'Failure', 1000, /timed out/],
  ];
  for (const [name, handler, result, durationMs, output] of table) {
    it(name, () => {
      const o = runHandler(handler, hung, opts);
      expect([o.result, o.durationMs, o.error]).toEqual([result, durationMs, undefined]);
      expect(o.output).toMatch(output);
    });
  }
});

describe('exec handler (TestExec)', () => {
  const table: Array<[string, Partial<ProbeTarget>, string, boolean, number]> = [
    ['exit 0', {}, 'Success', false, 5],
    ['exit 1 (unhealthy)', { execExitCode: 1 }, 'Failure', false, 5],
    ['runtime error → Unknown + error', { execError: 'test error' }, 'Unknown', true, 0],
    ['command slower than the timeout', { execMs: 1500 }, 'Failure', false, 1000],
    ['hung app', { responding: false }, 'Failure', false, 1000],
  ];
  for (const [name, target, result, isError, durationMs] of table) {
    it(name, () => {
      const o = runHandler(exec, { ...up, ...target }, opts);
      expect([o.result, o.error !== undefined, o.durationMs]).toEqual([result, isError, durationMs]);
    });
  }
  it('a timeout names the command', () => {
    expect(runHandler(exec, { ...up, responding: false }, opts).output).toBe('command "cat /tmp/healthy" timed out');
  });
});

describe('grpc handler (TestGrpcProber_Probe)', () => {
  const table: Array<[string, Partial<ProbeTarget>, string, RegExp]> = [
    ['cannot connect', { listening: false }, 'Failure', /failed to connect/],
    ['NOT_SERVING', { grpcStatus: 'NOT_SERVING' }, 'Failure', /service unhealthy \(responded with "NOT_SERVING"\)/],
    ['no answer in time', { responseMs: 4000 }, 'Failure', /did not complete within 1s/],
    ['health protocol unimplemented', { grpcStatus: 'UNIMPLEMENTED' }, 'Failure', /does not implement/],
    ['SERVING', {}, 'Success', /service healthy/],
  ];
  for (const [name, target, result, output] of table) {
    it(name, () => {
      const o = runHandler(grpc, { ...up, ...target }, opts);
      expect(o.result).toBe(result);
      expect(o.error).toBeUndefined();
      expect(o.output).toMatch(output);
    });
  }
});
