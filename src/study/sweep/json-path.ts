// Metric paths into a run's summary.json: `a.b`, `list[2]`, `list[*]` (every element) and
// `list[key=value]` (elements whose `key` equals `value`, compared as text). Matches are
// collected in document order.

export type PathStep =
  | { type: 'key'; key: string }
  | { type: 'index'; index: number }
  | { type: 'all' }
  | { type: 'where'; key: string; value: string };

const STEP = /^([^.[\]]+)|^\[(\d+)\]|^\[\*\]|^\[([^=\]]+)=([^\]]*)\]/;

/** Parses a path; returns an error message instead when it is malformed. */
export function parseJsonPath(text: string): PathStep[] | string {
  const steps: PathStep[] = [];
  let rest = text;
  let first = true;
  while (rest.length) {
    if (!first) {
      if (rest.startsWith('.')) rest = rest.slice(1);
      else if (!rest.startsWith('[')) return `unexpected "${rest[0]}" at "${rest}"`;
    }
    const m = STEP.exec(rest);
    if (!m) return `cannot read "${rest}" (expected a key, [index], [*] or [key=value])`;
    if (m[1] !== undefined) steps.push({ type: 'key', key: m[1] });
    else if (m[2] !== undefined) steps.push({ type: 'index', index: Number(m[2]) });
    else if (m[3] !== undefined) steps.push({ type: 'where', key: m[3], value: m[4] });
    else steps.push({ type: 'all' });
    rest = rest.slice(m[0].length);
    first = false;
  }
  return steps.length ? steps : 'empty path';
}

/** Every value the path reaches. */
export function selectPath(root: unknown, steps: readonly PathStep[]): unknown[] {
  let current: unknown[] = [root];
  for (const step of steps) {
    const next: unknown[] = [];
    for (const v of current) {
      if (step.type === 'key') {
        if (v && typeof v === 'object' && !Array.isArray(v) && step.key in v) next.push((v as Record<string, unknown>)[step.key]);
      } else if (!Array.isArray(v)) {
      } else if (step.type === 'index') {
        if (step.index < v.length) next.push(v[step.index]);
      } else if (step.type === 'all') {
        next.push(...v);
      } else {
        for (const e of v) {
          if (e && typeof e === 'object' && String((e as Record<string, unknown>)[step.key]) === step.value) next.push(e);
        }
      }
    }
    current = next;
  }
  return current;
}

/** Whether a path may reach more than one value. */
export function isMulti(steps: readonly PathStep[]): boolean {
  return steps.some((s) => s.type === 'all' || s.type === 'where');
}
