// Reading a usage trace for `kubetwin recommend`: `time,value` rows (src/load/curves/trace-csv.ts
// format). A CPU value is a Kubernetes quantity — a bare number is cores (`0.25`), `250m` is
// millicores; a memory value is bytes or a quantity (`512Mi`). Values come back in millicores / bytes.
import { readFileSync, statSync } from 'node:fs';
import { MAX_TRACE_BYTES } from '../../features/load/trace-file.js';
import { parseTimeValueCsv, quoteCell, type TraceRow } from '../../features/load/trace-csv.js';
import { QuantityError, toInteger, toMilli } from '../../model/quantity.js';
import { InputError } from '../../scenario/diagnostics.js';

export type RecommendResource = 'cpu' | 'memory';

/** A usage value cell → millicores (cpu) or bytes (memory), or an error message. */
export function usageValue(resource: RecommendResource) {
  return (text: string): number | { error: string } => {
    try {
      return resource === 'cpu' ? toMilli(text) : toInteger(text);
    } catch (e) {
      if (!(e instanceof QuantityError)) throw e;
      return {
        error: `${quoteCell(text)} is not a ${resource} quantity (${resource === 'cpu' ? 'e.g. 0.25 or 250m' : 'e.g. 536870912 or 512Mi'}): ${e.message}`,
      };
    }
  };
}

/** Parses a trace; every problem is collected into one InputError (file:line:col). */
export function parseUsageTrace(text: string, file: string, resource: RecommendResource): TraceRow[] {
  const r = parseTimeValueCsv(text, file, usageValue(resource));
  if (r.diagnostics.length) throw new InputError(r.diagnostics);
  return r.rows;
}

export function readUsageTrace(file: string, resource: RecommendResource): TraceRow[] {
  const fail = (message: string): never => {
    throw new InputError([{ file, line: 0, col: 0, path: '', severity: 'error', message }]);
  };
  let text = '';
  try {
    const st = statSync(file);
    if (!st.isFile()) fail('is not a regular file');
    if (st.size > MAX_TRACE_BYTES) fail(`is larger than ${MAX_TRACE_BYTES / 1024 / 1024} MiB`);
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? 'file not found' : `cannot read file (${code})`);
  }
  return parseUsageTrace(text, file, resource);
}
