// FIFO buckets of events that share (time, priority), ordered by a heap on (time, priority).
// Every bucket in the heap is indexed by its key (./bucket-index.ts), so there is exactly one
// bucket per (time, priority) and a new event always joins the tail of it: FIFO order inside the
// bucket is scheduling order, which gives exactly (time, priority, scheduling sequence) order, and
// the heap never sees two entries with equal keys.
// A bucket emptied by a cancel stays in the heap and the index ("hollow", refilled if its key is
// scheduled again) until it reaches the top or the heap is compacted; a bucket emptied by dispatch
// leaves at once.
import { BucketIndex } from './bucket-index.js';
import { EventHeap } from './heap.js';

const W = 4; // numbers per bucket record:
const TIME = 0;
const PRIO = 1;
const HEAD = 2; // first slot, -1 when empty
const TAIL = 3; // last slot, -1 when empty

export class Buckets {
  readonly heap: EventHeap;
  private bk: Float64Array;
  private free: Int32Array;
  private freeTop = 0;
  private count = 0; // ids ever handed out
  private hollow = 0;
  private readonly index: BucketIndex;

  constructor(capacity: number) {
    this.heap = new EventHeap(capacity, (a, b) => this.bk[a * W + PRIO] < this.bk[b * W + PRIO]);
    this.bk = new Float64Array(capacity * W);
    this.free = new Int32Array(capacity);
    this.index = new BucketIndex(1024);
  }

  priority(b: number): number {
    return this.bk[b * W + PRIO];
  }
  head(b: number): number {
    return this.bk[b * W + HEAD];
  }
  tail(b: number): number {
    return this.bk[b * W + TAIL];
  }
  setHead(b: number, slot: number): void {
    this.bk[b * W + HEAD] = slot;
  }
  setTail(b: number, slot: number): void {
    this.bk[b * W + TAIL] = slot;
  }

  /** The bucket for (time, priority), opening a new one if there is none. */
  openFor(time: number, priority: number): number {
    let b = this.index.get(time, priority);
    if (b >= 0) {
      if (this.bk[b * W + HEAD] < 0) this.hollow--; // a hollow bucket gets events again
      return b;
    }
    if (this.freeTop > 0) b = this.free[--this.freeTop];
    else {
      if (this.count * W === this.bk.length) this.grow();
      b = this.count++;
    }
    const o = b * W;
    this.bk[o + TIME] = time;
    this.bk[o + PRIO] = priority;
    this.bk[o + HEAD] = -1;
    this.bk[o + TAIL] = -1;
    this.heap.push(b, time);
    this.index.add(time, priority, b);
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

  private release(b: number): void {
    this.index.remove(this.bk[b * W + TIME], this.bk[b * W + PRIO]);
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
