// Legacy normalization (no behavior). Ported from k8s v1.28 horizontal_test.go
// TestNormalizeDesiredReplicas and TestConvertDesiredReplicasWithRules (upstream sets the scale-up
// factor to 8 in init()); plus the default factor 2 / minimum 4 rule.
import { describe, expect, it } from 'vitest';
import {
  calculateScaleUpLimit,
  convertDesiredReplicasWithRules,
  hpaControllerConfig,
  normalizeDesiredReplicas,
  stabilizeRecommendation,
  type Recommendation,
} from '../../../src/k8s/hpa/index.js';
import { NOW } from './helpers.js';

const min = 60_000;
const WINDOW = 5 * min;

describe('stabilizeRecommendation (TestNormalizeDesiredReplicas)', () => {
  const cases: Array<{ name: string; recs: Recommendation[]; desired: number; stabilized: number; logLength: number }> = [
    { name: 'empty log', recs: [], desired: 5, stabilized: 5, logLength: 1 },
    {
      name: 'stabilize',
      recs: [
        { replicas: 4, timestamp: NOW - 2 * min },
        { replicas: 5, timestamp: NOW - min },
      ],
      desired: 3,
      stabilized: 5,
      logLength: 3,
    },
    {
      name: 'no stabilize',
      recs: [
        { replicas: 1, timestamp: NOW - 2 * min },
        { replicas: 2, timestamp: NOW - min },
      ],
      desired: 3,
      stabilized: 3,
      logLength: 3,
    },
    {
      name: 'no stabilize - old recommendations',
      recs: [
        { replicas: 10, timestamp: NOW - 10 * min },
        { replicas: 9, timestamp: NOW - 9 * min },
      ],
      desired: 3,
      stabilized: 3,
      logLength: 2,
    },
    {
      name: 'stabilize - old recommendations',
      recs: [
        { replicas: 10, timestamp: NOW - 10 * min },
        { replicas: 4, timestamp: NOW - min },
        { replicas: 5, timestamp: NOW - 2 * min },
        { replicas: 9, timestamp: NOW - 9 * min },
      ],
      desired: 3,
      stabilized: 5,
      logLength: 4,
    },
  ];
  it.each(cases)('$name', (c) => {
    const r = stabilizeRecommendation(c.recs, c.desired, WINDOW, NOW);
    expect(r.stabilized).toBe(c.stabilized);
    expect(r.recommendations).toHaveLength(c.logLength);
  });

  it('overwrites the LAST old entry and keeps the input untouched', () => {
    const recs = [
      { replicas: 10, timestamp: NOW - 10 * min },
      { replicas: 9, timestamp: NOW - 9 * min },
    ];
    const r = stabilizeRecommendation(recs, 3, WINDOW, NOW);
    expect(r.recommendations).toEqual([
      { replicas: 10, timestamp: NOW - 10 * min },
      { replicas: 3, timestamp: NOW },
    ]);
    expect(recs[1]).toEqual({ replicas: 9, timestamp: NOW - 9 * min });
  });

  it('a recommendation exactly one window old still counts (Before(cutoff) is strict)', () => {
    expect(stabilizeRecommendation([{ replicas: 7, timestamp: NOW - WINDOW }], 2, WINDOW, NOW).stabilized).toBe(7);
    expect(stabilizeRecommendation([{ replicas: 7, timestamp: NOW - WINDOW - 1 }], 2, WINDOW, NOW).stabilized).toBe(2);
  });
});

describe('convertDesiredReplicasWithRules (TestConvertDesiredReplicasWithRules, factor 8)', () => {
  const cases = [
    {
      annotation: 'prenormalized desired replicas within range',
      current: 5,
      desired: 7,
      min: 3,
      max: 8,
      expected: 7,
      condition: 'DesiredWithinRange',
    },
    {
      annotation: 'prenormalized desired replicas < minReplicas',
      current: 3,
      desired: 1,
      min: 2,
      max: 8,
      expected: 2,
      condition: 'TooFewReplicas',
    },
    {
      annotation: 'prenormalized desired zeroed replicas within range',
      current: 1,
      desired: 0,
      min: 0,
      max: 10,
      expected: 0,
      condition: 'DesiredWithinRange',
    },
    {
      annotation: 'maxReplicas is the limit because maxReplicas < scaleUpLimit',
      current: 20,
      desired: 1000,
      min: 1,
      max: 10,
      expected: 10,
      condition: 'TooManyReplicas',
    },
    {
      annotation: 'scaleUpLimit is the limit because scaleUpLimit < maxReplicas',
      current: 3,
      desired: 1000,
      min: 1,
      max: 2000,
      expected: 24,
      condition: 'ScaleUpLimit',
    },
  ];
  it.each(cases)('$annotation', (c) => {
    const r = convertDesiredReplicasWithRules(c.current, c.desired, c.min, c.max, 8, 4);
    expect([r.replicas, r.reason]).toEqual([c.expected, c.condition]);
  });
});

describe('legacy scale-up limit max(2 × current, 4) (horizontal.go calculateScaleUpLimit, defaults)', () => {
  it.each([
    [0, 4],
    [1, 4],
    [2, 4],
    [3, 6],
    [10, 20],
  ])('current %i → limit %i', (current, limit) => {
    expect(calculateScaleUpLimit(current, 2, 4)).toBe(limit);
  });
  it('clamps a large proposal to the limit with reason ScaleUpLimit', () => {
    const r = convertDesiredReplicasWithRules(3, 50, 1, 100, 2, 4);
    expect(r).toEqual({
      replicas: 6,
      reason: 'ScaleUpLimit',
      message: 'the desired replica count is increasing faster than the maximum scale rate',
    });
  });
});

describe('normalizeDesiredReplicas conditions', () => {
  const cfg = hpaControllerConfig();
  it('reports ScaleDownStabilized and an unlimited range when history holds a higher count', () => {
    const n = normalizeDesiredReplicas([{ replicas: 5, timestamp: NOW - min }], 5, 3, 1, 10, cfg, NOW);
    expect(n.replicas).toBe(5);
    expect(n.ableToScale.reason).toBe('ScaleDownStabilized');
    expect(n.scalingLimited).toEqual({
      status: 'False',
      reason: 'DesiredWithinRange',
      message: 'the desired count is within the acceptable range',
    });
  });
  it('reports ReadyForNewScale and ScalingLimited=True/TooManyReplicas when capped at maxReplicas', () => {
    const n = normalizeDesiredReplicas([], 4, 7, 1, 5, cfg, NOW);
    expect([n.replicas, n.ableToScale.reason, n.scalingLimited.status, n.scalingLimited.reason]).toEqual([
      5,
      'ReadyForNewScale',
      'True',
      'TooManyReplicas',
    ]);
  });
});
