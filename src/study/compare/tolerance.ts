// When two report values count as equal: identical text, or both numbers within an absolute or a
// relative tolerance (both 0 by default: exact).

export interface Tolerance {
  /** |a − b| ≤ absolute. */
  absolute: number;
  /** |a − b| ≤ relative × max(|a|, |b|). */
  relative: number;
}

export const EXACT: Tolerance = { absolute: 0, relative: 0 };

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

export function numbersEqual(a: number, b: number, tol: Tolerance): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const d = Math.abs(a - b);
  return d <= tol.absolute || d <= tol.relative * Math.max(Math.abs(a), Math.abs(b));
}

/** CSV cells: text equality, or numeric equality within the tolerance when both are numbers. */
export function cellsEqual(a: string | undefined, b: string | undefined, tol: Tolerance): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  if (!NUMBER.test(a) || !NUMBER.test(b)) return false;
  return numbersEqual(Number(a), Number(b), tol);
}
