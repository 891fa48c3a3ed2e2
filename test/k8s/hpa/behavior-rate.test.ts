// Rate limiting with behavior. Ported from k8s v1.28 horizontal_test.go TestScalingWithRules (all
// cases, including the one upstream skips through its inverted `testThis` flag),
// TestCalculateScaleUpLimitWithScalingRules and TestCalculateScaleDownLimitWithBehaviors.
import { describe, expect, it } from 'vitest';
import {
  calculateScaleDownLimitWithBehaviors,
  calculateScaleUpLimitWithScalingRules,
  convertDesiredReplicasWithBehaviorRate,
  defaultScaleDownRules,
  defaultScaleUpRules,
  type ScaleEvent,
  type ScalingRules,
} from '../../../src/k8s/hpa/index.js';
import { NOW, scalingRules as rules } from './helpers.js';

/** horizontal_test.go generateEventsUniformDistribution: events centred in equal slices of the last `period` seconds. */
function uniformEvents(changes: number[], periodSeconds: number): ScaleEvent[] {
  const segment = periodSeconds / changes.length;
  return changes.map((change, i) => ({
    change,
    outdated: false,
    timestamp: NOW - 1000 * Math.trunc(periodSeconds - segment * (i + 1) + segment / 2),
  }));
}

interface Case {
  name: string;
  up?: ScaleEvent[];
  down?: ScaleEvent[];
  min: number;
  max: number;
  scaleUp?: ScalingRules;
  scaleDown?: ScalingRules;
  current: number;
  desired: number;
  expected: number;
  condition: string;
}

const e = uniformEvents;
const cases: Case[] = [
  {
    name: 'prenormalized desired replicas within range',
    current: 5,
    desired: 7,
    min: 3,
    max: 8,
    expected: 7,
    condition: 'DesiredWithinRange',
  },
  {
    name: 'prenormalized desired replicas < minReplicas',
    current: 3,
    desired: 1,
    min: 2,
    max: 8,
    expected: 2,
    condition: 'TooFewReplicas',
  },
  {
    name: 'prenormalized desired replicas within range when minReplicas is 0',
    current: 1,
    desired: 0,
    min: 0,
    max: 10,
    expected: 0,
    condition: 'DesiredWithinRange',
  },
  {
    name: 'maxReplicas is the limit because maxReplicas < scaleUpLimit',
    current: 20,
    desired: 1000,
    min: 1,
    max: 10,
    expected: 10,
    condition: 'TooManyReplicas',
  },
  {
    name: 'desired replica count is more than the maximum replica count',
    current: 100,
    desired: 1000,
    min: 100,
    max: 150,
    expected: 150,
    condition: 'TooManyReplicas',
  },
  {
    name: 'scaleUpLimit is the limit because scaleUpLimit < maxReplicas with user policies',
    current: 3,
    desired: 1000,
    min: 1,
    max: 2000,
    scaleUp: rules(0, 0, 1, 60, 0),
    expected: 4,
    condition: 'ScaleUpLimit',
  },
  {
    name: 'scaleDownLimit is the limit because scaleDownLimit > minReplicas with user defined policies',
    current: 1000,
    desired: 3,
    min: 3,
    max: 2000,
    scaleDown: rules(20, 60, 0, 0, 0),
    expected: 980,
    condition: 'ScaleDownLimit',
  },
  { name: 'scaleUp with default behavior', min: 1, max: 1000, current: 10, desired: 50, expected: 20, condition: 'ScaleUpLimit' },
  {
    name: 'scaleUp with pods policy larger than percent policy',
    min: 1,
    max: 1000,
    scaleUp: rules(100, 60, 100, 60, 0),
    current: 10,
    desired: 500,
    expected: 110,
    condition: 'ScaleUpLimit',
  },
  {
    name: 'scaleUp with percent policy larger than pods policy',
    min: 1,
    max: 1000,
    scaleUp: rules(2, 60, 100, 60, 0),
    current: 10,
    desired: 500,
    expected: 20,
    condition: 'ScaleUpLimit',
  },
  {
    name: 'scaleUp with spec MaxReplicas limitation with large pod policy',
    min: 1,
    max: 1000,
    scaleUp: rules(100, 60, 0, 0, 0),
    current: 10,
    desired: 50,
    expected: 50,
    condition: 'DesiredWithinRange',
  },
  {
    name: 'scaleUp with spec MaxReplicas limitation with large percent policy',
    min: 1,
    max: 1000,
    scaleUp: rules(10000, 60, 0, 0, 0),
    current: 10,
    desired: 50,
    expected: 50,
    condition: 'DesiredWithinRange',
  },
  {
    name: 'scaleUp with pod policy limitation',
    min: 1,
    max: 1000,
    scaleUp: rules(30, 60, 0, 0, 0),
    current: 10,
    desired: 50,
    expected: 40,
    condition: 'ScaleUpLimit',
  },
  {
    name: 'scaleUp with percent policy limitation',
    min: 1,
    max: 1000,
    scaleUp: rules(0, 0, 200, 60, 0),
    current: 10,
    desired: 50,
    expected: 30,
    condition: 'ScaleUpLimit',
  },
  {
    name: 'scaleDown with percent policy larger than pod policy',
    min: 1,
    max: 1000,
    scaleDown: rules(20, 60, 1, 60, 300),
    current: 100,
    desired: 2,
    expected: 80,
    condition: 'ScaleDownLimit',
  },
  {
    name: 'scaleDown with pod policy larger than percent policy',
    min: 1,
    max: 1000,
    scaleDown: rules(2, 60, 1, 60, 300),
    current: 100,
    desired: 2,
    expected: 98,
    condition: 'ScaleDownLimit',
  },
  {
    name: 'scaleDown with spec MinReplicas=nil limitation with large pod policy',
    min: 1,
    max: 1000,
    scaleDown: rules(100, 60, 0, 0, 300),
    current: 10,
    desired: 0,
    expected: 1,
    condition: 'TooFewReplicas',
  },
  {
    name: 'scaleDown with spec MinReplicas limitation with large pod policy',
    min: 1,
    max: 1000,
    scaleDown: rules(100, 60, 0, 0, 300),
    current: 10,
    desired: 0,
    expected: 1,
    condition: 'TooFewReplicas',
  },
  {
    name: 'scaleDown with spec MinReplicas limitation with large percent policy',
    min: 5,
    max: 1000,
    scaleDown: rules(0, 0, 100, 60, 300),
    current: 10,
    desired: 2,
    expected: 5,
    condition: 'TooFewReplicas',
  },
  {
    name: 'scaleDown with pod policy limitation',
    min: 1,
    max: 1000,
    scaleDown: rules(5, 60, 0, 0, 300),
    current: 10,
    desired: 2,
    expected: 5,
    condition: 'ScaleDownLimit',
  },
  {
    name: 'scaleDown with percent policy limitation',
    min: 1,
    max: 1000,
    scaleDown: rules(0, 0, 50, 60, 300),
    current: 10,
    desired: 5,
    expected: 5,
    condition: 'DesiredWithinRange',
  },
  {
    name: 'scaleUp with spec MaxReplicas limitation with large pod policy and events',
    up: e([1, 5, 9], 120),
    min: 1,
    max: 200,
    scaleUp: rules(300, 60, 0, 0, 0),
    current: 100,
    desired: 500,
    expected: 200,
    condition: 'TooManyReplicas',
  },
  {
    name: 'scaleUp with spec MaxReplicas limitation with large percent policy and events',
    up: e([1, 5, 9], 120),
    min: 1,
    max: 200,
    scaleUp: rules(0, 0, 10000, 60, 0),
    current: 100,
    desired: 500,
    expected: 200,
    condition: 'TooManyReplicas',
  },
  {
    name: 'scaleUp with currentReplicas limitation with rate.PeriodSeconds with a lot of recent scale up events',
    up: e([1, 5, 9], 120),
    min: 1,
    max: 1000,
    scaleUp: rules(5, 120, 0, 0, 0),
    current: 100,
    desired: 500,
    expected: 100,
    condition: 'ScaleUpLimit',
  },
  {
    name: 'scaleUp with pod policy and previous scale up events',
    up: e([1, 5, 9], 120),
    min: 1,
    max: 1000,
    scaleUp: rules(150, 120, 0, 0, 0),
    current: 100,
    desired: 500,
    expected: 235,
    condition: 'ScaleUpLimit',
  },
  {
    name: 'scaleUp with percent policy and previous scale up events',
    up: e([1, 5, 9], 120),
    min: 1,
    max: 1000,
    scaleUp: rules(0, 0, 200, 120, 0),
    current: 100,
    desired: 500,
    expected: 255,
    condition: 'ScaleUpLimit',
  },
  {
    name: 'scaleUp with percent policy and previous scale up and down events',
    up: e([4], 120),
    down: e([2], 120),
    min: 1,
    max: 1000,
    scaleUp: rules(0, 0, 300, 300, 0),
    current: 6,
    desired: 24,
    expected: 16,
    condition: 'ScaleUpLimit',
  },
  {
    name: 'scaleDown with default policy and previous events',
    down: e([1, 5, 9], 120),
    min: 1,
    max: 1000,
    current: 10,
    desired: 5,
    expected: 5,
    condition: 'DesiredWithinRange',
  },
  {
    name: 'scaleDown with spec MinReplicas=nil limitation with large pod policy and previous events',
    down: e([1, 5, 9], 120),
    min: 1,
    max: 1000,
    scaleDown: rules(115, 120, 0, 0, 300),
    current: 100,
    desired: 0,
    expected: 1,
    condition: 'TooFewReplicas',
  },
  {
    name: 'scaleDown with spec MinReplicas limitation with large pod policy and previous events',
    down: e([1, 5, 9], 120),
    min: 5,
    max: 1000,
    scaleDown: rules(130, 120, 0, 0, 300),
    current: 100,
    desired: 0,
    expected: 5,
    condition: 'TooFewReplicas',
  },
  {
    name: 'scaleDown with spec MinReplicas limitation with large percent policy and previous events',
    down: e([1, 5, 9], 120),
    min: 5,
    max: 1000,
    scaleDown: rules(0, 0, 100, 120, 300),
    current: 100,
    desired: 2,
    expected: 5,
    condition: 'TooFewReplicas',
  },
  {
    name: 'scaleDown with pod policy limitation and previous events',
    down: e([1, 5, 9], 120),
    min: 1,
    max: 1000,
    scaleDown: rules(5, 120, 0, 0, 300),
    current: 100,
    desired: 2,
    expected: 100,
    condition: 'ScaleDownLimit',
  },
  {
    name: 'scaleDown with percent policy limitation and previous events',
    down: e([2, 4, 6], 120),
    min: 1,
    max: 1000,
    scaleDown: rules(0, 0, 50, 120, 300),
    current: 100,
    desired: 0,
    expected: 56,
    condition: 'ScaleDownLimit',
  },
  {
    name: 'scaleDown with percent policy and previous scale up and down events',
    up: e([2], 120),
    down: e([4], 120),
    min: 1,
    max: 1000,
    scaleDown: rules(0, 0, 50, 180, 0),
    current: 10,
    desired: 1,
    expected: 6,
    condition: 'ScaleDownLimit',
  },
  {
    name: 'scaleDown with previous events preventing further scale down',
    down: e([10, 10, 10], 120),
    min: 1,
    max: 1000,
    scaleDown: rules(0, 0, 10, 120, 300),
    current: 100,
    desired: 0,
    expected: 100,
    condition: 'ScaleDownLimit',
  },
  {
    name: 'scaleDown with with previous events still allowing more scale down',
    down: e([10, 10, 10], 120),
    min: 1,
    max: 1000,
    scaleDown: rules(0, 0, 1000, 120, 300),
    current: 10,
    desired: 5,
    expected: 5,
    condition: 'DesiredWithinRange',
  },
  {
    name: "check 'outdated' flag for events for one behavior for up",
    up: e([8, 12, 9, 11], 120),
    min: 1,
    max: 1000,
    scaleUp: rules(1000, 60, 0, 0, 0),
    current: 100,
    desired: 200,
    expected: 200,
    condition: 'DesiredWithinRange',
  },
  {
    name: "check that events were not marked 'outdated' for two different policies in the behavior for up",
    up: e([8, 12, 9, 11], 120),
    min: 1,
    max: 1000,
    scaleUp: rules(1000, 120, 100, 60, 0),
    current: 100,
    desired: 200,
    expected: 200,
    condition: 'DesiredWithinRange',
  },
  {
    name: "check that events were marked 'outdated' for two different policies in the behavior for up",
    up: e([8, 12, 9, 11], 120),
    min: 1,
    max: 1000,
    scaleUp: rules(1000, 30, 100, 60, 0),
    current: 100,
    desired: 200,
    expected: 200,
    condition: 'DesiredWithinRange',
  },
  {
    name: "check 'outdated' flag for events for one behavior for down",
    down: e([8, 12, 9, 11], 120),
    min: 1,
    max: 1000,
    scaleDown: rules(1000, 60, 0, 0, 300),
    current: 100,
    desired: 5,
    expected: 5,
    condition: 'DesiredWithinRange',
  },
  {
    name: "check that events were not marked 'outdated' for two different policies in the behavior for down",
    down: e([8, 12, 9, 11], 120),
    min: 1,
    max: 1000,
    scaleDown: rules(1000, 120, 100, 60, 300),
    current: 100,
    desired: 5,
    expected: 5,
    condition: 'DesiredWithinRange',
  },
  {
    name: "check that events were marked 'outdated' for two different policies in the behavior for down",
    down: e([8, 12, 9, 11], 120),
    min: 1,
    max: 1000,
    scaleDown: rules(1000, 30, 100, 60, 300),
    current: 100,
    desired: 5,
    expected: 5,
    condition: 'DesiredWithinRange',
  },
];

describe('convertDesiredReplicasWithBehaviorRate (TestScalingWithRules)', () => {
  it.each(cases)('$name', (c) => {
    const r = convertDesiredReplicasWithBehaviorRate(
      {
        currentReplicas: c.current,
        desiredReplicas: c.desired,
        minReplicas: c.min,
        maxReplicas: c.max,
        scaleUp: c.scaleUp ?? defaultScaleUpRules(),
        scaleDown: c.scaleDown ?? defaultScaleDownRules(),
      },
      c.up ?? [],
      c.down ?? [],
      NOW,
    );
    expect([r.replicas, r.reason]).toEqual([c.expected, c.condition]);
  });
});

describe('policy selection', () => {
  const minPolicy = (): ScalingRules => ({
    stabilizationWindowSeconds: 300,
    selectPolicy: 'Min',
    policies: [
      { type: 'Pods', value: 2, periodSeconds: 60 },
      { type: 'Percent', value: 50, periodSeconds: 60 },
    ],
  });
  it('TestCalculateScaleUpLimitWithScalingRules: Min picks the smaller increase', () => {
    expect(calculateScaleUpLimitWithScalingRules(1, [], [], minPolicy(), NOW)).toBe(2);
  });
  it('TestCalculateScaleDownLimitWithBehaviors: Min picks the smaller decrease', () => {
    expect(calculateScaleDownLimitWithBehaviors(5, [], [], minPolicy(), NOW)).toBe(3);
  });
  it('Disabled keeps the current size in that direction', () => {
    const disabled: ScalingRules = { ...minPolicy(), selectPolicy: 'Disabled' };
    const r = convertDesiredReplicasWithBehaviorRate(
      { currentReplicas: 4, desiredReplicas: 9, minReplicas: 1, maxReplicas: 10, scaleUp: disabled, scaleDown: defaultScaleDownRules() },
      [],
      [],
      NOW,
    );
    expect([r.replicas, r.reason]).toEqual([4, 'ScaleUpLimit']);
  });
  it('Percent scale-down limits truncate toward zero like Go int32(), also below zero', () => {
    const pct = (value: number): ScalingRules => ({ selectPolicy: 'Max', policies: [{ type: 'Percent', value, periodSeconds: 60 }] });
    expect(calculateScaleDownLimitWithBehaviors(5, [], [], pct(50), NOW)).toBe(2);
    expect(calculateScaleDownLimitWithBehaviors(3, [], [], pct(150), NOW)).toBe(-1);
    expect(calculateScaleUpLimitWithScalingRules(3, [], [], pct(50), NOW)).toBe(5);
  });
  it('an event exactly one period old is outside the period (After(cutoff) is strict)', () => {
    const at = (t: number): ScaleEvent[] => [{ change: 3, timestamp: t, outdated: false }];
    const pods = rules(1, 60, 0, 0, 0);
    expect(calculateScaleUpLimitWithScalingRules(10, at(NOW - 60_000), [], pods, NOW)).toBe(11);
    expect(calculateScaleUpLimitWithScalingRules(10, at(NOW - 59_999), [], pods, NOW)).toBe(8);
  });
});
