// Pending garbage collections of exited containers, ordered by due time (ties: insertion order).

export class GcQueue {
  private readonly due: number[] = [];
  private readonly ids: string[] = [];

  push(dueAt: number, id: string): void {
    // Insert after every entry due at or before dueAt, so equal times keep insertion order.
    let lo = 0;
    let hi = this.due.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.due[mid] <= dueAt) lo = mid + 1;
      else hi = mid;
    }
    this.due.splice(lo, 0, dueAt);
    this.ids.splice(lo, 0, id);
  }

  /** Removes and returns, in order, the ids due at or before `now`. */
  popDue(now: number): string[] {
    let n = 0;
    while (n < this.due.length && this.due[n] <= now) n++;
    this.due.splice(0, n);
    return this.ids.splice(0, n);
  }

  peek(): number | undefined {
    return this.due[0];
  }

  get size(): number {
    return this.due.length;
  }
}
