// Periodic timers: start, period, stop by returning false, priority, stable handle.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';

function calls(period: number, until: number, opts?: { start?: number }, runFirst = 0): number[] {
  const e = new Engine();
  if (runFirst > 0) e.run(runFirst);
  const got: number[] = [];
  e.every(period, (now) => void got.push(now), opts);
  e.run(until);
  return got;
}

describe('Engine.every', () => {
  it.each([
    { name: 'default start is now + period', period: 10, until: 35, opts: undefined, runFirst: 0, want: [10, 20, 30] },
    { name: 'default start counts from the current time', period: 10, until: 40, opts: undefined, runFirst: 7, want: [17, 27, 37] },
    { name: 'explicit start 0', period: 10, until: 30, opts: { start: 0 }, runFirst: 0, want: [0, 10, 20, 30] },
    { name: 'explicit start off the grid', period: 4, until: 20, opts: { start: 3 }, runFirst: 0, want: [3, 7, 11, 15, 19] },
    { name: 'period 1', period: 1, until: 4, opts: { start: 1 }, runFirst: 0, want: [1, 2, 3, 4] },
  ])('$name', ({ period, until, opts, runFirst, want }) => {
    expect(calls(period, until, opts, runFirst)).toEqual(want);
  });

  it('stops when the callback returns false (that call counts, no further ones)', () => {
    const e = new Engine();
    const got: number[] = [];
    e.every(10, (now) => {
      got.push(now);
      return now < 30 ? undefined : false;
    });
    e.run(100);
    expect(got).toEqual([10, 20, 30]);
    expect(e.pending).toBe(0);
    expect(e.processed).toBe(3);
  });

  it('keeps one pending entry and one handle across repetitions', () => {
    const e = new Engine();
    const h = e.every(10, () => {});
    for (let t = 10; t <= 100; t += 10) {
      e.run(t);
      expect(e.pending).toBe(1);
      expect(e.peekTime()).toBe(t + 10);
    }
    expect(e.cancel(h)).toBe(true);
  });

  it('reschedules after the call: work the callback schedules for the next tick runs first', () => {
    const e = new Engine();
    const got: string[] = [];
    e.every(10, (now) => {
      got.push(`tick@${now}`);
      if (now === 10) e.at(20, () => void got.push('scheduled-in-tick@20'));
    });
    e.run(20);
    expect(got).toEqual(['tick@10', 'scheduled-in-tick@20', 'tick@20']);
  });

  it('honours priority against one-shot events at the same time', () => {
    const e = new Engine();
    const got: string[] = [];
    e.at(10, () => void got.push('normal'));
    e.every(10, () => void got.push('sample'), { priority: 1000 });
    e.every(10, () => void got.push('urgent'), { priority: -1 });
    e.run(10);
    expect(got).toEqual(['urgent', 'normal', 'sample']);
  });

  it('many timers in lockstep fire in creation order at each tick', () => {
    const e = new Engine();
    const got: number[] = [];
    for (let i = 0; i < 50; i++) e.every(10, () => void got.push(i));
    e.run(30);
    const once = Array.from({ length: 50 }, (_, i) => i);
    expect(got).toEqual([...once, ...once, ...once]);
  });
});
