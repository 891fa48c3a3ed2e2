// Parquet exports: `timeseries-<kind>.parquet` per object kind (time_s, object, then the kind's
// columns: numbers DOUBLE, booleans BOOLEAN, strings STRING, null where the CSV cell is empty) and
// `events.parquet`, written with hyparquet-writer. The writer's `created_by` is fixed to "kubetwin"
// and it stores no clock time, so the same run gives the same bytes.
import { parquetWriteBuffer } from 'hyparquet-writer';
import { timeSeconds } from '../../model/duration.js';
import type { Cell, Recorder } from '../recorder.js';
import type { ReportFile } from '../write.js';
import { type ColumnType, kindColumns } from './columns.js';

type ParquetType = 'DOUBLE' | 'BOOLEAN' | 'STRING';
const PARQUET_TYPE: Record<ColumnType, ParquetType> = { number: 'DOUBLE', boolean: 'BOOLEAN', string: 'STRING' };

interface Column {
  name: string;
  type: ParquetType;
  data: Array<number | boolean | string | null>;
}

function value(v: Cell | undefined, type: ColumnType): number | boolean | string | null {
  if (v === null || v === undefined || v === '') return null; // as the CSV: an empty cell
  if (type === 'string') return String(v);
  if (type === 'boolean') return Boolean(v);
  return typeof v === 'boolean' ? (v ? 1 : 0) : Number(v);
}

function parquet(columns: Column[]): Buffer {
  const buffer = parquetWriteBuffer({ columnData: columns, createdBy: 'kubetwin' });
  return Buffer.from(buffer);
}

/** A kind name as a file-name part. */
export function kindFileName(kind: string): string {
  return `timeseries-${kind.replace(/[^A-Za-z0-9._-]+/g, '_')}.parquet`;
}

export function parquetFiles(rec: Recorder): ReportFile[] {
  const files: ReportFile[] = [];
  for (const { kind, columns, samples } of kindColumns(rec.catalog(), rec.samples)) {
    const data: Column[] = [
      { name: 'time_s', type: 'DOUBLE', data: samples.map((s) => timeSeconds(s.time)) },
      { name: 'object', type: 'STRING', data: samples.map((s) => s.object) },
      ...columns.map((c) => ({ name: c.name, type: PARQUET_TYPE[c.type], data: samples.map((s) => value(s.values[c.name], c.type)) })),
    ];
    files.push({ name: kindFileName(kind), content: parquet(data) });
  }
  const ev = rec.events;
  files.push({
    name: 'events.parquet',
    content: parquet([
      { name: 'time_s', type: 'DOUBLE', data: ev.map((e) => timeSeconds(e.time)) },
      { name: 'object_kind', type: 'STRING', data: ev.map((e) => e.kind) },
      { name: 'object', type: 'STRING', data: ev.map((e) => e.object) },
      { name: 'reason', type: 'STRING', data: ev.map((e) => e.reason) },
      { name: 'message', type: 'STRING', data: ev.map((e) => e.message) },
    ]),
  });
  return files;
}
