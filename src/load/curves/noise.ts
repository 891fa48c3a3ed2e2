// Seeded multiplicative noise: the curve's value times max(0, 1 + sd × z), with one standard
// normal draw z per `interval` of virtual time, held for that interval. Draw k always belongs to
// interval k (draws are made in interval order, however the curve is queried), so the noisy curve
// is a pure function of time for a given random stream.
import type { RandomStream } from '../../engine/random.js';
import type { Curve } from './types.js';

export function noisy(inner: Curve, sd: number, interval: number, rng: RandomStream): Curve {
  if (!(interval > 0)) throw new Error(`noise interval must be positive (got ${interval})`);
  const draws: number[] = [];
  const factor = (k: number): number => {
    while (draws.length <= k) draws.push(rng.normal(0, 1));
    return Math.max(0, 1 + sd * draws[k]);
  };
  return (t) => inner(t) * factor(Math.max(0, Math.floor(t / interval)));
}
