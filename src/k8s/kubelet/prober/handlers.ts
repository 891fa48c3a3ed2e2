// Modelled probe handlers: nothing is ever dialled or executed. Each handler reads the simulated
// application's state (a ProbeTarget, see src/kubelet/app) and returns what the real handler would.
// k8s v1.28 pkg/probe/{http,tcp,exec,grpc} and pkg/kubelet/prober/prober.go runProbe.
import type { ContainerPort, ProbeHandler } from '../../../model/types.js';
import { resolveContainerPort } from './ports.js';
import type { HandlerOutcome } from './types.js';

export type GrpcServingStatus = 'SERVING' | 'NOT_SERVING' | 'SERVICE_UNKNOWN' | 'UNKNOWN' | 'UNIMPLEMENTED';

/** What a probe can observe of the simulated application at the moment the probe starts. */
export interface ProbeTarget {
  /** The process accepts connections (started up and not exited). */
  listening: boolean;
  /** Ports it listens on; undefined = any port a probe asks for. */
  listenPorts?: readonly number[];
  /**
   * False while the app hangs: HTTP and gRPC requests and exec commands then run into the probe
   * timeout; a TCP dial still succeeds while `listening` (the kernel completes the handshake).
   */
  responding: boolean;
  /** Final HTTP status code of a GET. */
  httpStatus: number;
  /** Time to answer one request, ms. */
  responseMs: number;
  /** Redirects before the final status: followed by the kubelet only when on the same host. */
  httpRedirect?: { sameHost: boolean; hops: number };
  /** Exit code of an exec probe command. */
  execExitCode: number;
  /** Run time of an exec probe command, ms. */
  execMs: number;
  /** Set when the runtime cannot run the exec at all: a handler error (the prober retries). */
  execError?: string;
  grpcStatus: GrpcServingStatus;
}

export interface HandlerOptions {
  /** The probe's timeoutSeconds in ms: the HTTP client, TCP dial, exec and gRPC deadline. */
  timeoutMs: number;
  /** The container's declared ports, used to resolve a named probe port. */
  containerPorts: readonly ContainerPort[];
  /** Only used in output texts. */
  podIP?: string;
}

/** k8s http/http.go maxRedirects via net/http's default CheckRedirect: the 10th redirect is an error. */
export const MAX_REDIRECTS = 10;

const seconds = (ms: number) => `${ms / 1000}s`;

function listensOn(t: ProbeTarget, port: number): boolean {
  return t.listening && (t.listenPorts === undefined || t.listenPorts.includes(port));
}

const ok = (result: HandlerOutcome['result'], output: string, durationMs: number): HandlerOutcome => ({ result, output, durationMs });

/** k8s pkg/probe/http/http.go DoHTTPProbe: 200–299 Success, 300–399 Warning, else Failure. */
export function httpStatusResult(code: number): 'Success' | 'Warning' | 'Failure' {
  if (code >= 200 && code < 400) return code >= 300 ? 'Warning' : 'Success';
  return 'Failure';
}

export function httpGetHandler(h: Extract<ProbeHandler, { kind: 'httpGet' }>, t: ProbeTarget, o: HandlerOptions): HandlerOutcome {
  const port = resolveContainerPort(h.port, o.containerPorts);
  // prober.go runProbe: a port that cannot be resolved is an error (Unknown), retried by the prober.
  if (!port.ok) return { result: 'Unknown', output: '', error: port.error, durationMs: 0 };
  const host = `${o.podIP ?? 'pod-ip'}:${port.port}`;
  const url = `${h.scheme.toLowerCase()}://${host}${h.path.startsWith('/') ? '' : '/'}${h.path}`;
  if (!listensOn(t, port.port)) return ok('Failure', `Get "${url}": dial tcp ${host}: connect: connection refused`, 0);
  const redirect = t.httpRedirect;
  // Followed same-host redirects cost one request each; the client gives up after 10 requests.
  const requests = redirect?.sameHost ? Math.min(redirect.hops + 1, MAX_REDIRECTS) : 1;
  const took = t.responseMs * requests;
  if (!t.responding || took >= o.timeoutMs) {
    return ok('Failure', `Get "${url}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`, o.timeoutMs);
  }
  if (redirect && !redirect.sameHost) {
    // http.go: a redirect to another host is not followed; the 3xx response is a Warning.
    return ok('Warning', 'Probe terminated redirects, Response body: ', took);
  }
  if (redirect && redirect.hops >= MAX_REDIRECTS) return ok('Failure', `Get "${url}": stopped after ${MAX_REDIRECTS} redirects`, took);
  const result = httpStatusResult(t.httpStatus);
  if (result === 'Failure') return ok(result, `HTTP probe failed with statuscode: ${t.httpStatus}`, took);
  return ok(result, result === 'Warning' ? 'Probe terminated redirects, Response body: ' : '', took);
}

/**
 * k8s v1.28 pkg/probe/tcp/tcp.go DoTCPProbe: it only dials (and closes at once); a connection within
 * the timeout is Success, else Failure. The kernel completes the handshake for a listening socket
 * whether or not the process ever accepts or reads, so a hung (but still listening) app passes.
 */
export function tcpSocketHandler(h: Extract<ProbeHandler, { kind: 'tcpSocket' }>, t: ProbeTarget, o: HandlerOptions): HandlerOutcome {
  const port = resolveContainerPort(h.port, o.containerPorts);
  if (!port.ok) return { result: 'Unknown', output: '', error: port.error, durationMs: 0 };
  const host = `${o.podIP ?? 'pod-ip'}:${port.port}`;
  if (!listensOn(t, port.port)) return ok('Failure', `dial tcp ${host}: connect: connection refused`, 0);
  return ok('Success', '', 0);
}

/**
 * k8s pkg/probe/exec/exec.go Probe: exit 0 Success, other exit codes Failure, a timeout Failure
 * (ExecProbeTimeout gate, on by default in 1.28), any other execution error Unknown + error.
 */
export function execHandler(h: Extract<ProbeHandler, { kind: 'exec' }>, t: ProbeTarget, o: HandlerOptions): HandlerOutcome {
  if (t.execError !== undefined) return { result: 'Unknown', output: '', error: t.execError, durationMs: 0 };
  if (!t.responding || t.execMs >= o.timeoutMs) {
    return ok('Failure', `command "${h.command.join(' ')}" timed out`, o.timeoutMs);
  }
  return ok(t.execExitCode === 0 ? 'Success' : 'Failure', '', t.execMs);
}

/** k8s pkg/probe/grpc/grpc.go Probe: SERVING is Success; every other answer, dial error or timeout is Failure. */
export function grpcHandler(h: Extract<ProbeHandler, { kind: 'grpc' }>, t: ProbeTarget, o: HandlerOptions): HandlerOutcome {
  const addr = `${o.podIP ?? 'pod-ip'}:${h.port}`;
  if (!listensOn(t, h.port)) return ok('Failure', `error: failed to connect service at "${addr}": connection refused`, 0);
  if (!t.responding || t.responseMs >= o.timeoutMs) {
    return ok('Failure', `timeout: health rpc did not complete within ${seconds(o.timeoutMs)}`, o.timeoutMs);
  }
  if (t.grpcStatus === 'UNIMPLEMENTED') {
    return ok('Failure', 'error: this server does not implement the grpc health protocol (grpc.health.v1.Health)', t.responseMs);
  }
  if (t.grpcStatus !== 'SERVING') return ok('Failure', `service unhealthy (responded with "${t.grpcStatus}")`, t.responseMs);
  return ok('Success', 'service healthy', t.responseMs);
}

/** Runs the modelled handler of a probe against the app state (prober.go runProbe dispatch). */
export function runHandler(handler: ProbeHandler, target: ProbeTarget, options: HandlerOptions): HandlerOutcome {
  switch (handler.kind) {
    case 'httpGet':
      return httpGetHandler(handler, target, options);
    case 'tcpSocket':
      return tcpSocketHandler(handler, target, options);
    case 'exec':
      return execHandler(handler, target, options);
    case 'grpc':
      return grpcHandler(handler, target, options);
  }
}
