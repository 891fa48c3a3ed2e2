// The closed-form load shapes. Each returns a Curve (requests/s as a function of virtual ms).
import type { Curve } from './types.js';

/** Linear interpolation from a (at fraction 0) to b (at fraction 1). */
function lerp(a: number, b: number, fraction: number): number {
  return a + (b - a) * fraction;
}

export function constant(value: number): Curve {
  return () => value;
}

/** `from` before `at`, `to` from `at` on. */
export function step(from: number, to: number, at: number): Curve {
  return (t) => (t < at ? from : to);
}

/** `from` until `start`, then a straight line reaching `to` after `duration`, then `to`. */
export function ramp(from: number, to: number, start: number, duration: number): Curve {
  return (t) => {
    if (t < start) return from;
    if (t >= start + duration) return to;
    return lerp(from, to, (t - start) / duration);
  };
}

export interface SpikeShape {
  baseline: number;
  peak: number;
  start: number;
  rise: number;
  hold: number;
  decay: number;
}

/**
 * The CPU-spike shape: `baseline` until `start`, a linear rise to `peak` over `rise`, `peak` for
 * `hold`, a linear decay back to `baseline` over `decay`, then `baseline` (rise/decay 0 = a jump).
 */
export function spike(s: SpikeShape): Curve {
  const top = s.start + s.rise;
  const fall = top + s.hold;
  const end = fall + s.decay;
  return (t) => {
    if (t < s.start || t >= end) return s.baseline;
    if (t < top) return lerp(s.baseline, s.peak, (t - s.start) / s.rise);
    if (t < fall) return s.peak;
    return lerp(s.peak, s.baseline, (t - fall) / s.decay);
  };
}

/** A sine wave: mean + amplitude × sin(2π (t − phase) / period), cut at 0. */
export function periodic(mean: number, amplitude: number, period: number, phase: number): Curve {
  return (t) => Math.max(0, mean + amplitude * Math.sin((2 * Math.PI * (t - phase)) / period));
}

/** A day-shaped wave: `max` at `peakAt` (and every `period` after), `min` half a period away. */
export function diurnal(min: number, max: number, peakAt: number, period: number): Curve {
  return (t) => min + ((max - min) * (1 + Math.cos((2 * Math.PI * (t - peakAt)) / period))) / 2;
}

export function sum(curves: readonly Curve[]): Curve {
  return (t) => {
    let total = 0;
    for (const c of curves) total += c(t);
    return total;
  };
}
