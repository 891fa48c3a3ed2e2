// Load curves: public surface.
export type { Curve, CurveSpec, CurveType, Interpolation, Point } from './types.js';
export { CURVE_TYPES } from './types.js';
export { constant, diurnal, periodic, ramp, spike, step, sum, type SpikeShape } from './shapes.js';
export { piecewise } from './points.js';
export { noisy } from './noise.js';
export { buildCurve, tracePoints, type CurveEnv } from './build.js';
export { curveSchema } from './schema.js';
