// A deliberately simple reference kernel with the Engine's public semantics: one array kept sorted
// by (time, priority, sequence). Slow and obviously right; the randomized test compares the two.
import type { Handler, PeriodicHandler } from '../../src/engine/engine.js';

interface Entry {
  time: number;
  prio: number;
  seq: number;
  handle: number;
  fn: PeriodicHandler;
  period: number;
}

export class NaiveEngine {
  now = 0;
  processed = 0;
  private queue: Entry[] = [];
  private seq = 0;
  private nextHandle = 1;
  private running: Entry | null = null;
  private runningCancelled = false;

  get pending(): number {
    return this.queue.length;
  }

  at(time: number, fn: Handler, priority = 0): number {
    return this.insert(time, fn, priority, 0, this.nextHandle++);
  }

  after(delay: number, fn: Handler, priority = 0): number {
    return this.at(this.now + delay, fn, priority);
  }

  every(period: number, fn: PeriodicHandler, opts: { start?: number; priority?: number } = {}): number {
    return this.insert(opts.start ?? this.now + period, fn, opts.priority ?? 0, period, this.nextHandle++);
  }

  cancel(handle: number): boolean {
    if (this.running?.handle === handle && !this.runningCancelled) {
      this.runningCancelled = true;
      return true;
    }
    const i = this.queue.findIndex((e) => e.handle === handle);
    if (i < 0) return false;
    this.queue.splice(i, 1);
    return true;
  }

  peekTime(): number {
    return this.queue.length > 0 ? this.queue[0].time : Infinity;
  }

  step(): boolean {
    const e = this.queue.shift();
    if (!e) return false;
    this.now = e.time;
    this.processed++;
    if (e.period === 0) {
      e.fn(e.time);
      return true;
    }
    this.running = e;
    this.runningCancelled = false;
    const more = e.fn(e.time);
    this.running = null;
    if (more !== false && !this.runningCancelled) this.insert(e.time + e.period, e.fn, e.prio, e.period, e.handle);
    return true;
  }

  run(until: number): void {
    while (this.queue.length > 0 && this.queue[0].time <= until) this.step();
    this.now = until;
  }

  private insert(time: number, fn: PeriodicHandler, prio: number, period: number, handle: number): number {
    const e: Entry = { time, prio, seq: this.seq++, handle, fn, period };
    let i = this.queue.length;
    while (i > 0 && after(this.queue[i - 1], e)) i--;
    this.queue.splice(i, 0, e);
    return handle;
  }
}

function after(a: Entry, b: Entry): boolean {
  if (a.time !== b.time) return a.time > b.time;
  if (a.prio !== b.prio) return a.prio > b.prio;
  return a.seq > b.seq;
}
