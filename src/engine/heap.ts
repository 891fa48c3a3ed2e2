// Binary min-heap of integer ids ordered by time, ties broken by a caller-supplied secondary order.
// Like the bare reference heap it keeps only two typed arrays (times, ids) at indices 1..size, so
// the common comparisons touch nothing else; the tie-break is looked up only when times are equal.
// Sifting moves a "hole" instead of swapping.
export type TieBreak = (a: number, b: number) => boolean; // is id a strictly before id b?

export class EventHeap {
  size = 0;
  times: Float64Array;
  ids: Int32Array;

  constructor(
    capacity: number,
    private readonly before: TieBreak,
  ) {
    this.times = new Float64Array(capacity + 1);
    this.ids = new Int32Array(capacity + 1);
  }

  push(id: number, time: number): void {
    if (this.size + 1 === this.times.length) this.grow();
    this.siftUp(++this.size, time, id);
  }

  /** Removes the minimum. */
  pop(): void {
    const last = this.size--;
    if (this.size > 0) this.siftDown(1, this.times[last], this.ids[last]);
  }

  /** Keeps only the entries whose id passes `keep`, then restores heap order (Floyd, O(n)). */
  filter(keep: (id: number) => boolean): void {
    const times = this.times,
      ids = this.ids;
    let n = 0;
    for (let i = 1; i <= this.size; i++) {
      if (!keep(ids[i])) continue;
      n++;
      times[n] = times[i];
      ids[n] = ids[i];
    }
    this.size = n;
    for (let i = n >> 1; i >= 1; i--) this.siftDown(i, times[i], ids[i]);
  }

  private grow(): void {
    const times = new Float64Array(this.times.length * 2);
    times.set(this.times);
    this.times = times;
    const ids = new Int32Array(this.ids.length * 2);
    ids.set(this.ids);
    this.ids = ids;
  }

  private siftUp(i: number, t: number, id: number): void {
    const times = this.times,
      ids = this.ids;
    while (i > 1) {
      const j = i >> 1,
        tj = times[j];
      if (tj < t || (tj === t && this.before(ids[j], id))) break;
      times[i] = tj;
      ids[i] = ids[j];
      i = j;
    }
    times[i] = t;
    ids[i] = id;
  }

  private siftDown(i: number, t: number, id: number): void {
    const times = this.times,
      ids = this.ids,
      n = this.size;
    for (;;) {
      let c = i << 1;
      if (c > n) break;
      let tc = times[c];
      if (c < n) {
        const td = times[c + 1];
        if (td < tc || (td === tc && this.before(ids[c + 1], ids[c]))) {
          c++;
          tc = td;
        }
      }
      if (t < tc || (t === tc && this.before(id, ids[c]))) break;
      times[i] = tc;
      ids[i] = ids[c];
      i = c;
    }
    times[i] = t;
    ids[i] = id;
  }
}
