// Randomized comparison: 10k random schedule / cancel / run / step operations, with handlers that
// schedule and cancel from inside their calls, must give the Engine and the naive sorted-array
// kernel the identical processing order and identical answers.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { randomStream, type RandomStream } from '../../src/engine/random.js';
import { NaiveEngine } from './naive-engine.js';

type Kernel = Pick<Engine, 'now' | 'pending' | 'processed' | 'at' | 'after' | 'every' | 'cancel' | 'peekTime' | 'step' | 'run'>;

const OPS = 10_000;
const PRIOS = [-1, 0, 0, 1, 2] as const;

function drive(k: Kernel, seed: string): string[] {
  const ops = randomStream(seed, 'ops');
  const inner = randomStream(seed, 'handlers');
  const log: string[] = [];
  const handles: number[] = [];
  let ids = 0;

  const cancelSome = (rng: RandomStream, who: string) => {
    if (handles.length === 0) return;
    const i = rng.int(0, handles.length);
    log.push(`${who} cancel #${i} -> ${k.cancel(handles[i])}`);
  };
  const oneShot = (id: number) => (now: number) => {
    log.push(`${id}@${now}`);
    const r = inner.next();
    if (r < 0.15) handles.push(k.at(now + inner.pick([0, 0, 1, 5]), oneShot(ids++), inner.pick(PRIOS)));
    else if (r < 0.25) cancelSome(inner, `${id}`);
  };
  const periodic =
    (id: number, self: number) =>
    (now: number): void | false => {
      log.push(`${id}~${now}`);
      const r = inner.next();
      if (r < 0.1) return false;
      if (r < 0.15) log.push(`${id} self-cancel -> ${k.cancel(handles[self])}`);
      else if (r < 0.25) handles.push(k.at(now, oneShot(ids++), inner.pick(PRIOS)));
      else if (r < 0.3) cancelSome(inner, `${id}`);
    };

  for (let n = 0; n < OPS; n++) {
    const u = ops.next();
    const prio = ops.pick(PRIOS);
    if (u < 0.3) handles.push(k.at(k.now + ops.int(0, 40), oneShot(ids++), prio));
    else if (u < 0.4) handles.push(k.after(ops.int(0, 40), oneShot(ids++), prio));
    else if (u < 0.48) {
      const start = ops.next() < 0.5 ? { start: k.now + ops.int(0, 10) } : {};
      handles.push(k.every(ops.int(1, 25), periodic(ids++, handles.length), { ...start, priority: prio }));
    } else if (u < 0.68) cancelSome(ops, 'op');
    else if (u < 0.9) k.run(k.now + ops.int(0, 15));
    else log.push(`step -> ${k.step()}`);
    log.push(`now=${k.now} pending=${k.pending} processed=${k.processed} next=${k.peekTime()}`);
  }
  k.run(k.now + 1000);
  log.push(`end now=${k.now} pending=${k.pending} processed=${k.processed}`);
  return log;
}

function firstDifference(a: string[], b: string[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return -1;
}

describe('Engine vs naive sorted-array kernel', () => {
  for (const seed of ['1', '2', 'kubetwin']) {
    it(`processes ${OPS} random operations identically (seed ${seed})`, () => {
      const fast = drive(new Engine({ initialCapacity: 16 }), seed);
      const slow = drive(new NaiveEngine(), seed);
      const i = firstDifference(fast, slow);
      expect(i === -1 ? null : { at: i, engine: fast.slice(i, i + 5), naive: slow.slice(i, i + 5) }).toBeNull();
      // the run must actually have exercised the interesting paths
      expect(fast.filter((l) => l.includes('@')).length).toBeGreaterThan(2000);
      expect(fast.filter((l) => l.includes('~')).length).toBeGreaterThan(1000);
      expect(fast.filter((l) => l.endsWith('-> true')).length).toBeGreaterThan(500);
      expect(fast.filter((l) => l.includes('self-cancel -> true')).length).toBeGreaterThan(10);
    });
  }
});

// Mass cancellation: most buckets become empty ("hollow") and the heap is compacted on the way.
function bulk(k: Kernel, seed: string): string[] {
  const rng = randomStream(seed, 'bulk');
  const log: string[] = [];
  const handles: number[] = [];
  const fn = (id: number) => (now: number) => void log.push(`${id}@${now}`);
  for (let round = 0; round < 5; round++) {
    for (let i = 0; i < 2000; i++) handles.push(k.at(k.now + rng.int(0, 5000), fn(handles.length), rng.pick(PRIOS)));
    for (let i = 0; i < 1800; i++) log.push(`cancel ${k.cancel(handles[rng.int(0, handles.length)])}`);
    k.run(k.now + 700);
    log.push(`now=${k.now} pending=${k.pending} next=${k.peekTime()}`);
  }
  k.run(k.now + 10_000);
  log.push(`end pending=${k.pending} processed=${k.processed}`);
  return log;
}

describe('Engine vs naive kernel under mass cancellation', () => {
  it('keeps the order while most queued events are cancelled', () => {
    const fast = bulk(new Engine(), 'bulk');
    const slow = bulk(new NaiveEngine(), 'bulk');
    const i = firstDifference(fast, slow);
    expect(i === -1 ? null : { at: i, engine: fast.slice(i, i + 5), naive: slow.slice(i, i + 5) }).toBeNull();
    expect(fast.filter((l) => l === 'cancel true').length).toBeGreaterThan(4000);
    expect(fast.at(-1)).toMatch(/^end pending=0 /);
  });
});
