// zod schema of a load curve (`spec.load.<service>.curve`), kubetwin's own format. Rates are
// requests per second; times and durations are durations (`90s`, `5m`) or numbers of seconds.
//
//   curve: { type: spike, baseline: 160, peak: 1600, start: 5m, rise: 1m, hold: 5m, decay: 1m }
//   curve: { type: sum, of: [ { type: diurnal, min: 50, max: 400 }, { type: step, from: 0, to: 100, at: 2h } ] }
//   curve: { type: noise, sd: 0.1, of: { type: trace, file: traces/web.csv } }
import { z } from 'zod';
import { duration } from '../../model/fields.js';
import { CURVE_TYPES, type CurveSpec } from './types.js';

const rate = z.number().min(0, 'must be greater than or equal to 0 (requests per second)');
const positiveDuration = duration.refine((ms) => ms > 0, 'must be greater than 0');
const interpolation = z.enum(['linear', 'step']).default('linear');

const constantCurve = z.strictObject({ type: z.literal('constant'), value: rate });
const stepCurve = z.strictObject({ type: z.literal('step'), from: rate, to: rate, at: duration });
const rampCurve = z.strictObject({ type: z.literal('ramp'), from: rate, to: rate, start: duration.default(0), duration: positiveDuration });
const spikeCurve = z.strictObject({
  type: z.literal('spike'),
  baseline: rate,
  peak: rate,
  start: duration,
  rise: duration.default(0),
  hold: duration.default(0),
  decay: duration.default(0),
});
const periodicCurve = z.strictObject({
  type: z.literal('periodic'),
  mean: rate,
  amplitude: rate,
  period: positiveDuration,
  phase: duration.default(0),
});
const diurnalCurve = z
  .strictObject({
    type: z.literal('diurnal'),
    min: rate,
    max: rate,
    peakAt: duration.default(14 * 3_600_000),
    period: positiveDuration.default(24 * 3_600_000),
  })
  .refine((c) => c.max >= c.min, { path: ['max'], message: 'must be greater than or equal to min' });
const pointsCurve = z
  .strictObject({
    type: z.literal('points'),
    points: z.array(z.strictObject({ at: duration, value: rate })).min(1, 'needs at least one point'),
    interpolation,
  })
  .superRefine((c, ctx) => {
    for (let i = 1; i < c.points.length; i++) {
      if (c.points[i].at <= c.points[i - 1].at)
        ctx.addIssue({ code: 'custom', path: ['points', i, 'at'], message: 'must come after the previous point' });
    }
  });
const traceCurve = z.strictObject({
  type: z.literal('trace'),
  /** CSV of time,value rows; a relative path is relative to the scenario file. */
  file: z.string().min(1, 'must name a CSV file'),
  interpolation,
  /** Multiplies every value (replay a trace at 2× with 2). */
  scale: z.number().min(0, 'must be greater than or equal to 0').default(1),
});
const sumCurve = z.strictObject({
  type: z.literal('sum'),
  get of(): z.ZodArray<z.ZodType<CurveSpec, unknown>> {
    return z.array(curveSchema).min(1, 'needs at least one curve');
  },
});
const noiseCurve = z.strictObject({
  type: z.literal('noise'),
  get of(): z.ZodType<CurveSpec, unknown> {
    return curveSchema;
  },
  /** Standard deviation of the multiplicative noise, as a fraction of the value (0.1 = 10 %). */
  sd: z.number().min(0, 'must be greater than or equal to 0'),
  /** A new random draw every interval (held in between). */
  interval: positiveDuration.default(10_000),
});

export const curveSchema: z.ZodType<CurveSpec, unknown> = z.discriminatedUnion(
  'type',
  [constantCurve, stepCurve, rampCurve, spikeCurve, periodicCurve, diurnalCurve, pointsCurve, traceCurve, sumCurve, noiseCurve],
  { error: (iss) => (iss.code === 'invalid_union' ? `type must be one of ${CURVE_TYPES.join(', ')}` : undefined) },
);
