// Ported from k8s v1.28 pkg/controller/podautoscaler/replica_calculator_test.go: the cases with a
// Pods (custom, AverageValue) metric — TestReplicaCalc*CM with metricType podMetric,
// TestPlainMetricReplicaCalcMissingMetricsNoChangeEq, TestReplicaCalcDuringRollingUpdateWithMaxSurgeCM.
// Values are milli-units ("qps" 20000 = 20 qps).
import { describe, expect, it } from 'vitest';
import { calcPlainMetricReplicas, getMetricReplicas, getRawResourceReplicas } from '../../../src/k8s/hpa/index.js';
import { COOL, cpuSamples, customSamples, HOT, levels, NOW, tablePods, TESTING_CONFIG, type PodTable } from './helpers.js';

interface Case extends Omit<PodTable, 'count'> {
  name: string;
  current: number;
  values: number[];
  target: number;
  expected: { replicas: number; usage: number };
}

const cases: Case[] = [
  { name: 'TestReplicaCalcScaleUpCM', current: 3, values: [20000, 10000, 30000], target: 15000, expected: { replicas: 4, usage: 20000 } },
  {
    name: 'TestReplicaCalcScaleUpCMUnreadyHotCpuNoLessScale',
    current: 3,
    readiness: [true, true, false],
    startTimes: [COOL, COOL, HOT],
    values: [50000, 10000, 30000],
    target: 15000,
    expected: { replicas: 6, usage: 30000 },
  },
  {
    name: 'TestReplicaCalcScaleUpCMUnreadyHotCpuScaleWouldScaleDown',
    current: 3,
    readiness: [false, true, false],
    startTimes: [HOT, COOL, HOT],
    values: [50000, 15000, 30000],
    target: 15000,
    expected: { replicas: 7, usage: 31666 },
  },
  {
    name: 'TestReplicaCalcScaleUpCMExternal (pods metric)',
    current: 1,
    values: [8600],
    target: 4400,
    expected: { replicas: 2, usage: 8600 },
  },
  {
    name: 'TestReplicaCalcScaleUpCMExternalNoLabels (pods metric)',
    current: 1,
    values: [8600],
    target: 4400,
    expected: { replicas: 2, usage: 8600 },
  },
  {
    name: 'TestReplicaCalcScaleDownCM',
    current: 5,
    values: [12000, 12000, 12000, 12000, 12000],
    target: 20000,
    expected: { replicas: 3, usage: 12000 },
  },
  { name: 'TestReplicaCalcToleranceCM', current: 3, values: [20000, 21000, 21000], target: 20000, expected: { replicas: 3, usage: 20666 } },
  {
    name: 'TestPlainMetricReplicaCalcMissingMetricsNoChangeEq',
    current: 5,
    values: [20000, 19000, 21000],
    target: 20000,
    expected: { replicas: 5, usage: 20000 },
  },
  {
    name: 'TestReplicaCalcDuringRollingUpdateWithMaxSurgeCM',
    current: 2,
    phases: ['Running', 'Running', 'Running'],
    values: [10000, 10000],
    target: 17000,
    expected: { replicas: 2, usage: 10000 },
  },
];

describe('GetMetricReplicas / calcPlainMetricReplicas (replica_calculator_test.go)', () => {
  it.each(cases)('$name', (c) => {
    const pods = tablePods({ ...c, count: c.current });
    const r = getMetricReplicas(c.current, c.target, 'qps', pods, customSamples('qps', c.values), TESTING_CONFIG, NOW);
    expect({ replicas: r.replicas, usage: r.usage }).toEqual(c.expected);
  });

  it('fails when the custom metrics API returns nothing', () => {
    const pods = tablePods({ count: 2 });
    expect(() => getMetricReplicas(2, 1000, 'qps', pods, customSamples('rps', [1, 2]), TESTING_CONFIG, NOW)).toThrow(
      'unable to get metric qps: no metrics returned from custom metrics API',
    );
  });

  it('treats missing pods as using exactly the target on a scale-down and 0 on a scale-up', () => {
    const pods = tablePods({ count: 4 });
    const values = (v: number[]) => new Map(v.map((x, i) => [`test-pod-${i}`, { value: x, timestamp: 0, window: 0 }]));
    // Scale-down: 2 × 1000 + 2 missing at 10000 → average 5500 of 10000 → ceil(0.55 × 4) = 3.
    expect(calcPlainMetricReplicas(values([1000, 1000]), 4, 10000, pods, '', TESTING_CONFIG, NOW).replicas).toBe(3);
    // Scale-up: 2 × 40000 + 2 missing at 0 → average 20000 of 10000 → ceil(2 × 4) = 8.
    expect(calcPlainMetricReplicas(values([40000, 40000]), 4, 10000, pods, '', TESTING_CONFIG, NOW).replicas).toBe(8);
  });

  it('Resource metric with an AverageValue target uses the plain calculation with the CPU readiness rules', () => {
    // 3 pods at 2 × 300 m, 2 × 500 m, 2 × 700 m; pod 0 never ready → counted as 0 on the scale-up.
    const pods = tablePods({ count: 3, readiness: [false, true, true], requests: [1000, 1000, 1000] });
    const r = getRawResourceReplicas(
      3,
      600,
      { resource: 'cpu', namespace: 'ns' },
      pods,
      cpuSamples(levels(300, 500, 700)),
      TESTING_CONFIG,
      NOW,
    );
    // First pass: (1000 + 1400) / 2 = 1200 → ratio 2; with pod 0 at 0: 2400 / 3 = 800 → ceil(1.333 × 3) = 4.
    expect({ replicas: r.replicas, usage: r.usage, ratio: r.ratio }).toEqual({ replicas: 4, usage: 1200, ratio: 2 });
  });
});
