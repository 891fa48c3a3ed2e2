// Reads a YAML or JSON file into documents while keeping source positions, so that every later
// problem can be reported as file:line:col. JSON is read by the same parser (JSON is YAML 1.2).
// Accepted layouts: several YAML documents separated by `---`, a top-level array of objects, or a
// Kubernetes `kind: List` with `items` (what `kubectl get -o yaml` prints). Empty documents are
// skipped as kubectl skips them.
import { type Document, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Node } from 'yaml';
import { formatPath, type Diagnostic } from './diagnostics.js';

export type PathSeg = string | number;

/** A source position; `origin` names a `--set` override when the value did not come from the file. */
export interface Loc {
  line: number;
  col: number;
  origin?: string;
}

export interface SourceDoc {
  file: string;
  /** Index of the object in the file (0-based), for messages. */
  index: number;
  value: unknown;
  /** Position of the node at `path` (relative to this object); falls back to the nearest parent. */
  locate(path: ReadonlyArray<PathSeg>, keyOf?: string): Loc;
  /** Overrides a value (from `--set`); later diagnostics on that path name the override. */
  set(path: ReadonlyArray<PathSeg>, value: unknown, origin: string): void;
}

export interface ParsedSource {
  docs: SourceDoc[];
  diagnostics: Diagnostic[];
}

/** Deepest nesting of maps and lists accepted in a file (deeper input is refused, not parsed). */
export const MAX_NESTING = 100;
const NESTING_MESSAGE = `nested more than ${MAX_NESTING} levels deep; kubetwin refuses deeper files (a scenario needs far fewer)`;

/** The first node nested deeper than MAX_NESTING (iterative walk: no recursion on the input). */
function tooDeep(root: unknown): Node | undefined {
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length) {
    const [n, depth] = stack.pop()!;
    if (!isMap(n) && !isSeq(n)) continue;
    if (depth > MAX_NESTING) return n as Node;
    for (const it of n.items as unknown[]) {
      if (isPair(it)) stack.push([it.key, depth + 1], [it.value, depth + 1]);
      else stack.push([it, depth + 1]);
    }
  }
  return undefined;
}

export function parseSource(file: string, text: string): ParsedSource {
  const lc = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const pos = (offset: number) => {
    const p = lc.linePos(offset);
    return { line: p.line, col: p.col };
  };
  const yamlDocs = parseAllDocuments(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const list = Array.isArray(yamlDocs) ? yamlDocs : [];
  for (const d of list) {
    for (const e of [...d.errors, ...d.warnings]) {
      const at = pos(e.pos[0]);
      // The parser gives up on very deep input with a stack overflow: say what is wrong instead.
      const deep = e.message.includes('Maximum call stack size exceeded');
      diagnostics.push({
        file,
        ...at,
        path: '',
        severity: d.errors.includes(e as never) || deep ? 'error' : 'warning',
        message: deep ? NESTING_MESSAGE : `YAML syntax: ${e.message.split('\n')[0]}`,
      });
      if (deep) break;
    }
    const deep = diagnostics.some((x) => x.severity === 'error') ? undefined : tooDeep(d.contents);
    if (deep?.range) diagnostics.push({ file, ...pos(deep.range[0]), path: '', severity: 'error', message: NESTING_MESSAGE });
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { docs: [], diagnostics };

  const docs: SourceDoc[] = [];
  const add = (doc: Document, prefix: PathSeg[]) => {
    const origins = new Map<string, string>();
    const index = docs.length;
    const root = prefix.length ? (doc.getIn(prefix, true) as Node | undefined) : (doc.contents as Node | null);
    const value = root && 'toJSON' in root ? (root as Node).toJSON() : undefined;
    const sd: SourceDoc = {
      file,
      index,
      value,
      locate(path, keyOf) {
        for (let n = path.length; n >= 0; n--) {
          const origin = origins.get(formatPath(path.slice(0, n)));
          if (origin) return { line: 0, col: 0, origin };
          const node = doc.getIn([...prefix, ...path.slice(0, n)], true) as Node | undefined;
          if (!node?.range) continue;
          if (keyOf !== undefined && n === path.length && isMap(node)) {
            const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === keyOf);
            if (pair && isScalar(pair.key) && pair.key.range) return pos(pair.key.range[0]);
          }
          return pos(node.range[0]);
        }
        return { line: 1, col: 1 };
      },
      set(path, v, origin) {
        origins.set(formatPath(path), origin);
        doc.setIn([...prefix, ...path], doc.createNode(v));
        const r = prefix.length ? (doc.getIn(prefix, true) as Node) : (doc.contents as Node);
        sd.value = r.toJSON();
      },
    };
    docs.push(sd);
  };
  for (const d of list) {
    const c = d.contents;
    // kubectl (v1.28 resource.StreamVisitor) skips a document that is empty or `null` once read: a
    // bare `---`, or one holding only comments, as `helm template` emits for empty templates.
    if (c === null || (isScalar(c) && c.value === null)) continue;
    if (isSeq(c)) {
      c.items.forEach((_, i) => add(d, [i]));
    } else if (isMap(c) && isList(c.get('kind', true), c.get('items', true))) {
      (c.get('items', true) as unknown as { items: unknown[] }).items.forEach((_, i) => add(d, ['items', i]));
    } else {
      add(d, []);
    }
  }
  return { docs, diagnostics };
}

function isList(kind: unknown, items: unknown): boolean {
  return isScalar(kind) && kind.value === 'List' && isSeq(items);
}

/** A diagnostic positioned at `path` of a source document. */
export function at(doc: SourceDoc, path: PathSeg[], message: string, severity: 'error' | 'warning' = 'error'): Diagnostic {
  const loc = doc.locate(path);
  return { file: loc.origin ?? doc.file, line: loc.line, col: loc.col, path: formatPath(path), message, severity };
}
