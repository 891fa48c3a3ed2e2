// Resource recommendation from a usage trace, as the container-service manual defines it:
// Request = the 95th percentile of the last 7 days of per-minute usage, Limit = 2 × Request; no
// recommendation with 1440 per-minute samples (one day) or fewer, nor when the recommendation is
// below what the container already has (its request, or its limit when given).
//
// kubetwin's reading of the details (the manual does not state them):
// * per-minute usage: samples are grouped by the minute they fall in and averaged, so a trace at
//   any resolution gives one sample per minute with data (gaps stay gaps);
// * the last 7 days end at the trace's last sample: the 10080 minutes up to and including its minute;
// * percentile: nearest rank — the smallest sample with at least 95 % of the samples ≤ it
//   (sorted ascending, index ceil(0.95 × n) − 1), so the result is a usage that occurred;
// * values are rounded up to whole millicores (CPU) or whole bytes (memory).

export const MINUTE_MS = 60_000;
export const WINDOW_MINUTES = 7 * 24 * 60;
/** More than this many per-minute samples are needed (one day). */
export const MIN_SAMPLES = 1440;
export const PERCENTILE = 0.95;
export const LIMIT_FACTOR = 2;

export interface RecommendOptions {
  /** The container's current request, millicores / bytes. */
  currentRequest?: number;
  currentLimit?: number;
}

export interface Recommendation {
  /** Per-minute samples inside the 7-day window. */
  samples: number;
  /** Window of those samples: first and last minute start, ms. */
  from?: number;
  to?: number;
  /** The 95th percentile (undefined when there are too few samples). */
  p95?: number;
  /** Present when there is a recommendation. */
  request?: number;
  limit?: number;
  /** Why there is (or is not) a recommendation. */
  reason: string;
}

/** Mean usage per minute, keyed by minute number (time / 60 s, floored), in time order. */
export function perMinute(rows: ReadonlyArray<{ time: number; value: number }>): Array<{ minute: number; value: number }> {
  const out: Array<{ minute: number; sum: number; n: number }> = [];
  for (const r of rows) {
    const minute = Math.floor(r.time / MINUTE_MS);
    const last = out.at(-1);
    if (last && last.minute === minute) {
      last.sum += r.value;
      last.n += 1;
    } else out.push({ minute, sum: r.value, n: 1 });
  }
  return out.map((m) => ({ minute: m.minute, value: m.sum / m.n }));
}

/** Nearest-rank percentile (0 < q ≤ 1) of a non-empty list. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new Error('percentile of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

export function recommend(
  rows: ReadonlyArray<{ time: number; value: number }>,
  opts: RecommendOptions = {},
  format: (v: number) => string = String,
): Recommendation {
  const minutes = perMinute(rows);
  const lastMinute = minutes.at(-1)?.minute ?? 0;
  const window = minutes.filter((m) => m.minute > lastMinute - WINDOW_MINUTES);
  const base = {
    samples: window.length,
    from: window[0] && window[0].minute * MINUTE_MS,
    to: window.at(-1) && window.at(-1)!.minute * MINUTE_MS,
  };
  if (window.length <= MIN_SAMPLES) {
    return {
      ...base,
      reason: `only ${window.length} per-minute samples in the last 7 days; more than ${MIN_SAMPLES} (one day) are needed`,
    };
  }
  const p95 = Math.ceil(
    percentile(
      window.map((m) => m.value),
      PERCENTILE,
    ),
  );
  const request = p95;
  const limit = LIMIT_FACTOR * request;
  if (opts.currentRequest !== undefined && request < opts.currentRequest) {
    return {
      ...base,
      p95,
      reason: `the recommended request ${format(request)} is below the current request ${format(opts.currentRequest)}`,
    };
  }
  if (opts.currentLimit !== undefined && limit < opts.currentLimit) {
    return { ...base, p95, reason: `the recommended limit ${format(limit)} is below the current limit ${format(opts.currentLimit)}` };
  }
  return {
    ...base,
    p95,
    request,
    limit,
    reason: `request = 95th percentile of ${window.length} per-minute samples over the last 7 days; limit = ${LIMIT_FACTOR} × request`,
  };
}
