// Summary statistics of one metric over a point's replications: mean, sample standard deviation
// and the 95 % confidence interval of the mean, mean ± t(0.975, n−1) · sd / √n.
import { tQuantile } from './t-dist.js';

export interface MetricStats {
  n: number;
  mean: number | null;
  /** Sample standard deviation (n − 1 in the denominator); null with fewer than 2 values. */
  sd: number | null;
  ciLow: number | null;
  ciHigh: number | null;
}

/** Summation in index order (the values arrive in replication order, so every run sums alike). */
export function describe(values: readonly number[], confidence = 0.95): MetricStats {
  const n = values.length;
  if (n === 0) return { n, mean: null, sd: null, ciLow: null, ciHigh: null };
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / n;
  if (n < 2) return { n, mean, sd: null, ciLow: null, ciHigh: null };
  let sq = 0;
  for (const v of values) sq += (v - mean) * (v - mean);
  const sd = Math.sqrt(sq / (n - 1));
  const half = tQuantile(1 - (1 - confidence) / 2, n - 1) * (sd / Math.sqrt(n));
  return { n, mean, sd, ciLow: mean - half, ciHigh: mean + half };
}
