// Scenario form of the churn load generator (zod 4). Durations are Go-style strings ("500ms",
// "2s", "1m") or numbers of seconds; the parsed value is a ChurnSpec in integer milliseconds.
import { z } from 'zod';
import { duration } from '../../../model/fields.js';
import type { ChurnSpec } from './churn.js';

const positiveDuration = duration.refine((ms) => ms > 0, 'must be longer than 0');

const arrivals = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('poisson'), rate: z.number().positive('a rate (containers per second) must be > 0') }).strict(),
  z.object({ kind: z.literal('fixed'), interval: positiveDuration }).strict(),
]);

const lifetime = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), value: duration }).strict(),
  z.object({ kind: z.literal('exponential'), mean: positiveDuration }).strict(),
  z
    .object({ kind: z.literal('uniform'), min: duration, max: duration })
    .strict()
    .refine((u) => u.max >= u.min, { message: 'max must be at least min', path: ['max'] }),
  z.object({ kind: z.literal('lognormal'), median: positiveDuration, sigma: z.number().nonnegative() }).strict(),
]);

export const churnScenarioSchema = z
  .object({
    arrivals,
    lifetime,
    gcDelay: duration.default(0),
    startDelay: duration.default(0),
    exitCode: z.number().int().min(0).max(255).default(0),
    pods: z.number().int().positive().default(1),
    podUidPrefix: z.string().min(1).default('churn'),
    start: duration.default(0),
    count: z.number().int().positive().optional(),
    until: duration.optional(),
  })
  .strict()
  .refine((c) => c.count !== undefined || c.until !== undefined, { message: 'give a count or an until time', path: ['count'] })
  .transform(
    (c): ChurnSpec => ({
      arrivals:
        c.arrivals.kind === 'poisson'
          ? { kind: 'poisson', ratePerSecond: c.arrivals.rate }
          : { kind: 'fixed', intervalMs: c.arrivals.interval },
      lifetime: toLifetime(c.lifetime),
      gcDelayMs: c.gcDelay,
      startDelayMs: c.startDelay,
      exitCode: c.exitCode,
      pods: c.pods,
      podUidPrefix: c.podUidPrefix,
      startMs: c.start,
      ...(c.count !== undefined ? { count: c.count } : {}),
      ...(c.until !== undefined ? { untilMs: c.until } : {}),
    }),
  );

function toLifetime(l: z.output<typeof lifetime>): ChurnSpec['lifetime'] {
  switch (l.kind) {
    case 'fixed':
      return { kind: 'fixed', valueMs: l.value };
    case 'exponential':
      return { kind: 'exponential', meanMs: l.mean };
    case 'uniform':
      return { kind: 'uniform', minMs: l.min, maxMs: l.max };
    case 'lognormal':
      return { kind: 'lognormal', medianMs: l.median, sigma: l.sigma };
  }
}

export type ChurnScenarioInput = z.input<typeof churnScenarioSchema>;

/** Parse a churn section; throws a ZodError listing every problem. */
export function parseChurnSpec(input: unknown): ChurnSpec {
  return churnScenarioSchema.parse(input);
}
