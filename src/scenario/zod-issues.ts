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
      for (const [k, v] of Object.entries(def.shape as Record<string, unknown>)) {
        out.add(k);
        walk(v);
      }
    }
    for (const key of ['innerType', 'in', 'out', 'element', 'valueType', 'left', 'right', 'schema']) walk(def[key]);
    if (Array.isArray(def.options)) def.options.forEach(walk);
  };
  schemas.forEach(walk);
  return out;
}

type Def = Record<string, unknown> & { type?: string };
const defOf = (s: unknown): Def | undefined => (s as { _zod?: { def?: Def } } | undefined)?._zod?.def;

/** The schemas a value can be validated by, wrappers (optional, default, pipe input…) and unions unfolded. */
function unwrap(s: unknown, out: unknown[] = [], depth = 0): unknown[] {
  const def = defOf(s);
  if (!def || depth > 20) return out;
  if (def.type === 'union') (def.options as unknown[]).forEach((o) => unwrap(o, out, depth + 1));
  else if (def.type === 'intersection') {
    unwrap(def.left, out, depth + 1);
    unwrap(def.right, out, depth + 1);
  } else if (def.type === 'pipe') unwrap(def.in, out, depth + 1);
  else if (def.type === 'lazy') unwrap((def.getter as () => unknown)(), out, depth + 1);
  else if (def.innerType) unwrap(def.innerType, out, depth + 1);
  else out.push(s);
  return out;
}

/**
 * The field names an object at `path` (inside a value validated by `root`) may have: the
 * vocabulary for "did you mean" on an unknown field there. Empty when the path leads to no object.
 */
export function fieldsAt(root: z.ZodType, path: ReadonlyArray<PathSeg>): Set<string> {
  let candidates = unwrap(root);
  for (const seg of path) {
    const next: unknown[] = [];
    for (const c of candidates) {
      const def = defOf(c)!;
      if (def.type === 'object' && typeof seg === 'string') {
        const field = (def.shape as Record<string, unknown>)[seg];
        if (field) unwrap(field, next);
      } else if (def.type === 'array' && typeof seg === 'number') unwrap(def.element, next);
      else if (def.type === 'tuple' && typeof seg === 'number') unwrap((def.items as unknown[])[seg], next);
      else if (def.type === 'record') unwrap(def.valueType, next);
    }
    candidates = next;
  }
  const out = new Set<string>();
  for (const c of candidates) {
    const def = defOf(c)!;
    if (def.type === 'object') Object.keys(def.shape as object).forEach((k) => out.add(k));
  }
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
    if (dist <= bestD && (best === undefined || dist < bestD || v < best)) {
      best = v;
      bestD = dist;
    }
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

/**
 * Zod issues of a value validated by `schema` → positioned diagnostics. An unknown field gets a
 * suggestion only from the fields valid at its own path (never the same name).
 */
export function issuesToDiagnostics(doc: SourceDoc, issues: z.core.$ZodIssue[], prefix: PathSeg[], schema: z.ZodType): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...(issue.path as PathSeg[])];
    if (issue.code === 'unrecognized_keys') {
      const valid = [...fieldsAt(schema, issue.path as PathSeg[])];
      for (const key of issue.keys) {
        const s = suggest(
          key,
          valid.filter((v) => v !== key),
        );
        const loc = doc.locate(path, key);
        out.push({
          file: loc.origin ?? doc.file,
          line: loc.line,
          col: loc.col,
          path: formatPath([...path, key]),
          severity: 'error',
          message: `unknown field "${key}"${s ? ` (did you mean "${s}"?)` : ''}`,
          code: 'unknown-field',
        });
      }
      continue;
    }
    if (issue.code === 'invalid_union' && issue.errors.length) {
      // Report the branch that got furthest instead of a generic "invalid input".
      const deepest = issue.errors.flat().sort((a, b) => b.path.length - a.path.length)[0];
      if (deepest) {
        out.push(...issuesToDiagnostics(doc, [{ ...deepest, path: [...issue.path, ...deepest.path] }], prefix, schema));
        continue;
      }
    }
    const loc = doc.locate(path);
    out.push({
      file: loc.origin ?? doc.file,
      line: loc.line,
      col: loc.col,
      path: formatPath(path),
      severity: 'error',
      message: message(issue),
      code: codeOf(issue),
    });
  }
  return out;
}

function codeOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined) return 'required';
  // A custom check names its own code in params (e.g. `bad-quantity` from model/fields.ts).
  const own = issue.code === 'custom' ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
  if (typeof own === 'string') return own;
  return issue.code.replace(/_/g, '-');
}
