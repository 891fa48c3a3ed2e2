// A validated curve spec → a Curve. Traces are read through an injected reader (the component
// reads files relative to the scenario); noise draws from a stream forked per noise node by its
// position in the spec, so two noise nodes of one service are independent and stable.
import type { RandomStream } from '../../engine/random.js';
import { noisy } from './noise.js';
import { piecewise } from './points.js';
import { constant, diurnal, periodic, ramp, spike, step, sum } from './shapes.js';
import type { Curve, CurveSpec, Point } from './types.js';

export interface CurveEnv {
  /** The service's random stream (`load/<service>`). */
  rng: RandomStream;
  /** Points of a trace file (times relative to its first row), `path` = where the spec names it. */
  readTrace(file: string, path: ReadonlyArray<string | number>): Point[];
}

export function buildCurve(spec: CurveSpec, env: CurveEnv, path: ReadonlyArray<string | number> = []): Curve {
  switch (spec.type) {
    case 'constant':
      return constant(spec.value);
    case 'step':
      return step(spec.from, spec.to, spec.at);
    case 'ramp':
      return ramp(spec.from, spec.to, spec.start, spec.duration);
    case 'spike':
      return spike(spec);
    case 'periodic':
      return periodic(spec.mean, spec.amplitude, spec.period, spec.phase);
    case 'diurnal':
      return diurnal(spec.min, spec.max, spec.peakAt, spec.period);
    case 'points':
      return piecewise(spec.points, spec.interpolation);
    case 'trace': {
      const points = env.readTrace(spec.file, [...path, 'file']).map((p) => ({ at: p.at, value: p.value * spec.scale }));
      return piecewise(points, spec.interpolation);
    }
    case 'sum':
      return sum(spec.of.map((c, i) => buildCurve(c, env, [...path, 'of', i])));
    case 'noise': {
      const inner = buildCurve(spec.of, env, [...path, 'of']);
      const name = path.length ? path.join('.') : 'curve';
      return noisy(inner, spec.sd, spec.interval, env.rng.fork(`noise/${name}`));
    }
  }
}

/** Trace rows (absolute ms) → points relative to the first row. */
export function tracePoints(rows: ReadonlyArray<{ time: number; value: number }>): Point[] {
  const t0 = rows[0]?.time ?? 0;
  return rows.map((r) => ({ at: r.time - t0, value: r.value }));
}
