// Go int64 arithmetic on JS numbers. Scores are computed with integer division in Kubernetes;
// a plain Math.floor(a / b) can be off by one when the float quotient rounds up to an integer.

/** Go's a / b for a ≥ 0, b > 0 (exact as long as a and q·b stay below 2^53). */
export function intDiv(a: number, b: number): number {
  let q = Math.floor(a / b);
  if (q * b > a) q -= 1;
  else if ((q + 1) * b <= a) q += 1;
  return q;
}

/** Go's a / b truncated toward zero, for small operands of either sign. */
export function truncDiv(a: number, b: number): number {
  return Math.trunc(a / b);
}

/** Go math.Round: half away from zero. */
export function roundHalfAwayFromZero(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}
