// Load curves: demand of a service over virtual time, in requests per second. A curve is a pure
// function of the virtual time `t` (integer ms); the spec types are the validated `spec.load.<service>.curve`.

/** Requests per second at virtual time `t` (ms); never negative. */
export type Curve = (t: number) => number;

export type Interpolation = 'linear' | 'step';

/** One point of a piecewise curve or a replayed trace: time in ms, value in requests/s. */
export interface Point {
  at: number;
  value: number;
}

export type CurveSpec =
  | { type: 'constant'; value: number }
  | { type: 'step'; from: number; to: number; at: number }
  | { type: 'ramp'; from: number; to: number; start: number; duration: number }
  | { type: 'spike'; baseline: number; peak: number; start: number; rise: number; hold: number; decay: number }
  | { type: 'periodic'; mean: number; amplitude: number; period: number; phase: number }
  | { type: 'diurnal'; min: number; max: number; peakAt: number; period: number }
  | { type: 'points'; points: Point[]; interpolation: Interpolation }
  | { type: 'trace'; file: string; interpolation: Interpolation; scale: number }
  | { type: 'sum'; of: CurveSpec[] }
  | { type: 'noise'; of: CurveSpec; sd: number; interval: number };

export type CurveType = CurveSpec['type'];

export const CURVE_TYPES: readonly CurveType[] = [
  'constant',
  'step',
  'ramp',
  'spike',
  'periodic',
  'diurnal',
  'points',
  'trace',
  'sum',
  'noise',
];
