// A small RFC 4180 CSV reader for kubetwin's own report files (quoted fields may hold commas,
// doubled quotes and newlines, as csv-stringify writes them).

import { CompareInputError } from './errors.js';

export class CsvError extends Error {}

/** parseCsv, with a malformed file reported as bad input naming it. */
export function readCsv(text: string, label: string): string[][] {
  try {
    return parseCsv(text);
  } catch (e) {
    if (e instanceof CsvError) throw new CompareInputError([`${label}: ${e.message}`]);
    throw e;
  }
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const n = text.length;
  let quotedRowEnd = false;
  while (i < n) {
    const ch = text[i];
    if (ch === '"' && field === '' && !quotedRowEnd) {
      // A quoted field: read to the closing quote; "" is a literal quote.
      i += 1;
      for (;;) {
        if (i >= n) throw new CsvError(`unterminated quoted field in row ${rows.length + 1}`);
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += text[i++];
      }
      quotedRowEnd = true;
      continue;
    }
    if (ch === ',') {
      row.push(field);
      field = '';
      quotedRowEnd = false;
      i += 1;
      continue;
    }
    if (ch === '\n' || ch === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      quotedRowEnd = false;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    if (quotedRowEnd) throw new CsvError(`unexpected text after a quoted field in row ${rows.length + 1}`);
    field += ch;
    i += 1;
  }
  if (field !== '' || row.length > 0 || quotedRowEnd) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** One row written back as a CSV line, for messages. */
export function csvLine(cells: readonly string[]): string {
  return cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}
