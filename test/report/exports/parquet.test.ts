// The Parquet exports read back with hyparquet: one file per object kind with the CSV's values
// (typed: DOUBLE, BOOLEAN, STRING, null for an empty cell) and events.parquet.
import { join } from 'node:path';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects, parquetSchema } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { csvRows, runWithExports } from './shared-run.js';

async function read(dir: string, name: string) {
  const file = await asyncBufferFromFile(join(dir, name));
  const metadata = await parquetMetadataAsync(file);
  const rows = await parquetReadObjects({ file });
  return { metadata, rows };
}

describe('Parquet exports', () => {
  it('timeseries-<kind>.parquet and events.parquet hold the CSV values with proper types', async () => {
    const r = await runWithExports();
    const { header, rows } = csvRows(r);
    const kinds = [...new Set(rows.map((x) => x[1]))];
    expect(kinds).toEqual(expect.arrayContaining(['node', 'service', 'container', 'hpa']));
    const names = r.files.map((f) => f.name).filter((n) => n.endsWith('.parquet'));
    expect(names.sort()).toEqual([...kinds.map((k) => `timeseries-${k}.parquet`), 'events.parquet'].sort());
    let checkedCells = 0;
    for (const kind of kinds) {
      const { metadata, rows: pq } = await read(r.dir, `timeseries-${kind}.parquet`);
      expect(metadata.created_by).toBe('kubetwin');
      const csv = rows.filter((x) => x[1] === kind);
      expect(pq.length).toBe(csv.length);
      const cols = Object.keys(pq[0]);
      expect(cols.slice(0, 2)).toEqual(['time_s', 'object']);
      const types = Object.fromEntries(parquetSchema(metadata).children.map((c) => [c.element.name, c.element.type]));
      csv.forEach((row, i) => {
        expect(pq[i].time_s).toBe(Number(row[0]));
        expect(pq[i].object).toBe(row[2]);
        for (const c of cols.slice(2)) {
          const cell = row[header.indexOf(c)];
          const v = pq[i][c];
          checkedCells++;
          if (cell === '') expect(v, `${kind} ${c} row ${i}`).toBeNull();
          else if (types[c] === 'BOOLEAN') expect(v ? '1' : '0', `${kind} ${c}`).toBe(cell);
          else if (types[c] === 'DOUBLE') expect(v, `${kind} ${c}`).toBe(Number(cell));
          else expect([types[c], v], `${kind} ${c}`).toEqual(['BYTE_ARRAY', cell]);
        }
      });
      // every column of the kind that has a value in the CSV is in the file
      const used = header.filter((_c, j) => j > 2 && csv.some((x) => x[j] !== ''));
      expect(cols).toEqual(expect.arrayContaining(used));
    }
    expect(checkedCells).toBeGreaterThan(5000);
    const types = (await read(r.dir, 'timeseries-container.parquet')).metadata;
    const byName = Object.fromEntries(parquetSchema(types).children.map((c) => [c.element.name, c.element]));
    expect(byName.state.converted_type).toBe('UTF8');
    expect(byName.ready.type).toBe('BOOLEAN');
    expect(byName.restarts.type).toBe('DOUBLE');

    const ev = csvRows(r, 'events.csv');
    const { rows: pe } = await read(r.dir, 'events.parquet');
    expect(pe.length).toBe(ev.rows.length);
    expect(pe.map((e) => [String(e.time_s), e.object_kind, e.object, e.reason, e.message])).toEqual(
      ev.rows.map((x) => [String(Number(x[0])), x[1], x[2], x[3], x[4]]),
    );
  }, 180_000);
});
