// Samples of one (kind, object), for charts and expectations that look at many objects at the end
// of a run: the rows are grouped once (one pass) and reused, instead of each caller scanning every
// sample. Samples only grow, so a changed length means the index is rebuilt.
import type { SampleRow } from './recorder.js';

interface Index {
  length: number;
  byKey: Map<string, SampleRow[]>;
}

const indexes = new WeakMap<readonly SampleRow[], Index>();
const NONE: readonly SampleRow[] = Object.freeze([]);

/** The samples of `kind`/`object` in recorded order (shared; do not mutate). */
export function samplesOf(samples: readonly SampleRow[], kind: string, object: string): readonly SampleRow[] {
  let index = indexes.get(samples);
  if (!index || index.length !== samples.length) {
    const byKey = new Map<string, SampleRow[]>();
    for (const s of samples) {
      const key = `${s.kind}\u0000${s.object}`;
      const list = byKey.get(key);
      if (list) list.push(s);
      else byKey.set(key, [s]);
    }
    index = { length: samples.length, byKey };
    indexes.set(samples, index);
  }
  return index.byKey.get(`${kind}\u0000${object}`) ?? NONE;
}
