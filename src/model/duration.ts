// Durations in scenario files: a number of seconds (`30`, `0.5`) or a Go-style duration string
// (`500ms`, `30s`, `2m`, `1h30m`), as Kubernetes flags and kubetwin scenarios write them.
// Result: integer milliseconds of virtual time.

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const PART = /(\d+(?:\.\d+)?|\.\d+)(ms|s|m|h)/y;

export class DurationError extends Error {}

export function parseDuration(input: string | number): number {
  if (typeof input === 'number') {
    if (!Number.isFinite(input) || input < 0)
      throw new DurationError(`${input} is not a valid duration (must be a non-negative number of seconds)`);
    return Math.round(input * 1000);
  }
  const text = input.trim();
  if (text === '') throw new DurationError('empty duration');
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  let total = 0;
  PART.lastIndex = 0;
  while (PART.lastIndex < text.length) {
    const start = PART.lastIndex;
    const m = PART.exec(text);
    if (!m || m.index !== start) {
      throw new DurationError(`"${input}" is not a duration (expected e.g. 30s, 500ms, 2m, 1h30m or a number of seconds)`);
    }
    total += Number(m[1]) * UNIT_MS[m[2]];
  }
  return Math.round(total);
}

/** Milliseconds → seconds as a report string: up to 3 decimals, no trailing zeros. */
export function msToSeconds(ms: number): number {
  return Math.round(ms) / 1000;
}

/** Virtual milliseconds as seconds for reports (millisecond precision). */
export function timeSeconds(ms: number): number {
  return Math.round(ms) / 1000;
}

/**
 * Go's time.Duration String() for whole milliseconds, so messages read as Kubernetes logs them
 * ("pleg was last seen active 3m0.001s ago; threshold is 3m0s", "back-off 10s restarting …").
 */
export function goDuration(msIn: number): string {
  const ms = Math.round(msIn);
  if (ms === 0) return '0s';
  const sign = ms < 0 ? '-' : '';
  let rest = Math.abs(ms);
  if (rest < 1000) return `${sign}${rest}ms`;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const s = Math.floor(rest / 1000);
  const frac = String(rest % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  const secs = frac ? `${s}.${frac}s` : `${s}s`;
  if (h > 0) return `${sign}${h}h${m}m${secs}`;
  if (m > 0) return `${sign}${m}m${secs}`;
  return `${sign}${secs}`;
}
