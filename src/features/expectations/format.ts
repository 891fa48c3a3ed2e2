// Console lines for expectation results: `PASS name: message` / `FAIL name: message`.
import type { ExpectationResult } from './types.js';

export function formatResult(r: ExpectationResult): string {
  return `${r.passed ? 'PASS' : 'FAIL'} ${r.name}: ${r.message}`;
}

export function formatTally(results: readonly ExpectationResult[]): string {
  const failed = results.filter((r) => !r.passed).length;
  const n = results.length;
  return failed ? `${failed} of ${n} expectation${n === 1 ? '' : 's'} failed` : `all ${n} expectation${n === 1 ? '' : 's'} passed`;
}
