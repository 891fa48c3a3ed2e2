// Sampling the churn load generator's distributions from an injected uniform source.
// Pure: the same sequence of `next()` values gives the same samples.

/** A uniform random source on [0, 1); `randomStream(seed, name)` of src/engine/random.ts satisfies it. */
export interface UniformSource {
  next(): number;
}

/** Lifetime distributions (all in ms). Lognormal: median e^μ and shape σ of the underlying normal. */
export type LifetimeDistribution =
  | { kind: 'fixed'; valueMs: number }
  | { kind: 'exponential'; meanMs: number }
  | { kind: 'uniform'; minMs: number; maxMs: number }
  | { kind: 'lognormal'; medianMs: number; sigma: number };

/** Exponential by inversion: −mean · ln(1 − u). */
export function sampleExponential(random: UniformSource, mean: number): number {
  return -mean * Math.log(1 - random.next());
}

/** Standard normal by Box–Muller (two uniforms per sample, the second draw's pair is not kept). */
export function sampleStandardNormal(random: UniformSource): number {
  const u1 = 1 - random.next(); // (0, 1], safe for the logarithm
  const u2 = random.next();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** One lifetime draw, rounded to whole milliseconds, never negative. */
export function sampleLifetime(random: UniformSource, d: LifetimeDistribution): number {
  let ms: number;
  switch (d.kind) {
    case 'fixed':
      ms = d.valueMs;
      break;
    case 'exponential':
      ms = sampleExponential(random, d.meanMs);
      break;
    case 'uniform':
      ms = d.minMs + random.next() * (d.maxMs - d.minMs);
      break;
    case 'lognormal':
      ms = d.medianMs * Math.exp(d.sigma * sampleStandardNormal(random));
      break;
  }
  return Math.max(0, Math.round(ms));
}
