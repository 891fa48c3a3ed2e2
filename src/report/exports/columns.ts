// Column types of the sampled series, shared by the exports: a column is `string` when any of its
// values is a string, `boolean` when its values are all booleans (or empty), else `number`.
import type { Cell, SampleRow } from '../recorder.js';

export type ColumnType = 'number' | 'boolean' | 'string';

export interface KindColumns {
  kind: string;
  columns: Array<{ name: string; type: ColumnType }>;
  samples: SampleRow[];
}

function typeOf(values: Cell[]): ColumnType {
  let sawBoolean = false;
  let sawNumber = false;
  for (const v of values) {
    if (typeof v === 'string') return 'string';
    if (typeof v === 'boolean') sawBoolean = true;
    if (typeof v === 'number') sawNumber = true;
  }
  return sawBoolean && !sawNumber ? 'boolean' : 'number';
}

/** Per object kind (catalog order): its declared columns typed from the values sampled, and its samples in time order. */
export function kindColumns(catalog: Map<string, string[]>, samples: readonly SampleRow[]): KindColumns[] {
  const byKind = new Map<string, SampleRow[]>();
  for (const s of samples) {
    const list = byKind.get(s.kind) ?? [];
    list.push(s);
    byKind.set(s.kind, list);
  }
  const out: KindColumns[] = [];
  for (const [kind, names] of catalog) {
    const rows = byKind.get(kind);
    if (!rows?.length) continue;
    const columns = names.map((name) => ({ name, type: typeOf(rows.map((r) => r.values[name] ?? null)) }));
    out.push({ kind, columns, samples: rows });
  }
  return out;
}
