// Turns zod issues into positioned diagnostics with messages a user can act on.
import type { z } from 'zod';
import { formatPath, type Diagnostic } from './diagnostics.js';
import type { PathSeg, SourceDoc } from './source.js';

/** Every object field name reachable from the schemas: the vocabulary for "did you mean". */
export function fieldVocabulary(schemas: z.ZodType[]): Set<string> {
  const out = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (s: unknown): void => {
    if (!s || typeof s !== 'object' || seen.has(s)) return;
    seen.add(s);
    const def = (s as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return;
    if (def.type === 'object') {
      for (const [k, v] of Object.entries(def.shape as Record<string, unknown>)) { out.add(k); walk(v); }
    }
    for (const key of ['innerType', 'in', 'out', 'element', 'valueType', 'left', 'right', 'schema']) walk(def[key]);
    if (Array.isArray(def.options)) def.options.forEach(walk);
  };
  schemas.forEach(walk);
  return out;
}

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      // An adjacent transposition ("Pdo" → "Pod") counts as one edit.
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

export function suggest(word: string, vocabulary: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  for (const v of vocabulary) {
    const dist = editDistance(word.toLowerCase(), v.toLowerCase());
    if (dist <= bestD && (best === undefined || dist < bestD || v < best)) { best = v; bestD = dist; }
  }
  return best;
}

function message(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined) return 'is required';
  if (issue.code === 'invalid_type') return `expected ${issue.expected}, got ${describe((issue as { input?: unknown }).input)}`;
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return issue.message;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${JSON.stringify(v)}`;
}

export function issuesToDiagnostics(doc: SourceDoc, issues: z.core.$ZodIssue[], prefix: PathSeg[], vocabulary: Set<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...(issue.path as PathSeg[])];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const s = suggest(key, vocabulary);
        const loc = doc.locate(path, key);
        out.push({ file: loc.origin ?? doc.file, line: loc.line, col: loc.col, path: formatPath([...path, key]), severity: 'error',
          message: `unknown field "${key}"${s ? ` (did you mean "${s}"?)` : ''}` });
      }
      continue;
    }
    if (issue.code === 'invalid_union' && issue.errors.length) {
      // Report the branch that got furthest instead of a generic "invalid input".
      const deepest = issue.errors.flat().sort((a, b) => b.path.length - a.path.length)[0];
      if (deepest) { out.push(...issuesToDiagnostics(doc, [{ ...deepest, path: [...issue.path, ...deepest.path] }], prefix, vocabulary)); continue; }
    }
    const loc = doc.locate(path);
    out.push({ file: loc.origin ?? doc.file, line: loc.line, col: loc.col, path: formatPath(path), severity: 'error', message: message(issue) });
  }
  return out;
}
