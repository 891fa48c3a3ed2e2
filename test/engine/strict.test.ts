// Strictness: bad times are refused with a RangeError naming the value (SimPy's
// tests/test_environment.py test_run_negative_until is the "-3" case), and a failing handler
// stops the run with an error that names the virtual time.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';

const BAD_TIMES: [string, number][] = [
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['-Infinity', -Infinity],
  ['negative', -3],
  ['non-integer', 1.5],
  ['beyond safe integers', 2 ** 53],
];

function engineAt(now: number): Engine {
  const e = new Engine();
  e.run(now);
  return e;
}

describe('Engine refuses bad times', () => {
  it.each(BAD_TIMES)('at(%s)', (_n, t) => {
    expect(() => new Engine().at(t, () => {})).toThrow(RangeError);
    expect(() => new Engine().at(t, () => {})).toThrow(String(t));
  });

  it.each(BAD_TIMES)('after(%s)', (_n, t) => {
    expect(() => new Engine().after(t, () => {})).toThrow(RangeError);
  });

  it.each(BAD_TIMES)('run(%s)', (_n, t) => {
    expect(() => new Engine().run(t)).toThrow(RangeError);
  });

  it.each([...BAD_TIMES, ['zero', 0] as [string, number]])('every(period %s)', (_n, p) => {
    expect(() => new Engine().every(p, () => {})).toThrow(RangeError);
  });

  it.each(BAD_TIMES)('every(start %s)', (_n, s) => {
    expect(() => new Engine().every(10, () => {}, { start: s })).toThrow(RangeError);
  });

  it('refuses a time in the past, naming it', () => {
    const e = engineAt(100);
    expect(() => e.at(99, () => {})).toThrow(/99.*past/);
    expect(() => e.run(50)).toThrow(RangeError);
    expect(() => e.every(10, () => {}, { start: 0 })).toThrow(RangeError);
    expect(e.pending).toBe(0);
  });

  it.each([
    ['NaN', NaN],
    ['Infinity', Infinity],
  ])('refuses priority %s', (_n, p) => {
    expect(() => new Engine().at(1, () => {}, p)).toThrow(RangeError);
  });

  it('accepts the current time', () => {
    const e = engineAt(100);
    let ran = false;
    e.at(100, () => void (ran = true));
    e.run(100);
    expect(ran).toBe(true);
  });
});

describe('Engine handler failures', () => {
  it('propagate out of run() with the virtual time in the message and the original as cause', () => {
    const e = new Engine();
    const boom = new Error('boom');
    let later = false;
    e.at(90_500, () => {
      throw boom;
    });
    e.at(90_500, () => void (later = true));
    let caught: unknown;
    try {
      e.run(100_000);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(Error);
    expect((caught as Error).message).toContain('90.5');
    expect((caught as Error).message).toContain('boom');
    expect((caught as Error).cause).toBe(boom);
    expect(later).toBe(false); // the run did not continue
    expect(e.now).toBe(90_500);
    e.run(100_000); // the caller may resume explicitly
    expect(later).toBe(true);
  });

  it('propagate out of step() too', () => {
    const e = new Engine();
    e.at(1_000, () => {
      throw 'not an Error';
    });
    expect(() => e.step()).toThrow(/t=1s.*not an Error/);
  });

  it('stop the periodic timer that threw', () => {
    const e = new Engine();
    let n = 0;
    const h = e.every(10, () => {
      n++;
      throw new Error('tick failed');
    });
    expect(() => e.run(100)).toThrow(/t=0\.01s/);
    expect(e.pending).toBe(0);
    expect(e.cancel(h)).toBe(false);
    e.run(100);
    expect(n).toBe(1);
  });

  it('a bad time scheduled from inside a handler fails the run with that time', () => {
    const e = new Engine();
    e.at(50, () => void e.at(10, () => {}));
    expect(() => e.run(100)).toThrow(/t=0\.05s.*10.*past/);
  });

  it('refuses run() or step() from inside a handler', () => {
    const e = new Engine();
    e.at(1, () => e.run(5));
    expect(() => e.run(10)).toThrow(/inside an event handler/);
    e.at(20, () => void e.step());
    expect(() => e.run(30)).toThrow(/inside an event handler/);
  });
});

describe('Engine construction', () => {
  it.each([[-1], [1.5], [NaN]])('refuses initialCapacity %s', (c) => {
    expect(() => new Engine({ initialCapacity: c })).toThrow(RangeError);
  });

  it('accepts a zero capacity hint and still grows', () => {
    const e = new Engine({ initialCapacity: 0 });
    for (let i = 0; i < 100; i++) e.at(i, () => {});
    e.run(100);
    expect(e.processed).toBe(100);
  });
});
