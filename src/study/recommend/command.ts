// `kubetwin recommend <trace.csv> [--resource cpu|memory] [--current-request Q] [--current-limit Q]`:
// reads the trace, prints the recommendation or why there is none (exit 0). Bad input throws an
// InputError (the CLI prints it with file:line and exits 2).
import { InputError } from '../../scenario/diagnostics.js';
import { formatRecommendation, formatValue } from './format.js';
import { recommend } from './recommend.js';
import { readUsageTrace, usageValue, type RecommendResource } from './trace.js';

export interface RecommendArgs {
  trace: string;
  resource?: string;
  currentRequest?: string;
  currentLimit?: string;
}

function quantity(flag: string, text: string | undefined, resource: RecommendResource): number | undefined {
  if (text === undefined) return undefined;
  const v = usageValue(resource)(String(text));
  if (typeof v === 'number') return v;
  throw new InputError([{ file: flag, line: 0, col: 0, path: '', severity: 'error', message: v.error }]);
}

export function recommendCommand(a: RecommendArgs, out: (text: string) => void): number {
  const resource = (a.resource ?? 'cpu') as RecommendResource;
  if (resource !== 'cpu' && resource !== 'memory') {
    throw new InputError([
      { file: '--resource', line: 0, col: 0, path: '', severity: 'error', message: `must be cpu or memory (got ${resource})` },
    ]);
  }
  const currentRequest = quantity('--current-request', a.currentRequest, resource);
  const currentLimit = quantity('--current-limit', a.currentLimit, resource);
  const rows = readUsageTrace(a.trace, resource);
  const r = recommend(rows, { currentRequest, currentLimit }, (v) => formatValue(resource, v));
  out(formatRecommendation(a.trace, resource, r));
  return 0;
}
