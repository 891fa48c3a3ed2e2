// FIFO buckets of events that share (time, priority), ordered by a heap on
// (time, priority, bucket creation sequence). Only the few most recently opened buckets accept new
// events; a bucket pushed out of that set is never reopened, so for equal (time, priority) every
// event of an older bucket was scheduled before every event of a newer one. Together with FIFO order
// inside a bucket this gives exactly (time, priority, scheduling sequence) order.
// A bucket emptied by a cancel stays in the heap ("hollow") until it reaches the top or the heap
// is compacted; a bucket emptied by dispatch leaves at once.
import { EventHeap } from './heap.js';

const OPEN = 4; // buckets accepting new events
const W = 5; // numbers per bucket record:
const TIME = 0;
const PRIO = 1;
const SEQ = 2; // creation sequence
const HEAD = 3; // first slot, -1 when empty
const TAIL = 4; // last slot, -1 when empty

export class Buckets {
  readonly heap: EventHeap;
  private bk: Float64Array;
  private free: Int32Array;
  private freeTop = 0;
  private count = 0; // ids ever handed out
  private seq = 0;
  private hollow = 0;
  private readonly open = new Int32Array(OPEN).fill(-1);
  private openNext = 0;

  constructor(capacity: number) {
    this.heap = new EventHeap(capacity, (a, b) => this.before(a, b));
    this.bk = new Float64Array(capacity * W);
    this.free = new Int32Array(capacity);
  }

  priority(b: number): number { return this.bk[b * W + PRIO]; }
  head(b: number): number { return this.bk[b * W + HEAD]; }
  tail(b: number): number { return this.bk[b * W + TAIL]; }
  setHead(b: number, slot: number): void { this.bk[b * W + HEAD] = slot; }
  setTail(b: number, slot: number): void { this.bk[b * W + TAIL] = slot; }

  /** The open bucket for (time, priority), opening a new one (and closing the oldest) if none. */
  openFor(time: number, priority: number): number {
    const bk = this.bk, open = this.open;
    for (let k = 0; k < OPEN; k++) {
      const b = open[k];
      if (b >= 0 && bk[b * W + TIME] === time && bk[b * W + PRIO] === priority) {
        if (bk[b * W + HEAD] < 0) this.hollow--; // a hollow bucket gets events again
        return b;
      }
    }
    let b: number;
    if (this.freeTop > 0) b = this.free[--this.freeTop];
    else {
      if (this.count * W === this.bk.length) this.grow();
      b = this.count++;
    }
    const o = b * W;
    this.bk[o + TIME] = time;
    this.bk[o + PRIO] = priority;
    this.bk[o + SEQ] = this.seq++;
    this.bk[o + HEAD] = -1;
    this.bk[o + TAIL] = -1;
    this.heap.push(b, time);
    open[this.openNext] = b;
    this.openNext = (this.openNext + 1) % OPEN;
    return b;
  }

  /** The top bucket was emptied by dispatch: drop it. */
  popTop(): void {
    const b = this.heap.ids[1];
    this.heap.pop();
    this.release(b);
  }

  /** A bucket was emptied by a cancel; compact when hollow buckets are half the heap. */
  hollowed(): void {
    this.hollow++;
    if (this.hollow > 32 && this.hollow * 2 > this.heap.size) {
      this.heap.filter((b) => this.head(b) >= 0 || (this.release(b), false));
      this.hollow = 0;
    }
  }

  /** Drops hollow buckets from the top; true if an event is queued. */
  settle(): boolean {
    const heap = this.heap;
    while (heap.size > 0) {
      const b = heap.ids[1];
      if (this.bk[b * W + HEAD] >= 0) return true;
      heap.pop();
      this.release(b);
      this.hollow--;
    }
    return false;
  }

  // Heap tie-break for buckets at the same time: lower priority, then older bucket.
  private before(a: number, b: number): boolean {
    const bk = this.bk, pa = bk[a * W + PRIO], pb = bk[b * W + PRIO];
    return pa !== pb ? pa < pb : bk[a * W + SEQ] < bk[b * W + SEQ];
  }

  private release(b: number): void {
    for (let k = 0; k < OPEN; k++) if (this.open[k] === b) this.open[k] = -1;
    this.free[this.freeTop++] = b;
  }

  private grow(): void {
    const bk = new Float64Array(this.bk.length * 2);
    bk.set(this.bk);
    this.bk = bk;
    const free = new Int32Array(this.free.length * 2);
    free.set(this.free);
    this.free = free;
  }
}
