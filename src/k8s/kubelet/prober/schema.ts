// The Kubernetes `Probe` object (core/v1) as a scenario writes it, defaulted and validated the way
// the API server does, and turned into the simulator's ProbeSpec.
// k8s v1.28 pkg/apis/core/v1/defaults.go (SetDefaults_Probe, SetDefaults_HTTPGetAction) and
// pkg/apis/core/validation/validation.go (validateProbe, validateHandler, validateContainers).
import { z } from 'zod';
import type { ProbeHandler, ProbeSpec } from '../../../model/types.js';
import { defaulted, HTTP_GET_DEFAULTS, PROBE_DEFAULTS } from './defaults.js';
import { portNameProblems, portNumberProblems } from './ports.js';
import type { ProbeType } from './types.js';

export const SUCCESS_THRESHOLD_MESSAGE = 'successThreshold must be 1 for liveness and startup probes (Kubernetes validation)';

// validation.go ValidatePortNumOrName: a number in 1..65535 or an IANA service name.
const portNumOrName = z.union([z.number(), z.string()]).superRefine((port, ctx) => {
  const problems = typeof port === 'number' ? portNumberProblems(port) : portNameProblems(port);
  for (const message of problems) ctx.addIssue({ code: 'custom', message });
});

const portNumber = z.number().superRefine((port, ctx) => {
  for (const message of portNumberProblems(port)) ctx.addIssue({ code: 'custom', message });
});

// validation.go validateHTTPHeaderName (IsHTTPHeaderName).
const httpHeader = z.strictObject({
  name: z.string().regex(/^[-A-Za-z0-9]+$/, 'a valid HTTP header name consists of letters, digits and "-"'),
  value: z.string(),
});

const httpGet = z.strictObject({
  path: z.string().optional(),
  port: portNumOrName,
  // validation.go validateHTTPGetAction: supported schemes are HTTP and HTTPS ("" is defaulted to HTTP).
  scheme: z.enum(['HTTP', 'HTTPS', ''], { error: 'supported values: "HTTP", "HTTPS"' }).optional(),
  /** Accepted and ignored: kubetwin always probes the pod itself. */
  host: z.string().optional(),
  /** Validated, then ignored: the modelled app does not look at request headers. */
  httpHeaders: z.array(httpHeader).optional(),
});

const tcpSocket = z.strictObject({ port: portNumOrName, host: z.string().optional() });
// validation.go validateExecAction: the command is required.
const exec = z.strictObject({ command: z.array(z.string()).min(1, 'command is required') });
// validation.go validateGRPCAction: an int32 port number; the service name is free text.
const grpc = z.strictObject({ port: portNumber, service: z.string().optional() });

// validation.go ValidateNonnegativeField for the five numeric fields.
const count = z.number().int('must be a whole number').min(0, 'must be greater than or equal to 0').optional();

const probeObject = z.strictObject({
  httpGet: httpGet.optional(),
  tcpSocket: tcpSocket.optional(),
  exec: exec.optional(),
  grpc: grpc.optional(),
  initialDelaySeconds: count,
  timeoutSeconds: count,
  periodSeconds: count,
  successThreshold: count,
  failureThreshold: count,
  // validation.go validateProbe: when set, must be > 0.
  terminationGracePeriodSeconds: z.number().int('must be a whole number').min(1, 'must be greater than 0').optional(),
});

type ProbeInput = z.output<typeof probeObject>;
const HANDLER_KEYS = ['httpGet', 'tcpSocket', 'exec', 'grpc'] as const;

function handlerOf(p: ProbeInput): ProbeHandler {
  if (p.httpGet) {
    return {
      kind: 'httpGet',
      port: p.httpGet.port,
      path: p.httpGet.path || HTTP_GET_DEFAULTS.path,
      scheme: p.httpGet.scheme || HTTP_GET_DEFAULTS.scheme,
    };
  }
  if (p.tcpSocket) return { kind: 'tcpSocket', port: p.tcpSocket.port };
  if (p.exec) return { kind: 'exec', command: p.exec.command };
  if (p.grpc) return { kind: 'grpc', port: p.grpc.port };
  throw new Error('probe without a handler passed validation');
}

function toProbeSpec(p: ProbeInput): ProbeSpec {
  const spec: ProbeSpec = {
    handler: handlerOf(p),
    initialDelaySeconds: defaulted(p.initialDelaySeconds, PROBE_DEFAULTS.initialDelaySeconds),
    timeoutSeconds: defaulted(p.timeoutSeconds, PROBE_DEFAULTS.timeoutSeconds),
    periodSeconds: defaulted(p.periodSeconds, PROBE_DEFAULTS.periodSeconds),
    successThreshold: defaulted(p.successThreshold, PROBE_DEFAULTS.successThreshold),
    failureThreshold: defaulted(p.failureThreshold, PROBE_DEFAULTS.failureThreshold),
  };
  if (p.terminationGracePeriodSeconds !== undefined) spec.terminationGracePeriodSeconds = p.terminationGracePeriodSeconds;
  return spec;
}

function build(kind: ProbeType) {
  return probeObject
    .superRefine((p, ctx) => {
      // validation.go validateHandler: exactly one handler type.
      const present = HANDLER_KEYS.filter((k) => p[k] !== undefined);
      if (present.length === 0) {
        ctx.addIssue({ code: 'custom', message: 'must specify a handler type (one of httpGet, tcpSocket, exec, grpc)' });
      } else if (present.length > 1) {
        ctx.addIssue({
          code: 'custom',
          path: [present[1]],
          message: `may not specify more than 1 handler type (found ${present.join(', ')})`,
        });
      }
      // validation.go validateContainers: liveness and startup probes need successThreshold 1 (after defaulting).
      if (kind !== 'readiness' && defaulted(p.successThreshold, PROBE_DEFAULTS.successThreshold) !== 1) {
        ctx.addIssue({ code: 'custom', path: ['successThreshold'], message: SUCCESS_THRESHOLD_MESSAGE });
      }
      // validation.go validateContainers: a readiness probe may not carry its own grace period.
      if (kind === 'readiness' && p.terminationGracePeriodSeconds !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['terminationGracePeriodSeconds'], message: 'must not be set for readinessProbes' });
      }
    })
    .transform(toProbeSpec);
}

const SCHEMAS = { liveness: build('liveness'), readiness: build('readiness'), startup: build('startup') };

/** The zod schema of a container's `livenessProbe`, `readinessProbe` or `startupProbe` → ProbeSpec. */
export function probeSchemaFor(kind: ProbeType) {
  return SCHEMAS[kind];
}

export type ProbeSchema = ReturnType<typeof probeSchemaFor>;
