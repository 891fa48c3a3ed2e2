// The simulated application inside a container, as a scenario scripts it (kubetwin's own format).
// Durations are strings like `500ms`, `30s`, `2m` or numbers of seconds; memory is a Kubernetes
// quantity (`256Mi`) or bytes. Example:
//
//   app:
//     startupTime: 20s          # not listening before this container age
//     responseTime: 20ms        # answer time at zero load
//     capacityRps: 200          # load at which the app saturates (response → maxResponseTime)
//     memory: 128Mi             # baseline resident memory
//     phases:
//       - { after: 60s, hang: true }               # container age 60 s: stops answering
//       - { at: 10m, for: 2m, error: 503 }          # absolute time 10–12 min: HTTP 503
//       - { after: 5m, exit: 1 }                    # the process exits with code 1 at age 5 min
//       - { after: 0s, leak: 1Mi }                  # memory grows 1 MiB per second
import { z } from 'zod';
import { duration } from '../../model/fields.js';
import { isNegative, QuantityError, toInteger, toMilli } from '../../model/quantity.js';
import type { GrpcServingStatus } from '../../k8s/kubelet/prober/handlers.js';

function converted<T>(convert: (v: string | number) => T, isError: (e: unknown) => boolean) {
  return z.union([z.string(), z.number()]).transform((v, ctx) => {
    try {
      return convert(v);
    } catch (e) {
      if (!isError(e)) throw e;
      ctx.addIssue({ code: 'custom', message: (e as Error).message });
      return z.NEVER;
    }
  });
}

const nonNegativeQuantity = (convert: (v: string | number) => number) => (v: string | number) => {
  if (isNegative(v)) throw new QuantityError(`must be greater than or equal to 0 (got ${v})`);
  return convert(v);
};

/** Duration → integer ms (the one duration schema, model/fields.ts). */
export const durationMs = duration;
/** Memory quantity → integer bytes. */
export const bytes = converted(nonNegativeQuantity(toInteger), (e) => e instanceof QuantityError);
/** CPU quantity → millicores (here: millicore-seconds of CPU per request). */
const milli = converted(nonNegativeQuantity(toMilli), (e) => e instanceof QuantityError);

const GRPC_STATUSES = ['SERVING', 'NOT_SERVING', 'SERVICE_UNKNOWN', 'UNKNOWN', 'UNIMPLEMENTED'] as const;
const grpcStatus = z.enum(GRPC_STATUSES);
const httpStatus = z.number().int('must be a whole number').min(100, 'an HTTP status is 100..599').max(599, 'an HTTP status is 100..599');
const exitCode = z.number().int('must be a whole number').min(0, 'an exit code is 0..255').max(255, 'an exit code is 0..255');

export type AppEffect =
  | { kind: 'hang' }
  | { kind: 'error'; httpStatus: number; execExitCode: number; grpcStatus: GrpcServingStatus }
  | { kind: 'exit'; code: number }
  | { kind: 'leak'; bytesPerSecond: number }
  | { kind: 'latency'; ms: number };

export interface AppPhase {
  /** `age`: ms of container age (repeats in every container instance); `time`: absolute virtual ms. */
  start: { kind: 'age' | 'time'; ms: number };
  /** How long the phase lasts, ms; undefined = until the container ends. */
  durationMs?: number;
  effect: AppEffect;
}

// `error: 503` is shorthand for HTTP 503, exec exit code 1 and gRPC NOT_SERVING.
const errorEffect = z.union([
  httpStatus.transform((code) => ({ httpStatus: code, execExitCode: 1, grpcStatus: 'NOT_SERVING' as const })),
  z.strictObject({ httpStatus: httpStatus.default(500), execExitCode: exitCode.default(1), grpcStatus: grpcStatus.default('NOT_SERVING') }),
]);

const EFFECTS = ['hang', 'error', 'exit', 'leak', 'latency'] as const;

export const appPhaseSchema = z
  .strictObject({
    after: durationMs.optional(),
    at: durationMs.optional(),
    for: durationMs.optional(),
    hang: z.literal(true).optional(),
    error: errorEffect.optional(),
    exit: exitCode.optional(),
    /** Memory growth per second while the phase lasts. */
    leak: bytes.optional(),
    /** Extra time added to every answer. */
    latency: durationMs.optional(),
  })
  .superRefine((p, ctx) => {
    if ((p.after === undefined) === (p.at === undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: 'a phase starts either `after` a container age or `at` an absolute time (exactly one of them)',
      });
    }
    const effects = EFFECTS.filter((k) => p[k] !== undefined);
    if (effects.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: `a phase has exactly one effect: ${EFFECTS.join(', ')} (found ${effects.length ? effects.join(', ') : 'none'})`,
      });
    }
    if (p.exit !== undefined && p.for !== undefined)
      ctx.addIssue({ code: 'custom', path: ['for'], message: 'an exit phase has no duration' });
  })
  .transform((p): AppPhase => {
    const start = p.after !== undefined ? { kind: 'age' as const, ms: p.after } : { kind: 'time' as const, ms: p.at as number };
    let effect: AppEffect;
    if (p.hang) effect = { kind: 'hang' };
    else if (p.error) effect = { kind: 'error', ...p.error };
    else if (p.exit !== undefined) effect = { kind: 'exit', code: p.exit };
    else if (p.leak !== undefined) effect = { kind: 'leak', bytesPerSecond: p.leak };
    else effect = { kind: 'latency', ms: p.latency as number };
    return p.for === undefined ? { start, effect } : { start, durationMs: p.for, effect };
  });

export const appSpecSchema = z.strictObject({
  /** Container age before the app listens and answers. */
  startupTime: durationMs.default(0),
  /** Answer time at zero load. */
  responseTime: durationMs.default(5),
  /** Ceiling of the load-dependent answer time (reached at full utilization). */
  maxResponseTime: durationMs.default(30_000),
  /** Requests per second at which the app is saturated (utilization = rps / capacityRps). */
  capacityRps: z.number().positive('must be greater than 0').optional(),
  /** CPU per request (`10m` = 10 millicore-seconds); with the container's CPU gives utilization. */
  cpuPerRequest: milli.optional(),
  /** Baseline memory use. */
  memory: bytes.default(0),
  /** Ports the app listens on; default: any port a probe uses. */
  listenPorts: z.array(z.number().int().min(1).max(65535, 'a port is 1..65535')).optional(),
  httpStatus: httpStatus.default(200),
  execExitCode: exitCode.default(0),
  /** Run time of an exec probe command. */
  execTime: durationMs.default(0),
  grpcStatus: grpcStatus.default('SERVING'),
  phases: z.array(appPhaseSchema).default([]),
});

export type AppSpec = z.output<typeof appSpecSchema>;

/** A container without an `app` section: starts at once, always healthy, 5 ms answers. */
export const DEFAULT_APP: AppSpec = appSpecSchema.parse({});
