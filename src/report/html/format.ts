// Turning summary values into short, stable text for the page (no locale: the same bytes everywhere).

/** Numbers to at most 6 significant digits, booleans as yes/no, null/undefined as an em dash. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object')) {
    return value.map(formatValue).join(', ');
  }
  return JSON.stringify(value);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Nested objects become dotted keys (`replicas.max`), in insertion order; depth is bounded. */
export function flattenSummary(summary: Record<string, unknown>, maxDepth = 4): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  const walk = (obj: Record<string, unknown>, prefix: string, depth: number) => {
    for (const [k, v] of Object.entries(obj)) {
      const key = prefix ? `${prefix}.${k}` : k;
      if (isPlainObject(v) && depth < maxDepth && Object.keys(v).length > 0) walk(v, key, depth + 1);
      else out.push([key, v]);
    }
  };
  walk(summary, '', 1);
  return out;
}

/** Virtual time in ms as `H:MM:SS(.mmm)`, e.g. 3723500 → `1:02:03.5`. */
export function formatVirtualTime(ms: number): string {
  if (!Number.isFinite(ms)) return formatValue(ms);
  const sign = ms < 0 ? '−' : '';
  const total = Math.abs(Math.round(ms));
  const h = Math.floor(total / 3_600_000);
  const m = Math.floor((total % 3_600_000) / 60_000);
  const s = Math.floor((total % 60_000) / 1000);
  const frac = total % 1000;
  const fracText = frac === 0 ? '' : `.${String(frac).padStart(3, '0').replace(/0+$/, '')}`;
  return `${sign}${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}${fracText}`;
}

/** Lower-case letters, digits and dashes, for element ids and anchors. */
export function slug(text: string): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s === '' ? 'chart' : s;
}
