// Discrete-event kernel: a virtual clock and a queue of callbacks ordered by
// (time, priority, scheduling sequence), after SimPy's core (now, heap, step/run) but built for speed.
// It knows nothing of Kubernetes and imports nothing of ours. Events sit in slots (callbacks in a
// plain array, numbers in typed arrays, free slots on a stack) linked into FIFO buckets per
// (time, priority); see ./buckets.ts for why that gives exactly (time, priority, sequence) order.
import { Buckets } from './buckets.js';
import type { EventHeap } from './heap.js';
import { checkDelay, checkPeriod, checkPriority, checkTime, checkUntil, formatTime } from './time.js';

export { seconds, formatTime } from './time.js';

export type Handler = (now: number) => void;
export type PeriodicHandler = (now: number) => void | false;

// A handle is generation * SLOT_SPACE + slot. Generations start at 1 and only grow, and a slot whose
// generation would overflow is retired, so one Engine never issues the same handle twice.
const SLOT_SPACE = 2 ** 26;
const MAX_GENERATION = 2 ** 27 - 1; // 2^27 * 2^26 = 2^53: every handle is an exact integer
// Per-slot numbers packed in one 4-double record (one cache line holds two slots).
const REC = 4;
const PERIOD = 0; // 0 for a one-shot event
const NEXT = 1; // next slot in the same bucket, -1 at the tail
const PREV = 2; // previous slot in the same bucket, -1 at the head
const HOME = 3; // bucket id while queued, else one of:
const FREE = -1;
const RUNNING = -2; // a periodic timer inside its own call
const STOPPED = -3; // ... that was cancelled during that call

export class Engine {
  private clock = 0;
  private count = 0;
  private queued = 0;
  private busy = false;
  private current = -1; // slot of the periodic timer being called, or -1
  private readonly heap: EventHeap;
  private readonly buckets: Buckets;
  private fns: (PeriodicHandler | null)[] = [];
  private rec: Float64Array;
  private gen: Int32Array;
  private freeSlots: Int32Array;
  private freeTop = 0;
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: written to touch the next closure early (dispatch prefetch), never read
  private aheadKind = ''; // see dispatch()

  constructor(opts: { initialCapacity?: number } = {}) {
    const want = opts.initialCapacity ?? 1024;
    if (!Number.isSafeInteger(want) || want < 0) throw new RangeError(`initialCapacity must be a non-negative integer, got ${want}`);
    const cap = Math.min(SLOT_SPACE, Math.max(16, want));
    this.buckets = new Buckets(cap);
    this.heap = this.buckets.heap;
    this.rec = new Float64Array(cap * REC);
    this.gen = new Int32Array(cap).fill(1);
    this.freeSlots = new Int32Array(cap);
  }

  /** Current virtual time in integer milliseconds. */
  get now(): number {
    return this.clock;
  }

  /** Events waiting in the queue. */
  get pending(): number {
    return this.queued;
  }

  /** Events processed so far (each call of a periodic timer counts once). */
  get processed(): number {
    return this.count;
  }

  /** Schedules `fn` at absolute time `time` (an integer >= now); returns a handle for cancel(). */
  at(time: number, fn: Handler, priority = 0): number {
    checkTime('time', time, this.clock);
    checkPriority(priority);
    return this.schedule(time, fn, priority, 0);
  }

  /** Schedules `fn` `delay` ms from now (an integer >= 0). */
  after(delay: number, fn: Handler, priority = 0): number {
    checkDelay(delay);
    checkTime('time', this.clock + delay, this.clock);
    checkPriority(priority);
    return this.schedule(this.clock + delay, fn, priority, 0);
  }

  /**
   * Periodic timer: first call at `start` (default now + period), then `period` ms after each call.
   * Returning false from `fn` stops it; the handle stays the same across repetitions.
   */
  every(period: number, fn: PeriodicHandler, opts: { start?: number; priority?: number } = {}): number {
    checkPeriod(period);
    const start = opts.start ?? this.clock + period;
    checkTime('start', start, this.clock);
    const priority = opts.priority ?? 0;
    checkPriority(priority);
    return this.schedule(start, fn, priority, period);
  }

  /** Removes a pending event. False if it already fired (one-shot), was cancelled, or is unknown. */
  cancel(handle: number): boolean {
    if (!Number.isSafeInteger(handle) || handle < SLOT_SPACE) return false;
    const slot = handle % SLOT_SPACE;
    if (slot >= this.fns.length || this.gen[slot] !== (handle - slot) / SLOT_SPACE) return false;
    const r = slot * REC;
    const home = this.rec[r + HOME];
    if (home === RUNNING) {
      this.rec[r + HOME] = STOPPED; // released when its call returns
      return true;
    }
    if (home < 0) return false;
    if (this.unlink(slot)) this.buckets.hollowed();
    this.queued--;
    this.release(slot);
    return true;
  }

  /** Time of the next event, or Infinity when the queue is empty. */
  peekTime(): number {
    return this.buckets.settle() ? this.heap.times[1] : Infinity;
  }

  /** Processes one event; false if the queue is empty. */
  step(): boolean {
    this.enter();
    try {
      if (!this.buckets.settle()) return false;
      this.dispatch();
      return true;
    } catch (err) {
      throw this.failure(err);
    } finally {
      this.busy = false;
    }
  }

  /** Processes every event with time <= until, in order; afterwards now === until. */
  run(until: number): void {
    checkUntil(until, this.clock);
    this.enter();
    const buckets = this.buckets,
      heap = this.heap;
    try {
      while (buckets.settle() && heap.times[1] <= until) this.dispatch();
    } catch (err) {
      throw this.failure(err);
    } finally {
      this.busy = false;
    }
    this.clock = until;
  }

  // Runs the first event of the (non-empty) bucket at the top of the heap.
  private dispatch(): void {
    const now = this.heap.times[1];
    const b = this.heap.ids[1];
    const priority = this.buckets.priority(b);
    const slot = this.buckets.head(b);
    const fn = this.fns[slot] as PeriodicHandler;
    const r = slot * REC;
    const period = this.rec[r + PERIOD];
    this.clock = now;
    this.count++;
    this.queued--;
    // The next event is this bucket's next one, or else the head of the new top bucket. Touch its
    // handler (the array entry and, through typeof, the closure itself) now, so that with many
    // timers those cache misses overlap this call instead of stalling the next dispatch.
    let next = this.rec[r + NEXT];
    if (this.unlink(slot)) {
      this.buckets.popTop();
      next = this.heap.size > 0 ? this.buckets.head(this.heap.ids[1]) : -1;
    }
    if (next >= 0) this.aheadKind = typeof this.fns[next];
    if (period === 0) {
      this.release(slot); // fired: cancel() from inside its own call returns false
      fn(now);
      return;
    }
    this.rec[r + HOME] = RUNNING;
    this.current = slot;
    const more = fn(now);
    this.current = -1;
    if (more === false || this.rec[r + HOME] === STOPPED) {
      this.release(slot);
    } else {
      this.link(slot, now + period, priority);
      this.queued++;
    }
  }

  private schedule(time: number, fn: PeriodicHandler, priority: number, period: number): number {
    let slot: number;
    if (this.freeTop > 0) slot = this.freeSlots[--this.freeTop];
    else {
      slot = this.fns.length;
      if (slot === SLOT_SPACE) throw new RangeError(`too many pending events (${SLOT_SPACE})`);
      if (slot === this.gen.length) this.grow();
      this.fns.push(null);
    }
    this.fns[slot] = fn;
    this.rec[slot * REC + PERIOD] = period;
    this.link(slot, time, priority);
    this.queued++;
    return this.gen[slot] * SLOT_SPACE + slot;
  }

  // Appends a slot at the tail of the open bucket for (time, priority).
  private link(slot: number, time: number, priority: number): void {
    const buckets = this.buckets,
      rec = this.rec,
      r = slot * REC;
    const b = buckets.openFor(time, priority);
    const tail = buckets.tail(b);
    rec[r + PREV] = tail;
    rec[r + NEXT] = -1;
    rec[r + HOME] = b;
    if (tail >= 0) rec[tail * REC + NEXT] = slot;
    else buckets.setHead(b, slot);
    buckets.setTail(b, slot);
  }

  // Takes a queued slot out of its bucket; true if that emptied the bucket.
  private unlink(slot: number): boolean {
    const buckets = this.buckets,
      rec = this.rec,
      r = slot * REC;
    const b = rec[r + HOME],
      prev = rec[r + PREV],
      next = rec[r + NEXT];
    if (prev >= 0) rec[prev * REC + NEXT] = next;
    else buckets.setHead(b, next);
    if (next >= 0) rec[next * REC + PREV] = prev;
    else buckets.setTail(b, prev);
    return prev < 0 && next < 0;
  }

  private release(slot: number): void {
    this.fns[slot] = null;
    this.rec[slot * REC + HOME] = FREE;
    if (this.gen[slot] === MAX_GENERATION) return; // retired: its handles are used up
    this.gen[slot]++;
    this.freeSlots[this.freeTop++] = slot;
  }

  private grow(): void {
    const cap = Math.min(SLOT_SPACE, this.gen.length * 2);
    const rec = new Float64Array(cap * REC);
    rec.set(this.rec);
    this.rec = rec;
    const gen = new Int32Array(cap).fill(1);
    gen.set(this.gen);
    this.gen = gen;
    const free = new Int32Array(cap);
    free.set(this.freeSlots);
    this.freeSlots = free;
  }

  private enter(): void {
    if (this.busy) throw new Error('Engine.run/step called from inside an event handler');
    this.busy = true;
  }

  // A handler threw: the run stops here, and a periodic timer that threw is stopped too.
  private failure(err: unknown): Error {
    if (this.current >= 0) this.release(this.current);
    this.current = -1;
    const msg = err instanceof Error ? err.message : String(err);
    return new Error(`event handler failed at t=${formatTime(this.clock)}s (${this.clock} ms): ${msg}`, { cause: err });
  }
}
