// Open-addressing hash from a bucket's key (time, priority) to its id, kept in one Float64Array of
// 4-number records [time, priority, id, unused] (two records per cache line), linear probing,
// at most half full. Removal shifts the following records back instead of leaving tombstones, so
// a long run of inserts and removals never degrades the probes. No allocation except growth.
const R = 4; // numbers per record
const EMPTY = -1; // id of an unused record

export class BucketIndex {
  private tab: Float64Array;
  private mask: number; // records - 1 (a power of two)
  private shift: number; // 32 - log2(records), for Fibonacci hashing
  private used = 0;

  constructor(capacity: number) {
    let n = 16;
    while (n < capacity * 2) n *= 2;
    this.tab = new Float64Array(n * R);
    this.mask = n - 1;
    this.shift = 32 - Math.log2(n);
    for (let i = 0; i < n; i++) this.tab[i * R + 2] = EMPTY;
  }

  /** Buckets indexed. */
  get size(): number {
    return this.used;
  }

  /** The id stored for (time, priority), or -1. */
  get(time: number, priority: number): number {
    const tab = this.tab,
      mask = this.mask;
    for (let i = this.home(time, priority); ; i = (i + 1) & mask) {
      const r = i * R,
        id = tab[r + 2];
      if (id === EMPTY || (tab[r] === time && tab[r + 1] === priority)) return id;
    }
  }

  /** Stores id for (time, priority), a key that is not indexed yet. */
  add(time: number, priority: number, id: number): void {
    if ((this.used + 1) * 2 > this.mask + 1) this.grow();
    this.used++;
    this.place(time, priority, id);
  }

  /** Removes (time, priority); false if it was not indexed. */
  remove(time: number, priority: number): boolean {
    const tab = this.tab,
      mask = this.mask;
    let i = this.home(time, priority);
    for (; ; i = (i + 1) & mask) {
      const r = i * R;
      if (tab[r + 2] === EMPTY) return false;
      if (tab[r] === time && tab[r + 1] === priority) break;
    }
    this.used--;
    // Backward shift: move later records of the probe run into the hole when their home allows.
    for (let j = (i + 1) & mask; ; j = (j + 1) & mask) {
      const rj = j * R;
      if (tab[rj + 2] === EMPTY) break;
      const h = this.home(tab[rj], tab[rj + 1]);
      // j's record may fill hole i unless its home lies cyclically in (i, j].
      if (((j - h) & mask) < ((j - i) & mask)) continue;
      const ri = i * R;
      tab[ri] = tab[rj];
      tab[ri + 1] = tab[rj + 1];
      tab[ri + 2] = tab[rj + 2];
      i = j;
    }
    tab[i * R + 2] = EMPTY;
    return true;
  }

  private place(time: number, priority: number, id: number): void {
    const tab = this.tab,
      mask = this.mask;
    let i = this.home(time, priority);
    while (tab[i * R + 2] !== EMPTY) i = (i + 1) & mask;
    const r = i * R;
    tab[r] = time;
    tab[r + 1] = priority;
    tab[r + 2] = id;
  }

  // Times are integers below 2^53, mostly consecutive milliseconds; priorities mostly small
  // integers. `x | 0` keeps the low 32 bits (a fractional priority only collides, never errs).
  private home(time: number, priority: number): number {
    const x = (time | 0) ^ Math.imul((time / 4294967296) | 0, 0x85ebca6b) ^ Math.imul(priority | 0, 0xc2b2ae35);
    return Math.imul(x, 0x9e3779b1) >>> this.shift;
  }

  private grow(): void {
    const old = this.tab;
    const n = (this.mask + 1) * 2;
    this.tab = new Float64Array(n * R);
    this.mask = n - 1;
    this.shift = 32 - Math.log2(n);
    for (let i = 0; i < n; i++) this.tab[i * R + 2] = EMPTY;
    for (let r = 0; r < old.length; r += R) if (old[r + 2] !== EMPTY) this.place(old[r], old[r + 1], old[r + 2]);
  }
}
