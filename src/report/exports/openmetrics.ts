// metrics.om: every sampled numeric and boolean series of timeseries.csv in the OpenMetrics text
// format (one gauge family per kind and column, HELP and TYPE first, then each object's samples in
// time order, timestamps in seconds, `# EOF` last), for `promtool tsdb create-blocks-from openmetrics`.
// String columns (state, reason, phase…) are left out: their numeric twins (stateCode…) are exported.
// Time: virtual time 0 is `epochMs` (default 0 = 1970-01-01T00:00:00Z).
import type { Cell, Recorder } from '../recorder.js';
import { kindColumns } from './columns.js';
import { metricName } from './metric-names.js';

export interface OpenMetricsOptions {
  scenario: string;
  seed: string | number;
  /** Unix time in milliseconds of virtual time 0 (default 0). */
  epochMs?: number;
}

function labelValue(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function helpText(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

/** Seconds since the Unix epoch with exactly three decimals (millisecond precision, no float noise). */
export function timestamp(epochMs: number, timeMs: number): string {
  const t = Math.round(epochMs) + Math.round(timeMs);
  const sign = t < 0 ? '-' : '';
  const abs = Math.abs(t);
  return `${sign}${Math.floor(abs / 1000)}.${String(abs % 1000).padStart(3, '0')}`;
}

function number(v: Cell): string | undefined {
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (typeof v !== 'number') return undefined;
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return String(v);
}

export function openMetricsText(rec: Recorder, opts: OpenMetricsOptions): string {
  const epochMs = opts.epochMs ?? 0;
  const common = `scenario="${labelValue(opts.scenario)}",seed="${labelValue(String(opts.seed))}"`;
  const out: string[] = [];
  const seen = new Set<string>();
  for (const { kind, columns, samples } of kindColumns(rec.catalog(), rec.samples)) {
    const objects = new Map<string, typeof samples>();
    for (const s of samples) {
      const list = objects.get(s.object) ?? [];
      list.push(s);
      objects.set(s.object, list);
    }
    for (const { name: column, type } of columns) {
      if (type === 'string') continue;
      const name = metricName(kind, column);
      if (seen.has(name)) throw new Error(`two series columns map to the metric name ${name}`);
      seen.add(name);
      const lines: string[] = [];
      for (const [object, rows] of objects) {
        const labels = `{object="${labelValue(object)}",${common}}`;
        for (const r of rows) {
          const v = number(r.values[column] ?? null);
          if (v !== undefined) lines.push(`${name}${labels} ${v} ${timestamp(epochMs, r.time)}`);
        }
      }
      if (!lines.length) continue;
      out.push(`# HELP ${name} ${helpText(`${kind} ${column}${type === 'boolean' ? ' (1 true, 0 false)' : ''}, as in timeseries.csv`)}`);
      out.push(`# TYPE ${name} gauge`, ...lines);
    }
  }
  out.push('# EOF');
  return `${out.join('\n')}\n`;
}
