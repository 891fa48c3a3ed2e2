// Seeded, named random streams. Each stream is an independent Alea generator seeded by
// "<seed>/<name>", so adding or removing one component never shifts another component's draws,
// and the order in which streams are created does not matter.
import alea from 'seedrandom/lib/alea.js';

export interface RandomStream {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [a, b). */
  uniform(a: number, b: number): number;
  /** Uniform integer in [lo, hiExclusive). */
  int(lo: number, hiExclusive: number): number;
  /** Exponential with the given mean (> 0). */
  exponential(mean: number): number;
  /** Normal (Box–Muller; the second value of each pair is kept for the next call). */
  normal(mean: number, sd: number): number;
  /** exp(normal(mu, sigma)). */
  lognormal(mu: number, sigma: number): number;
  /** One element, uniformly. */
  pick<T>(xs: readonly T[]): T;
  /** An independent stream "<seed>/<name>/<sub>". */
  fork(sub: string): RandomStream;
}

/** The seed of a derived run (e.g. replication i): "<seed>/<name>". */
export function deriveSeed(seed: string | number, name: string): string {
  return `${seed}/${name}`;
}

export function randomStream(seed: string | number, name: string): RandomStream {
  return new AleaStream(deriveSeed(seed, name));
}

class AleaStream implements RandomStream {
  private readonly prng: () => number;
  private spare = NaN; // second Box–Muller value, NaN when none

  constructor(private readonly id: string) {
    this.prng = alea(id);
  }

  next(): number {
    return this.prng();
  }

  uniform(a: number, b: number): number {
    if (!Number.isFinite(a) || !Number.isFinite(b) || b < a) throw new RangeError(`uniform(${a}, ${b}): need finite a <= b`);
    return a + (b - a) * this.prng();
  }

  int(lo: number, hiExclusive: number): number {
    if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hiExclusive) || hiExclusive <= lo) {
      throw new RangeError(`int(${lo}, ${hiExclusive}): need integers lo < hiExclusive`);
    }
    return lo + Math.floor((hiExclusive - lo) * this.prng());
  }

  exponential(mean: number): number {
    if (!(mean > 0) || !Number.isFinite(mean)) throw new RangeError(`exponential(${mean}): mean must be > 0`);
    return -mean * Math.log(1 - this.prng()); // 1 - u is in (0, 1], so the log is finite
  }

  normal(mean: number, sd: number): number {
    if (!Number.isFinite(mean) || !(sd >= 0) || !Number.isFinite(sd))
      throw new RangeError(`normal(${mean}, ${sd}): need finite mean and sd >= 0`);
    let z = this.spare;
    if (!Number.isNaN(z)) {
      this.spare = NaN;
    } else {
      const r = Math.sqrt(-2 * Math.log(1 - this.prng()));
      const theta = 2 * Math.PI * this.prng();
      z = r * Math.cos(theta);
      this.spare = r * Math.sin(theta);
    }
    return mean + sd * z;
  }

  lognormal(mu: number, sigma: number): number {
    return Math.exp(this.normal(mu, sigma));
  }

  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new RangeError('pick() from an empty list');
    return xs[Math.floor(xs.length * this.prng())];
  }

  fork(sub: string): RandomStream {
    return new AleaStream(`${this.id}/${sub}`);
  }
}
