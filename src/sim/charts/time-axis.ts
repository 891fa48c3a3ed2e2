// The time axis of report charts: virtual milliseconds shown in seconds, minutes or hours,
// whichever keeps the numbers on the axis short for the run's duration.

export interface TimeAxis {
  /** Milliseconds per axis unit. */
  unitMs: number;
  /** Axis title, e.g. `time (min)`. */
  title: string;
}

export function timeAxis(durationMs: number): TimeAxis {
  if (durationMs <= 3 * 60_000) return { unitMs: 1000, title: 'time (s)' };
  if (durationMs <= 3 * 3_600_000) return { unitMs: 60_000, title: 'time (min)' };
  return { unitMs: 3_600_000, title: 'time (h)' };
}

/** A virtual time on the axis, rounded to 6 significant digits so the spec bytes stay short and stable. */
export function onAxis(ms: number, axis: TimeAxis): number {
  return Number((ms / axis.unitMs).toPrecision(6));
}
