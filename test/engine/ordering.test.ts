// Event order (time, priority, scheduling sequence) and the run(until) / step contract.
// The run-resume and empty-queue cases follow SimPy's tests/test_environment.py (test_run_resume,
// test_event_queue_empty), adapted to kubetwin's inclusive `until`.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';

type Sched = [label: string, time: number, priority?: number];

// Each case: events scheduled in this order at t=0; expected processing order of labels.
const ORDER_CASES: { name: string; events: Sched[]; want: string[] }[] = [
  {
    name: 'by time',
    events: [
      ['c', 30],
      ['a', 10],
      ['b', 20],
    ],
    want: ['a', 'b', 'c'],
  },
  {
    name: 'equal time keeps scheduling order',
    events: [
      ['x', 5],
      ['y', 5],
      ['z', 5],
    ],
    want: ['x', 'y', 'z'],
  },
  {
    name: 'lower priority number first',
    events: [
      ['low', 5, 10],
      ['high', 5, -3],
      ['mid', 5, 0],
    ],
    want: ['high', 'mid', 'low'],
  },
  {
    name: 'time beats priority',
    events: [
      ['late', 6, -100],
      ['early', 5, 100],
    ],
    want: ['early', 'late'],
  },
  {
    name: 'priority then sequence',
    events: [
      ['a1', 1, 1],
      ['b0', 1, 0],
      ['a2', 1, 1],
      ['b1', 1, 0],
      ['c', 0, 5],
    ],
    want: ['c', 'b0', 'b1', 'a1', 'a2'],
  },
  {
    name: 'fractional priorities',
    events: [
      ['p', 2, 0.5],
      ['q', 2, 0.25],
    ],
    want: ['q', 'p'],
  },
  {
    name: 'many keys interleaved (each key keeps its own scheduling order)',
    events: [
      ['a', 1, 0],
      ['b', 1, 1],
      ['c', 1, 2],
      ['d', 1, 3],
      ['e', 1, 4],
      ['f', 1, 5],
      ['g', 1, 0],
      ['h', 1, 1],
    ],
    want: ['a', 'g', 'b', 'h', 'c', 'd', 'e', 'f'],
  },
];

describe('Engine ordering', () => {
  it.each(ORDER_CASES)('$name', ({ events, want }) => {
    const e = new Engine();
    const got: string[] = [];
    for (const [label, time, prio] of events) e.at(time, () => void got.push(label), prio);
    e.run(1000);
    expect(got).toEqual(want);
  });

  it('an event scheduled for "now" from a handler runs after earlier-scheduled peers, before later times', () => {
    const e = new Engine();
    const got: string[] = [];
    e.at(10, () => {
      got.push('first');
      e.at(10, () => void got.push('nested-same-prio'));
      e.at(10, () => void got.push('nested-urgent'), -1);
    });
    e.at(10, () => void got.push('second'));
    e.at(11, () => void got.push('later'));
    e.run(20);
    expect(got).toEqual(['first', 'nested-urgent', 'second', 'nested-same-prio', 'later']);
  });

  it('after(delay) is relative to the current time', () => {
    const e = new Engine();
    const seen: number[] = [];
    e.at(100, () => void e.after(50, (now) => void seen.push(now)));
    e.run(1000);
    expect(seen).toEqual([150]);
  });
});

describe('run(until) and step()', () => {
  it('runs an event exactly at `until`, not one later, and leaves now === until', () => {
    const e = new Engine();
    const got: number[] = [];
    for (const t of [5, 10, 11]) e.at(t, (now) => void got.push(now));
    e.run(10);
    expect(got).toEqual([5, 10]);
    expect(e.now).toBe(10);
    expect(e.pending).toBe(1);
    expect(e.peekTime()).toBe(11);
  });

  it('resumes with increasing `until` (after SimPy test_run_resume)', () => {
    const e = new Engine();
    const done = [false, false, false];
    [5, 10, 15].forEach((t, i) => e.at(t, () => void (done[i] = true)));
    expect(e.now).toBe(0);
    e.run(9);
    expect([e.now, ...done]).toEqual([9, true, false, false]);
    e.run(14);
    expect([e.now, ...done]).toEqual([14, true, true, false]);
    e.run(100);
    expect([e.now, ...done]).toEqual([100, true, true, true]);
    expect(e.processed).toBe(3);
  });

  it('stops when the queue is empty, with now at until (after SimPy test_event_queue_empty)', () => {
    const e = new Engine();
    const log: number[] = [];
    e.every(1, (now) => (now < 2 ? void log.push(now) : false), { start: 0 });
    e.run(10);
    expect(log).toEqual([0, 1]);
    expect(e.pending).toBe(0);
    expect(e.now).toBe(10);
  });

  it('run(now) processes the events due now', () => {
    const e = new Engine();
    let n = 0;
    e.at(0, () => void n++);
    e.run(0);
    expect(n).toBe(1);
  });

  it('step() processes one event at a time and reports an empty queue', () => {
    const e = new Engine();
    const got: string[] = [];
    e.at(7, () => void got.push('a'));
    e.at(3, () => void got.push('b'));
    expect(e.step()).toBe(true);
    expect([got, e.now, e.pending]).toEqual([['b'], 3, 1]);
    expect(e.step()).toBe(true);
    expect([got, e.now, e.pending]).toEqual([['b', 'a'], 7, 0]);
    expect(e.step()).toBe(false);
    expect(e.now).toBe(7);
    expect(e.peekTime()).toBe(Infinity);
    expect(e.processed).toBe(2);
  });

  it('grows past its initial capacity without losing order', () => {
    const e = new Engine({ initialCapacity: 16 });
    const got: number[] = [];
    for (let i = 0; i < 5000; i++) e.at((i * 7919) % 5000, (now) => void got.push(now), i % 3);
    expect(e.pending).toBe(5000);
    e.run(5000);
    expect(got).toEqual([...got].sort((a, b) => a - b));
    expect(got.length).toBe(5000);
  });
});
