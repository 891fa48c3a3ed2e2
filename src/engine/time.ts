// Virtual time helpers: integer milliseconds, conversions, and the engine's strict argument checks
// (like SimPy refusing a bad trigger, a bad time is an error, never silently rounded).

/** Seconds → integer milliseconds (rounded). */
export function seconds(s: number): number {
  return Math.round(s * 1000);
}

/** Milliseconds → seconds as text with up to 3 decimals and no trailing zeros: 90500 → "90.5". */
export function formatTime(ms: number): string {
  if (!Number.isFinite(ms)) return String(ms);
  const r = Math.round(ms);
  const abs = Math.abs(r);
  const whole = Math.floor(abs / 1000);
  const frac = String(abs % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  const sign = r < 0 ? '-' : '';
  return frac ? `${sign}${whole}.${frac}` : `${sign}${whole}`;
}

export function checkTime(what: string, t: number, now: number): void {
  if (!Number.isSafeInteger(t)) throw new RangeError(`${what} must be a (safe) integer number of ms, got ${String(t)}`);
  if (t < now) throw new RangeError(`${what} ${t} is in the past (now is ${now})`);
}

export function checkUntil(until: number, now: number): void {
  checkTime('until', until, now);
}

export function checkDelay(delay: number): void {
  if (!Number.isSafeInteger(delay) || delay < 0) {
    throw new RangeError(`delay must be a non-negative integer number of ms, got ${String(delay)}`);
  }
}

export function checkPeriod(period: number): void {
  if (!Number.isSafeInteger(period) || period <= 0) {
    throw new RangeError(`period must be a positive integer number of ms, got ${String(period)}`);
  }
}

export function checkPriority(priority: number): void {
  if (!Number.isFinite(priority)) throw new RangeError(`priority must be a finite number, got ${String(priority)}`);
}
