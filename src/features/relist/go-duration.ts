// Go's time.Duration String() for whole milliseconds, so messages read as the kubelet logs them
// ("pleg was last seen active 3m0.001s ago; threshold is 3m0s").

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
  const frac = String(rest % 1000).padStart(3, '0').replace(/0+$/, '');
  const secs = frac ? `${s}.${frac}s` : `${s}s`;
  if (h > 0) return `${sign}${h}h${m}m${secs}`;
  if (m > 0) return `${sign}${m}m${secs}`;
  return `${sign}${secs}`;
}
