// cancel(): pending events, fired events, stale and unknown handles, periodic timers.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';

describe('Engine.cancel', () => {
  it('removes a pending event and reports true once', () => {
    const e = new Engine();
    let ran = false;
    const h = e.at(10, () => void (ran = true));
    expect(e.cancel(h)).toBe(true);
    expect(e.cancel(h)).toBe(false);
    expect(e.pending).toBe(0);
    e.run(20);
    expect(ran).toBe(false);
    expect(e.processed).toBe(0);
  });

  it('returns false for a one-shot event that already fired, also from inside its own call', () => {
    const e = new Engine();
    let inside: boolean | undefined;
    const h: number = e.at(5, () => void (inside = e.cancel(h)));
    e.run(10);
    expect(inside).toBe(false);
    expect(e.cancel(h)).toBe(false);
  });

  it.each([
    ['zero', 0],
    ['negative', -1],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['fraction', 1.5],
    ['huge', 2 ** 60],
    ['small int', 3],
  ])('returns false for an unknown handle (%s)', (_name, h) => {
    const e = new Engine();
    e.at(1, () => {});
    expect(e.cancel(h)).toBe(false);
    expect(e.pending).toBe(1);
  });

  it('a stale handle cannot cancel a newer event that reuses the slot', () => {
    const e = new Engine();
    const old = e.at(1, () => {});
    e.run(1); // fired: its slot is free again
    let ran = false;
    const fresh = e.at(2, () => void (ran = true));
    expect(fresh).not.toBe(old);
    expect(e.cancel(old)).toBe(false);
    e.run(2);
    expect(ran).toBe(true);
  });

  it('never hands out the same handle twice', () => {
    const e = new Engine({ initialCapacity: 16 });
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const h = e.at(e.now, () => {});
      expect(seen.has(h)).toBe(false);
      seen.add(h);
      if (i % 3 === 0) e.cancel(h);
      else e.step();
    }
  });

  it('cancelling one of several events at the same time keeps the others in order', () => {
    const e = new Engine();
    const got: string[] = [];
    const hs = ['a', 'b', 'c', 'd'].map((l) => e.at(3, () => void got.push(l)));
    expect(e.cancel(hs[0])).toBe(true);
    expect(e.cancel(hs[2])).toBe(true);
    e.run(3);
    expect(got).toEqual(['b', 'd']);
  });

  it('a handler can cancel a later event at the same time', () => {
    const e = new Engine();
    const got: string[] = [];
    let victim = 0;
    e.at(3, () => {
      got.push('a');
      expect(e.cancel(victim)).toBe(true);
    });
    victim = e.at(3, () => void got.push('b'));
    e.at(3, () => void got.push('c'));
    e.run(3);
    expect(got).toEqual(['a', 'c']);
  });

  it('stops a periodic timer between calls', () => {
    const e = new Engine();
    const calls: number[] = [];
    const h = e.every(10, (now) => void calls.push(now));
    e.run(25);
    expect(e.cancel(h)).toBe(true);
    e.run(100);
    expect(calls).toEqual([10, 20]);
    expect(e.cancel(h)).toBe(false);
  });

  it('stops a periodic timer cancelled from inside its own callback', () => {
    const e = new Engine();
    const calls: number[] = [];
    const answers: boolean[] = [];
    const h: number = e.every(10, (now) => {
      calls.push(now);
      if (now === 30) answers.push(e.cancel(h), e.cancel(h));
    });
    expect(e.pending).toBe(1);
    e.run(100);
    expect(calls).toEqual([10, 20, 30]);
    expect(answers).toEqual([true, false]);
    expect(e.pending).toBe(0);
    expect(e.cancel(h)).toBe(false);
  });

  it('a periodic timer that cancels itself and schedules new work frees its slot safely', () => {
    const e = new Engine();
    const got: string[] = [];
    const h: number = e.every(5, () => {
      e.cancel(h);
      e.after(1, () => void got.push('follow-up'));
    });
    e.run(50);
    expect(got).toEqual(['follow-up']);
    expect(e.pending).toBe(0);
  });
});
