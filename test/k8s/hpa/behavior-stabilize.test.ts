// Stabilization windows with behavior and scale-event storage. Ported from k8s v1.28
// horizontal_test.go TestNormalizeDesiredReplicasWithBehavior and TestStoreScaleEvents.
import { describe, expect, it } from 'vitest';
import {
  getReplicasChangePerPeriod,
  stabilizeRecommendationWithBehaviors,
  storeScaleEvent,
  type HpaBehavior,
  type Recommendation,
  type ScaleEvent,
} from '../../../src/k8s/hpa/index.js';
import { NOW, scalingRules } from './helpers.js';

const min = 60_000;
const rec = (replicas: number, agoMs: number): Recommendation => ({ replicas, timestamp: NOW - agoMs });

interface StabilizeCase {
  name: string;
  recs: Recommendation[];
  current: number;
  desired: number;
  stabilized: number;
  stored?: number[];
  up?: number;
  down?: number;
}

const stabilizeCases: StabilizeCase[] = [
  { name: 'empty recommendations for scaling down', recs: [], current: 100, desired: 5, stabilized: 5, stored: [5] },
  {
    name: 'simple scale down stabilization',
    recs: [rec(4, 2 * min), rec(5, min)],
    current: 100,
    desired: 3,
    stabilized: 5,
    stored: [4, 5, 3],
    down: 180,
  },
  {
    name: 'simple scale up stabilization',
    recs: [rec(4, 2 * min), rec(5, min)],
    current: 1,
    desired: 7,
    stabilized: 4,
    stored: [4, 5, 7],
    up: 300,
  },
  {
    name: 'no scale down stabilization',
    recs: [rec(1, 2 * min), rec(2, min)],
    current: 100,
    desired: 3,
    stabilized: 3,
    stored: [1, 2, 3],
    up: 300,
  },
  {
    name: 'no scale up stabilization',
    recs: [rec(4, 2 * min), rec(5, min)],
    current: 1,
    desired: 3,
    stabilized: 3,
    stored: [4, 5, 3],
    down: 300,
  },
  {
    name: 'no scale down stabilization, reuse recommendation element',
    recs: [rec(10, 10 * min), rec(9, 9 * min)],
    current: 100,
    desired: 3,
    stabilized: 3,
    stored: [10, 3],
  },
  {
    name: 'no scale up stabilization, reuse recommendation element',
    recs: [rec(10, 10 * min), rec(9, 9 * min)],
    current: 1,
    desired: 100,
    stabilized: 100,
    stored: [10, 100],
  },
  {
    name: 'scale down stabilization, reuse one of obsolete recommendation element',
    recs: [rec(10, 10 * min), rec(4, min), rec(5, 2 * min), rec(9, 9 * min)],
    current: 100,
    desired: 3,
    stabilized: 5,
    stored: [10, 4, 5, 3],
    down: 180,
  },
  {
    name: 'scale up stabilization, reuse one of obsolete recommendation element',
    recs: [rec(10, 100 * min), rec(6, min), rec(5, 2 * min), rec(9, 3 * min)],
    current: 1,
    desired: 100,
    stabilized: 5,
    stored: [100, 6, 5, 9],
    up: 300,
  },
  {
    name: 'scale up and down stabilization, do not scale up when prenormalized rec goes down',
    recs: [rec(2, 100 * min), rec(3, 3 * min)],
    current: 2,
    desired: 1,
    stabilized: 2,
    up: 300,
    down: 300,
  },
  {
    name: 'scale up and down stabilization, do not scale down when prenormalized rec goes up',
    recs: [rec(2, 100 * min), rec(1, 3 * min)],
    current: 2,
    desired: 3,
    stabilized: 2,
    up: 300,
    down: 300,
  },
];

describe('stabilizeRecommendationWithBehaviors (TestNormalizeDesiredReplicasWithBehavior)', () => {
  it.each(stabilizeCases)('$name', (c) => {
    const r = stabilizeRecommendationWithBehaviors(c.recs, c.current, c.desired, c.up ?? 0, c.down ?? 0, NOW);
    expect(r.stabilized).toBe(c.stabilized);
    if (c.stored) expect(r.recommendations.map((x) => x.replicas)).toEqual(c.stored);
  });

  it('names the direction of the recommendation in the condition reason', () => {
    expect(stabilizeRecommendationWithBehaviors([rec(5, min)], 3, 9, 300, 300, NOW).reason).toBe('ScaleUpStabilized');
    expect(stabilizeRecommendationWithBehaviors([rec(5, min)], 8, 2, 300, 300, NOW).reason).toBe('ScaleDownStabilized');
  });

  it('an entry exactly one window old is neither inside the window nor old enough to be reused', () => {
    const r = stabilizeRecommendationWithBehaviors([rec(9, 300_000)], 5, 2, 0, 300, NOW);
    expect(r.stabilized).toBe(2);
    expect(r.recommendations.map((x) => x.replicas)).toEqual([9, 2]);
  });
});

interface StoreCase {
  name: string;
  prev: ScaleEvent[];
  next: Array<[number, boolean]>;
  withRules?: ReturnType<typeof scalingRules>;
  change: number;
}

const ev = (change: number, agoSeconds: number): ScaleEvent => ({ change, timestamp: NOW - agoSeconds * 1000, outdated: false });

const storeCases: StoreCase[] = [
  { name: 'empty entries with default behavior', prev: [], next: [], change: 0 },
  { name: 'empty entries with two-policy-behavior', prev: [], next: [[5, false]], withRules: scalingRules(10, 60, 100, 60, 0), change: 0 },
  { name: 'one outdated entry to be kept untouched without behavior', prev: [ev(7, 61)], next: [[7, false]], change: 0 },
  {
    name: 'one outdated entry to be replaced with behavior',
    prev: [ev(7, 61)],
    next: [[5, false]],
    withRules: scalingRules(10, 60, 100, 60, 0),
    change: 0,
  },
  {
    name: 'one actual entry to be not touched with behavior',
    prev: [ev(7, 58)],
    next: [
      [7, false],
      [5, false],
    ],
    withRules: scalingRules(10, 60, 100, 60, 0),
    change: 7,
  },
  {
    name: 'two entries, one of them to be replaced',
    prev: [ev(7, 61), ev(6, 59)],
    next: [
      [5, false],
      [6, false],
    ],
    withRules: scalingRules(10, 60, 0, 0, 0),
    change: 6,
  },
  {
    name: 'replace one entry, use policies with different periods',
    prev: [ev(8, 29), ev(6, 59), ev(7, 61), ev(9, 61)],
    next: [
      [8, false],
      [6, false],
      [7, true],
      [5, false],
    ],
    withRules: scalingRules(10, 60, 100, 30, 0),
    change: 14,
  },
  {
    name: 'two entries, both actual',
    prev: [ev(7, 58), ev(6, 59)],
    next: [
      [7, false],
      [6, false],
      [5, false],
    ],
    withRules: scalingRules(10, 120, 100, 30, 0),
    change: 13,
  },
];

describe('storeScaleEvent (TestStoreScaleEvents)', () => {
  it('an event exactly one longest-period old is not outdated yet (Before(cutoff) is strict)', () => {
    const behavior: HpaBehavior = { scaleUp: scalingRules(10, 60, 0, 0, 0), scaleDown: scalingRules(10, 60, 0, 0, 0) };
    expect(storeScaleEvent(behavior, { up: [ev(7, 60)], down: [] }, 10, 12, NOW).up.map((x) => x.change)).toEqual([7, 2]);
    expect(storeScaleEvent(behavior, { up: [ev(7, 60.001)], down: [] }, 10, 12, NOW).up.map((x) => x.change)).toEqual([2]);
  });

  it.each(storeCases)('$name', (c) => {
    expect(getReplicasChangePerPeriod(60, c.prev, NOW)).toBe(c.change);
    const other = scalingRules(1, 15, 0, 0, 0);
    const upBehavior: HpaBehavior | undefined = c.withRules && { scaleUp: c.withRules, scaleDown: other };
    const up = storeScaleEvent(upBehavior, { up: c.prev, down: [] }, 10, 15, NOW).up;
    expect(up.map((x) => [x.change, x.outdated])).toEqual(c.next);
    const downBehavior: HpaBehavior | undefined = c.withRules && { scaleUp: other, scaleDown: c.withRules };
    const down = storeScaleEvent(downBehavior, { up: [], down: c.prev }, 10, 5, NOW).down;
    expect(down.map((x) => [x.change, x.outdated])).toEqual(c.next);
  });
});
