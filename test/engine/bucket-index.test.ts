// The (time, priority) → bucket id hash: agrees with a Map under random adds and removes
// (backward-shift deletion must never lose a key further down a probe run), grows, and treats
// keys that share low bits or differ only in the fraction of the priority as distinct.
import { describe, expect, it } from 'vitest';
import { BucketIndex } from '../../src/engine/bucket-index.js';
import { randomStream } from '../../src/engine/random.js';

const key = (t: number, p: number) => `${t}|${p}`;

// Every indexed key answers its id and every probed absent key answers -1 (mismatches listed).
function checkAll(idx: BucketIndex, ref: Map<string, [number, number, number]>, probes: [number, number][]): void {
  const wrong: string[] = [];
  for (const [t, p, id] of ref.values()) if (idx.get(t, p) !== id) wrong.push(`${key(t, p)} -> ${idx.get(t, p)}, want ${id}`);
  for (const [t, p] of probes) if (!ref.has(key(t, p)) && idx.get(t, p) !== -1) wrong.push(`${key(t, p)} should be absent`);
  expect(wrong).toEqual([]);
  expect(idx.size).toBe(ref.size);
}

describe('BucketIndex', () => {
  it('matches a Map over 20,000 random adds and removes, growing from 1 record', () => {
    const rng = randomStream('bucket-index', 'ops');
    const idx = new BucketIndex(1);
    const ref = new Map<string, [number, number, number]>();
    const prios = [0, 0, 0, -1, 1, 0.5, -0.25, 1e9];
    const probes: [number, number][] = [];
    let nextId = 0;
    for (let n = 0; n < 20_000; n++) {
      const t = rng.int(0, 3000),
        p = rng.pick(prios);
      probes.push([t, p]);
      const k = key(t, p);
      if (ref.has(k)) {
        if (rng.next() < 0.7) {
          idx.remove(t, p);
          ref.delete(k);
        }
      } else {
        idx.add(t, p, nextId);
        ref.set(k, [t, p, nextId++]);
      }
      if (n % 2500 === 0) checkAll(idx, ref, probes.slice(-200));
    }
    checkAll(idx, ref, probes);
    expect(ref.size).toBeGreaterThan(1000); // it did grow well past its first table
  });

  it('keeps keys distinct that collide in their low 32 bits or in the integer part of the priority', () => {
    const idx = new BucketIndex(4);
    const keys: [number, number][] = [
      [5, 0],
      [5 + 2 ** 32, 0],
      [5 + 2 ** 33, 0],
      [5, 0.5],
      [5, 0.25],
      [5, -0.5],
      [5, 2 ** 32],
      [2 ** 53 - 1, 0],
    ];
    keys.forEach(([t, p], i) => idx.add(t, p, i));
    keys.forEach(([t, p], i) => expect(idx.get(t, p)).toBe(i));
    expect(idx.get(5, 0.75)).toBe(-1);
    expect(idx.get(5, -0)).toBe(0); // -0 and 0 are one priority, as in the heap's comparison
    expect(idx.remove(5, 0)).toBe(true);
    expect(idx.remove(5, 0)).toBe(false); // absent: a no-op, not an endless probe
    expect(idx.get(5, 0)).toBe(-1);
    keys.slice(1).forEach(([t, p], i) => expect(idx.get(t, p)).toBe(i + 1));
  });

  it('survives removing every key of long probe runs in any order (consecutive times, one table)', () => {
    const idx = new BucketIndex(4096);
    const rng = randomStream('bucket-index', 'runs');
    const live = new Set<number>();
    for (let t = 0; t < 2048; t++) {
      idx.add(t, 0, t);
      live.add(t);
    }
    const order = [...live].sort(() => rng.next() - 0.5);
    for (const t of order) {
      idx.remove(t, 0);
      live.delete(t);
      if (live.size % 256 === 0) expect([...live].filter((u) => idx.get(u, 0) !== u)).toEqual([]);
    }
    expect(idx.size).toBe(0);
    expect(idx.get(order[0], 0)).toBe(-1);
  });
});
