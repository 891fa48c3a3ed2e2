// The PLEG event channel as a bounded FIFO: the relist offers events without blocking
// (k8s v1.28 generic.go relist: a `select` with `default` drops the event when the channel is full),
// and the kubelet's sync loop drains it.

/** k8s v1.28 pkg/kubelet/kubelet.go plegChannelCapacity. */
export const PLEG_CHANNEL_CAPACITY = 1000;

export class EventChannel<T> {
  private items: T[] = [];
  private head = 0;

  constructor(readonly capacity: number = PLEG_CHANNEL_CAPACITY) {
    if (!Number.isInteger(capacity) || capacity < 0)
      throw new RangeError(`channel capacity must be a non-negative integer (got ${capacity})`);
  }

  get length(): number {
    return this.items.length - this.head;
  }

  /** Non-blocking send: false (and nothing stored) when the channel is full. */
  offer(item: T): boolean {
    if (this.length >= this.capacity) return false;
    this.items.push(item);
    return true;
  }

  /** The oldest item without receiving it (undefined when empty). */
  peek(): T | undefined {
    return this.length > 0 ? this.items[this.head] : undefined;
  }

  /** Receives up to `max` items, oldest first. */
  drain(max = Infinity): T[] {
    const n = Math.min(Math.max(0, Math.floor(max)), this.length);
    const out = this.items.slice(this.head, this.head + n);
    this.head += n;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return out;
  }
}
