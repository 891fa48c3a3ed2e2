// The bucket for (time, priority) is found by key, however long ago it was opened: order stays
// (time, priority, scheduling sequence) with many distinct times, with equal keys scheduled far
// apart, across cancels (hollow buckets, compaction) and across growth of every table.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { randomStream } from '../../src/engine/random.js';
import { NaiveEngine } from './naive-engine.js';

describe('Engine bucket lookup by (time, priority)', () => {
  it('orders 50,000 events at distinct times scheduled in random order', () => {
    const rng = randomStream('lookup', 'distinct');
    const times = Array.from({ length: 50_000 }, (_, i) => i * 3 + 1);
    for (let i = times.length - 1; i > 0; i--) {
      const j = rng.int(0, i + 1);
      [times[i], times[j]] = [times[j], times[i]];
    }
    const e = new Engine({ initialCapacity: 16 });
    const got: number[] = [];
    for (const t of times) e.at(t, (now) => void got.push(now));
    e.run(200_000);
    expect(got).toEqual([...times].sort((a, b) => a - b));
  });

  it('keeps scheduling order for one (time, priority) scheduled at widely separated moments', () => {
    const e = new Engine({ initialCapacity: 16 });
    const got: string[] = [];
    const want: Record<number, string[]> = { [-1]: [], 0: [], 1: [] };
    const add = (prio: number, label: string) => {
      e.at(1000, () => void got.push(label), prio);
      want[prio].push(label);
    };
    add(0, 'first');
    // Thousands of other keys in between, then more events for t=1000 from handlers at 1..999.
    for (let t = 1; t < 1000; t++) {
      e.at(
        t,
        () => {
          add((t % 3) - 1, `from ${t}`);
          for (let k = 0; k < 5; k++) e.at(1000 + t * 5 + k, () => {}, k);
        },
        t % 2,
      );
      e.at(2000 + t, () => {});
    }
    e.at(999, () => add(0, 'last'), 5);
    e.run(1000);
    expect(got).toEqual([...want[-1], ...want[0], ...want[1]]);
    expect(want[0][0]).toBe('first');
    expect(want[0].at(-1)).toBe('last');
    expect(got.length).toBe(1001);
  });

  it('a key whose bucket was emptied by cancel takes new events in scheduling order', () => {
    const e = new Engine();
    const got: string[] = [];
    const at = (label: string, t = 50) => e.at(t, () => void got.push(label));
    e.cancel(at('a'));
    const b = at('b');
    at('c');
    e.cancel(b);
    at('d');
    at('x', 40);
    e.run(100);
    expect(got).toEqual(['x', 'c', 'd']);
  });

  it('reschedules keys after a mass cancel compacted the heap', () => {
    const e = new Engine({ initialCapacity: 16 });
    const got: number[] = [];
    const handles: number[] = [];
    for (let t = 1; t <= 500; t++) handles.push(e.at(t, () => void got.push(-t)));
    for (const h of handles) expect(e.cancel(h)).toBe(true);
    for (let t = 500; t >= 1; t--) e.at(t, () => void got.push(t));
    for (let t = 1; t <= 500; t++) e.at(t, () => void got.push(t + 0.5));
    e.run(1000);
    expect(got).toEqual(Array.from({ length: 500 }, (_, i) => [i + 1, i + 1.5]).flat());
  });

  it('a handler that cancels a later peer and schedules it again at the same key puts it last', () => {
    const e = new Engine();
    const got: string[] = [];
    let hb = 0;
    e.at(10, () => {
      got.push('a');
      e.cancel(hb);
      e.at(10, () => void got.push('b again'));
    });
    hb = e.at(10, () => void got.push('b'));
    e.at(10, () => void got.push('c'));
    e.run(10);
    expect(got).toEqual(['a', 'c', 'b again']);
  });

  it('finds old buckets after every table grew (20,000 keys, two rounds)', () => {
    const e = new Engine({ initialCapacity: 16 });
    const got: string[] = [];
    const keys = 10_000;
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < keys; i++) e.at(1 + (i >> 1), () => void got.push(`${i}.${round}`), i & 1);
    }
    expect(e.pending).toBe(2 * keys);
    e.run(keys);
    const want: string[] = [];
    for (let i = 0; i < keys; i++) want.push(`${i}.0`, `${i}.1`);
    expect(got).toEqual(want);
  });

  it('many periodic timers with random first offsets match the naive kernel', () => {
    const run = (k: Engine | NaiveEngine) => {
      const rng = randomStream('lookup', 'offsets');
      const got: string[] = [];
      for (let i = 0; i < 1000; i++) {
        const period = 10 * (1 + (i % 10));
        k.every(period, (now) => void got.push(`${i}@${now}`), { start: rng.int(0, period), priority: i % 3 === 0 ? 1 : 0 });
      }
      k.run(1000);
      return got;
    };
    const fast = run(new Engine({ initialCapacity: 16 }));
    expect(fast.length).toBeGreaterThan(15_000);
    expect(fast).toEqual(run(new NaiveEngine()));
  });
});
