// Property-based comparison with the naive sorted-array kernel: random programs of at / after /
// every / cancel / run / step, whose handlers may schedule more work at the same or later keys,
// give identical processing logs and identical answers. Fixed seed, so failures reproduce.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { NaiveEngine } from './naive-engine.js';

type Kernel = Engine | NaiveEngine;
const prio = fc.constantFrom(-1, 0, 0, 0, 1, 0.5);
const nested = fc.option(fc.record({ dt: fc.integer({ min: 0, max: 6 }), prio }), { nil: undefined });
const op = fc.oneof(
  fc.record({ k: fc.constant('at' as const), dt: fc.integer({ min: 0, max: 30 }), prio, nested }),
  fc.record({ k: fc.constant('after' as const), dt: fc.integer({ min: 0, max: 30 }), prio, nested }),
  fc.record({
    k: fc.constant('every' as const),
    period: fc.integer({ min: 1, max: 20 }),
    start: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    prio,
    calls: fc.integer({ min: 1, max: 8 }),
  }),
  fc.record({ k: fc.constant('cancel' as const), i: fc.nat() }),
  fc.record({ k: fc.constant('run' as const), dt: fc.integer({ min: 0, max: 25 }) }),
  fc.record({ k: fc.constant('step' as const) }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

function play(k: Kernel, ops: Op[]): string[] {
  const log: string[] = [];
  const handles: number[] = [];
  let ids = 0;
  const oneShot = (id: number, inner?: { dt: number; prio: number }) => (now: number) => {
    log.push(`${id}@${now}`);
    if (inner) handles.push(k.at(now + inner.dt, oneShot(ids++), inner.prio));
  };
  for (const o of ops) {
    if (o.k === 'at') handles.push(k.at(k.now + o.dt, oneShot(ids++, o.nested), o.prio));
    else if (o.k === 'after') handles.push(k.after(o.dt, oneShot(ids++, o.nested), o.prio));
    else if (o.k === 'every') {
      const id = ids++;
      let left = o.calls;
      const start = o.start === undefined ? {} : { start: k.now + o.start };
      handles.push(k.every(o.period, (now) => (log.push(`${id}~${now}`), --left > 0 ? undefined : false), { ...start, priority: o.prio }));
    } else if (o.k === 'cancel') {
      if (handles.length > 0) log.push(`cancel ${o.i % handles.length} -> ${k.cancel(handles[o.i % handles.length])}`);
    } else if (o.k === 'run') k.run(k.now + o.dt);
    else log.push(`step -> ${k.step()}`);
    log.push(`now=${k.now} pending=${k.pending} processed=${k.processed} next=${k.peekTime()}`);
  }
  k.run(k.now + 500);
  log.push(`end now=${k.now} pending=${k.pending} processed=${k.processed}`);
  return log;
}

describe('Engine vs naive kernel (fast-check)', () => {
  it('gives the same log for random programs', () => {
    let events = 0;
    fc.assert(
      fc.property(fc.array(op, { minLength: 10, maxLength: 150, size: 'max' }), (ops) => {
        const fast = play(new Engine({ initialCapacity: 16 }), ops);
        expect(fast).toEqual(play(new NaiveEngine(), ops));
        events += fast.filter((l) => l.includes('@') || l.includes('~')).length;
      }),
      { seed: 13, numRuns: 300 },
    );
    expect(events).toBeGreaterThan(10_000); // the programs really ran events
  });
});
