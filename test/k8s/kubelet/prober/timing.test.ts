// Probe timing of k8s v1.28 pkg/kubelet/prober/worker.go run (random first delay, Go ticker).
import { describe, expect, it } from 'vitest';
import { firstProbeDelay, initialOffset, nextProbeStart } from '../../../../src/k8s/kubelet/prober/timing.js';

describe('first probe delay', () => {
  it('is a uniform fraction of the period in whole ms', () => {
    expect(initialOffset(5000, () => 0)).toBe(0);
    expect(initialOffset(5000, () => 0.4691)).toBe(2345);
    expect(initialOffset(5000, () => 0.99999)).toBe(4999);
  });

  const table: Array<[createdAt: number, kubeletAt: number, delay: number]> = [
    [0, 0, 2500],
    [9_999, 0, 2500],
    [10_000, 0, 0],
    [600_000, 0, 0],
  ];
  for (const [createdAt, kubeletAt, delay] of table) {
    it(`worker created ${createdAt - kubeletAt} ms after the kubelet started → ${delay} ms`, () => {
      expect(firstProbeDelay(10_000, createdAt, kubeletAt, () => 0.25)).toBe(delay);
    });
  }
});

describe('next probe start (Go ticker, one buffered tick)', () => {
  const table: Array<[name: string, origin: number, start: number, end: number, next: number]> = [
    ['instant probe on the grid', 0, 0, 0, 5000],
    ['probe shorter than the period', 1234, 6234, 7234, 11234],
    ['probe ending exactly on the next tick', 0, 5000, 10_000, 10_000],
    ['probe longer than the period: next starts when it returns', 0, 5000, 12_500, 12_500],
    ['probe over several periods: extra ticks dropped', 0, 0, 17_000, 17_000],
    ['after a late start, back on the grid', 0, 17_000, 17_100, 20_000],
  ];
  for (const [name, origin, start, end, next] of table) {
    it(name, () => expect(nextProbeStart(origin, 5000, start, end)).toBe(next));
  }
});
