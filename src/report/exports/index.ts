// The optional export formats of `--format`: names, validation and the files each adds.
import type { Recorder } from '../recorder.js';
import type { ReportFile } from '../write.js';
import { openMetricsText } from './openmetrics.js';
import { parquetFiles } from './parquet.js';

export const EXPORT_FORMATS = ['openmetrics', 'parquet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Splits repeated / comma-separated `--format` values; returns the unknown ones as problems. */
export function parseFormats(values: readonly string[]): { formats: ExportFormat[]; problems: string[] } {
  const formats: ExportFormat[] = [];
  const problems: string[] = [];
  for (const v of values
    .flatMap((x) => x.split(','))
    .map((x) => x.trim().toLowerCase())
    .filter(Boolean)) {
    if (!(EXPORT_FORMATS as readonly string[]).includes(v))
      problems.push(`--format: unknown format "${v}" (known: ${EXPORT_FORMATS.join(', ')}; CSV and JSON are always written)`);
    else if (!formats.includes(v as ExportFormat)) formats.push(v as ExportFormat);
  }
  return { formats, problems };
}

export interface ExportContext {
  scenario: string;
  seed: string | number;
  epochMs?: number;
}

export function exportFiles(rec: Recorder, formats: readonly string[], ctx: ExportContext): ReportFile[] {
  const parsed = parseFormats(formats);
  if (parsed.problems.length) throw new Error(parsed.problems.join('\n'));
  const files: ReportFile[] = [];
  if (parsed.formats.includes('openmetrics')) files.push({ name: 'metrics.om', content: openMetricsText(rec, ctx) });
  if (parsed.formats.includes('parquet')) files.push(...parquetFiles(rec));
  return files;
}

/** `--epoch`: an RFC 3339 date-time with a zone (e.g. 2026-01-01T00:00:00Z), the wall time of virtual time 0. */
export function parseEpoch(value: string | undefined): { epochMs?: number; problems: string[] } {
  if (value === undefined) return { problems: [] };
  const ok = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value);
  const ms = ok ? Date.parse(value) : NaN;
  if (!(ms >= 0)) return { problems: [`--epoch: "${value}" is not a date-time with a zone from 1970 on (e.g. 2026-01-01T00:00:00Z)`] };
  return { epochMs: ms, problems: [] };
}

/** The export flags of `run`/`run-all`, checked: the formats, the epoch and any problems (exit 2, nothing run). */
export function exportFlags(
  format: readonly string[] | undefined,
  epoch: string | undefined,
): { formats: ExportFormat[]; epochMs?: number; problems: string[] } {
  const f = parseFormats(format ?? []);
  const e = parseEpoch(epoch);
  return { formats: f.formats, epochMs: e.epochMs, problems: [...f.problems, ...e.problems] };
}
