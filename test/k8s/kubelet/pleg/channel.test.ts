// The bounded event channel: non-blocking send (generic.go relist select/default) and FIFO drain.
import { describe, expect, it } from 'vitest';
import { EventChannel, PLEG_CHANNEL_CAPACITY } from '../../../../src/k8s/kubelet/pleg/index.js';

describe('EventChannel', () => {
  it('defaults to plegChannelCapacity = 1000', () => {
    expect(new EventChannel().capacity).toBe(PLEG_CHANNEL_CAPACITY);
    expect(PLEG_CHANNEL_CAPACITY).toBe(1000);
  });

  it.each([
    { capacity: 0, offered: 3, accepted: 0 },
    { capacity: 2, offered: 3, accepted: 2 },
    { capacity: 5, offered: 3, accepted: 3 },
  ])('capacity $capacity accepts $accepted of $offered', ({ capacity, offered, accepted }) => {
    const ch = new EventChannel<number>(capacity);
    const results = Array.from({ length: offered }, (_, i) => ch.offer(i));
    expect(results.filter(Boolean)).toHaveLength(accepted);
    expect(ch.drain()).toEqual(Array.from({ length: accepted }, (_, i) => i));
  });

  it('drains oldest first, at most max, and frees room for later sends', () => {
    const ch = new EventChannel<number>(3);
    [1, 2, 3].forEach((n) => ch.offer(n));
    expect(ch.offer(4)).toBe(false);
    expect(ch.drain(2)).toEqual([1, 2]);
    expect(ch.offer(5)).toBe(true);
    expect(ch.length).toBe(2);
    expect(ch.drain(0)).toEqual([]);
    expect(ch.drain()).toEqual([3, 5]);
    expect(ch.length).toBe(0);
  });

  it('keeps FIFO order across many partial drains', () => {
    const ch = new EventChannel<number>(5000);
    const got: number[] = [];
    let next = 0;
    for (let round = 0; round < 50; round++) {
      for (let i = 0; i < 100; i++) ch.offer(next++);
      got.push(...ch.drain(70));
    }
    got.push(...ch.drain());
    expect(got).toEqual(Array.from({ length: next }, (_, i) => i));
  });

  it('rejects a negative capacity', () => {
    expect(() => new EventChannel(-1)).toThrow(RangeError);
  });
});
