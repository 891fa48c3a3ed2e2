// Ported from k8s v1.28 pkg/controller/podautoscaler/replica_calculator_test.go: the TestReplicaCalc*
// cases with a resource (CPU utilization) metric, incl. their ContainerResource variants.
// Upstream constants: tolerance 0.1, CPU init period 120 s, initial readiness delay 10 s; every pod
// has two containers that each request `requests[i]` and each use `levels[i]`.
import { describe, expect, it } from 'vitest';
import { getResourceReplicas } from '../../../src/k8s/hpa/index.js';
import { COOL, cpuSamples, HOT, levels, NOW, tablePods, TESTING_CONFIG, type PodTable } from './helpers.js';

interface Case extends Omit<PodTable, 'count'> {
  name: string;
  current: number;
  target: number;
  perContainer: number[][];
  podNames?: string[];
  container?: string;
  expected?: { replicas: number; utilization: number; raw: number };
  error?: string;
}

const one = 1000;
const req = (n: number, v = one) => Array(n).fill(v);

const cases: Case[] = [
  {
    name: 'TestReplicaCalcDisjointResourcesMetrics',
    current: 1,
    requests: [one],
    perContainer: levels(100),
    podNames: ['an-older-pod-name'],
    target: 100,
    error: 'no metrics returned matched known pods',
  },
  {
    name: 'TestReplicaCalcScaleUp',
    current: 3,
    requests: req(3),
    perContainer: levels(300, 500, 700),
    target: 30,
    expected: { replicas: 5, utilization: 50, raw: 2 * 500 },
  },
  {
    name: 'TestReplicaCalcContainerScaleUp',
    current: 3,
    requests: req(3),
    perContainer: [
      [1000, 300],
      [1000, 500],
      [1000, 700],
    ],
    container: 'container2',
    target: 30,
    expected: { replicas: 5, utilization: 50, raw: 500 },
  },
  {
    name: 'TestReplicaCalcScaleUpUnreadyLessScale',
    current: 3,
    readiness: [false, true, true],
    requests: req(3),
    perContainer: levels(300, 500, 700),
    target: 30,
    expected: { replicas: 4, utilization: 60, raw: 2 * 600 },
  },
  {
    name: 'TestReplicaCalcScaleUpContainerHotCpuLessScale',
    current: 3,
    startTimes: [HOT, COOL, COOL],
    requests: req(3),
    perContainer: [
      [0, 300],
      [0, 500],
      [0, 700],
    ],
    container: 'container2',
    target: 30,
    expected: { replicas: 4, utilization: 60, raw: 600 },
  },
  {
    name: 'TestReplicaCalcScaleUpHotCpuLessScale',
    current: 3,
    startTimes: [HOT, COOL, COOL],
    requests: req(3),
    perContainer: levels(300, 500, 700),
    target: 30,
    expected: { replicas: 4, utilization: 60, raw: 2 * 600 },
  },
  {
    name: 'TestReplicaCalcScaleUpUnreadyNoScale',
    current: 3,
    readiness: [true, false, false],
    requests: req(3),
    perContainer: levels(400, 500, 700),
    target: 30,
    expected: { replicas: 3, utilization: 40, raw: 2 * 400 },
  },
  {
    name: 'TestReplicaCalcScaleHotCpuNoScale',
    current: 3,
    readiness: [true, false, false],
    startTimes: [COOL, HOT, HOT],
    requests: req(3),
    perContainer: levels(400, 500, 700),
    target: 30,
    expected: { replicas: 3, utilization: 40, raw: 2 * 400 },
  },
  {
    name: 'TestReplicaCalcScaleUpIgnoresFailedPods',
    current: 2,
    readiness: [true, true, false, false],
    phases: ['Running', 'Running', 'Failed', 'Failed'],
    requests: req(4),
    perContainer: levels(500, 700),
    target: 30,
    expected: { replicas: 4, utilization: 60, raw: 2 * 600 },
  },
  {
    name: 'TestReplicaCalcScaleUpContainerIgnoresFailedPods',
    current: 2,
    readiness: [true, true, false, false],
    phases: ['Running', 'Running', 'Failed', 'Failed'],
    requests: req(4),
    perContainer: [
      [1000, 500],
      [9000, 700],
    ],
    container: 'container2',
    target: 30,
    expected: { replicas: 4, utilization: 60, raw: 600 },
  },
  {
    name: 'TestReplicaCalcScaleUpIgnoresDeletionPods',
    current: 2,
    readiness: [true, true, false, false],
    deleting: [false, false, true, true],
    requests: req(4),
    perContainer: levels(500, 700),
    target: 30,
    expected: { replicas: 4, utilization: 60, raw: 2 * 600 },
  },
  {
    name: 'TestReplicaCalcScaleUpContainerIgnoresDeletionPods',
    current: 2,
    readiness: [true, true, false, false],
    deleting: [false, false, true, true],
    requests: req(4),
    perContainer: levels(500, 700),
    container: 'container1',
    target: 30,
    expected: { replicas: 4, utilization: 60, raw: 600 },
  },
  {
    name: 'TestReplicaCalcScaleDown',
    current: 5,
    requests: req(5),
    perContainer: levels(100, 300, 500, 250, 250),
    target: 50,
    expected: { replicas: 3, utilization: 28, raw: 2 * 280 },
  },
  {
    name: 'TestReplicaCalcContainerScaleDown',
    current: 5,
    requests: req(5),
    perContainer: [
      [1000, 100],
      [1000, 300],
      [1000, 500],
      [1000, 250],
      [1000, 250],
    ],
    container: 'container2',
    target: 50,
    expected: { replicas: 3, utilization: 28, raw: 280 },
  },
  {
    name: 'TestReplicaCalcScaleDownExcludeUnreadyPods',
    current: 5,
    readiness: [true, true, true, false, false],
    requests: req(5),
    perContainer: levels(100, 300, 500, 250, 250),
    target: 50,
    expected: { replicas: 2, utilization: 30, raw: 2 * 300 },
  },
  {
    name: 'TestReplicaCalcScaleDownContainerExcludeUnreadyPods',
    current: 5,
    readiness: [true, true, true, false, false],
    requests: req(5),
    perContainer: [
      [1000, 100],
      [1000, 300],
      [1000, 500],
      [1000, 250],
      [1000, 250],
    ],
    container: 'container2',
    target: 50,
    expected: { replicas: 2, utilization: 30, raw: 300 },
  },
  {
    name: 'TestReplicaCalcScaleDownExcludeUnscheduledPods',
    current: 5,
    readiness: [true, false, false, false, false],
    phases: ['Running', 'Pending', 'Pending', 'Pending', 'Pending'],
    requests: req(5),
    perContainer: levels(100),
    target: 50,
    expected: { replicas: 1, utilization: 10, raw: 2 * 100 },
  },
  {
    name: 'TestReplicaCalcScaleDownContainerExcludeUnscheduledPods',
    current: 5,
    readiness: [true, false, false, false, false],
    phases: ['Running', 'Pending', 'Pending', 'Pending', 'Pending'],
    requests: req(5),
    perContainer: [
      [1000, 100],
      [1000, 300],
      [1000, 500],
      [1000, 250],
      [1000, 250],
    ],
    container: 'container2',
    target: 50,
    expected: { replicas: 1, utilization: 10, raw: 100 },
  },
  {
    name: 'TestReplicaCalcScaleDownIgnoreHotCpuPods',
    current: 5,
    startTimes: [COOL, COOL, COOL, HOT, HOT],
    requests: req(5),
    perContainer: levels(100, 300, 500, 250, 250),
    target: 50,
    expected: { replicas: 2, utilization: 30, raw: 2 * 300 },
  },
  {
    name: 'TestReplicaCalcScaleDownContainerIgnoreHotCpuPods',
    current: 5,
    startTimes: [COOL, COOL, COOL, HOT, HOT],
    requests: req(5),
    perContainer: [
      [1000, 100],
      [1000, 300],
      [1000, 500],
      [1000, 1000],
      [1000, 1000],
    ],
    container: 'container2',
    target: 50,
    expected: { replicas: 2, utilization: 30, raw: 300 },
  },
  {
    name: 'TestReplicaCalcScaleDownIgnoresFailedPods',
    current: 5,
    readiness: [true, true, true, true, true, false, false],
    phases: ['Running', 'Running', 'Running', 'Running', 'Running', 'Failed', 'Failed'],
    requests: req(7),
    perContainer: levels(100, 300, 500, 250, 250),
    target: 50,
    expected: { replicas: 3, utilization: 28, raw: 2 * 280 },
  },
  {
    name: 'TestReplicaCalcScaleDownContainerIgnoresFailedPods',
    current: 5,
    readiness: [true, true, true, true, true, false, false],
    phases: ['Running', 'Running', 'Running', 'Running', 'Running', 'Failed', 'Failed'],
    requests: req(7),
    perContainer: [
      [1000, 100],
      [1000, 300],
      [1000, 500],
      [1000, 250],
      [1000, 250],
    ],
    container: 'container2',
    target: 50,
    expected: { replicas: 3, utilization: 28, raw: 280 },
  },
  {
    name: 'TestReplicaCalcScaleDownIgnoresDeletionPods',
    current: 5,
    readiness: [true, true, true, true, true, false, false],
    phases: Array(7).fill('Running'),
    deleting: [false, false, false, false, false, true, true],
    requests: req(7),
    perContainer: levels(100, 300, 500, 250, 250),
    target: 50,
    expected: { replicas: 3, utilization: 28, raw: 2 * 280 },
  },
  {
    name: 'TestReplicaCalcScaleDownIgnoresDeletionPods_StillRunning',
    current: 5,
    readiness: [true, true, true, true, true, false, false],
    phases: Array(7).fill('Running'),
    deleting: [false, false, false, false, false, true, true],
    requests: req(7),
    perContainer: [
      [1000, 100],
      [1000, 300],
      [1000, 500],
      [1000, 250],
      [1000, 250],
    ],
    container: 'container2',
    target: 50,
    expected: { replicas: 3, utilization: 28, raw: 280 },
  },
  {
    name: 'TestReplicaCalcTolerance',
    current: 3,
    requests: [900, 1000, 1100],
    perContainer: levels(1010, 1030, 1020),
    target: 100,
    expected: { replicas: 3, utilization: 102, raw: 2 * 1020 },
  },
  {
    name: 'TestReplicaCalcSuperfluousMetrics',
    current: 4,
    requests: req(4),
    perContainer: levels(4000, 9500, 3000, 7000, 3200, 2000),
    target: 100,
    expected: { replicas: 24, utilization: 587, raw: 2 * 5875 },
  },
  {
    name: 'TestReplicaCalcMissingMetrics',
    current: 4,
    requests: req(4),
    perContainer: levels(400, 95),
    target: 100,
    expected: { replicas: 3, utilization: 24, raw: 495 },
  },
  {
    name: 'TestReplicaCalcEmptyMetrics',
    current: 4,
    requests: req(3),
    perContainer: [],
    target: 100,
    error: 'unable to get metrics for resource cpu: no metrics returned from resource metrics API',
  },
  {
    name: 'TestReplicaCalcEmptyCPURequest',
    current: 1,
    requests: [],
    perContainer: levels(200),
    target: 100,
    error: 'missing request for',
  },
  {
    name: 'TestReplicaCalcMissingMetricsNoChangeEq',
    current: 2,
    requests: req(2),
    perContainer: levels(1000),
    target: 100,
    expected: { replicas: 2, utilization: 100, raw: 2 * 1000 },
  },
  {
    name: 'TestReplicaCalcMissingMetricsNoChangeGt',
    current: 2,
    requests: req(2),
    perContainer: levels(1900),
    target: 100,
    expected: { replicas: 2, utilization: 190, raw: 2 * 1900 },
  },
  {
    name: 'TestReplicaCalcMissingMetricsNoChangeLt',
    current: 2,
    requests: req(2),
    perContainer: levels(600),
    target: 100,
    expected: { replicas: 2, utilization: 60, raw: 2 * 600 },
  },
  {
    name: 'TestReplicaCalcMissingMetricsUnreadyChange',
    current: 3,
    readiness: [false, true, true],
    requests: req(3),
    perContainer: levels(100, 450),
    target: 50,
    expected: { replicas: 3, utilization: 45, raw: 2 * 450 },
  },
  {
    name: 'TestReplicaCalcMissingMetricsHotCpuNoChange',
    current: 3,
    startTimes: [HOT, COOL, COOL],
    requests: req(3),
    perContainer: levels(100, 450),
    target: 50,
    expected: { replicas: 3, utilization: 45, raw: 2 * 450 },
  },
  {
    name: 'TestReplicaCalcMissingMetricsUnreadyScaleUp',
    current: 3,
    readiness: [false, true, true],
    requests: req(3),
    perContainer: levels(100, 2000),
    target: 50,
    expected: { replicas: 4, utilization: 200, raw: 2 * 2000 },
  },
  {
    name: 'TestReplicaCalcMissingMetricsHotCpuScaleUp',
    current: 3,
    readiness: [false, true, true],
    startTimes: [HOT, COOL, COOL],
    requests: req(3),
    perContainer: levels(100, 2000),
    target: 50,
    expected: { replicas: 4, utilization: 200, raw: 2 * 2000 },
  },
  {
    name: 'TestReplicaCalcMissingMetricsUnreadyScaleDown',
    current: 4,
    readiness: [false, true, true, true],
    requests: req(4),
    perContainer: levels(100, 100, 100),
    target: 50,
    expected: { replicas: 3, utilization: 10, raw: 2 * 100 },
  },
  {
    name: 'TestReplicaCalcMissingMetricsScaleDownTargetOver100',
    current: 4,
    readiness: [false, true, true, true],
    requests: [1000, 1000, 2000, 2000],
    perContainer: levels(200, 100, 100),
    target: 300,
    expected: { replicas: 2, utilization: 6, raw: 2 * 100 },
  },
  {
    name: 'TestReplicaCalcDuringRollingUpdateWithMaxSurge',
    current: 2,
    phases: ['Running', 'Running', 'Running'],
    requests: req(3),
    perContainer: levels(100, 100),
    target: 50,
    expected: { replicas: 2, utilization: 10, raw: 2 * 100 },
  },
];

function run(c: Case) {
  const pods = tablePods({ ...c, count: c.current });
  const samples = cpuSamples(c.perContainer, { names: c.podNames });
  return getResourceReplicas(
    c.current,
    c.target,
    { resource: 'cpu', namespace: 'test-namespace', container: c.container },
    pods,
    samples,
    TESTING_CONFIG,
    NOW,
  );
}

describe('GetResourceReplicas (replica_calculator_test.go)', () => {
  it.each(cases)('$name', (c) => {
    if (c.error) {
      expect(() => run(c)).toThrow(c.error);
      return;
    }
    const r = run(c);
    expect({ replicas: r.replicas, utilization: r.utilization, raw: r.rawAverage }).toEqual(c.expected);
  });

  it('TestReplicaCalcComputedToleranceAlgImplementation: a minimal downscale just past the tolerance, none just inside', () => {
    // Upstream back-calculates the target from the tolerance; the same arithmetic here.
    const startPods = 10;
    const totalUsed = startPods * 150;
    const totalRequested = 2 * totalUsed;
    const requestedToUsed = Math.trunc(totalRequested / totalUsed);
    const perPod = totalRequested / startPods;
    const requests = [perPod + 100, perPod - 100, perPod + 10, perPod - 10, perPod + 2, perPod - 2, perPod + 1, perPod - 1, perPod, perPod];
    const calc = (targetFraction: number) => {
      const percent = Math.trunc(targetFraction * 100);
      const pods = tablePods({ count: startPods, requests });
      const samples = cpuSamples(levels(...Array(10).fill(totalUsed / 10)));
      return getResourceReplicas(startPods, percent, { resource: 'cpu', namespace: 'ns' }, pods, samples, TESTING_CONFIG, NOW);
    };
    const target = Math.abs(1 / (requestedToUsed * (1 - TESTING_CONFIG.tolerance))) + 0.01;
    const usedRatio = totalUsed / (totalRequested * target);
    const r = calc(target);
    expect(r.replicas).toBe(Math.ceil(usedRatio * startPods));
    expect(r.replicas).toBe(9);
    expect(r.utilization).toBe(Math.trunc((totalUsed * 100) / totalRequested));
    expect(r.rawAverage).toBe((2 * totalUsed) / 10);
    expect(calc(Math.abs(1 / (requestedToUsed * (1 - TESTING_CONFIG.tolerance))) + 0.004).replicas).toBe(startPods);
  });

  it('reports the timestamp of the first sample', () => {
    const pods = tablePods({ count: 1, requests: [1000] });
    const samples = cpuSamples(levels(500), { timestamp: NOW - 7_000 });
    expect(getResourceReplicas(1, 50, { resource: 'cpu', namespace: 'ns' }, pods, samples, TESTING_CONFIG, NOW).timestamp).toBe(
      NOW - 7_000,
    );
  });

  it('fails a ContainerResource metric when a pod reports no such container', () => {
    const pods = tablePods({ count: 1, requests: [1000] });
    expect(() =>
      getResourceReplicas(
        1,
        50,
        { resource: 'cpu', namespace: 'ns', container: 'sidecar' },
        pods,
        cpuSamples(levels(500)),
        TESTING_CONFIG,
        NOW,
      ),
    ).toThrow(
      'unable to get metrics for resource cpu: failed to get container metrics: container sidecar not present in metrics for pod ns/test-pod-0',
    );
  });

  it('a ratio exactly at the tolerance keeps the current size (|1 − ratio| ≤ tolerance)', () => {
    // 0.25 is exact in binary floating point, so the boundary is reachable.
    const cfg = { ...TESTING_CONFIG, tolerance: 0.25 };
    const pods = tablePods({ count: 2, requests: [500, 500] });
    const at = (usage: number) =>
      getResourceReplicas(2, 100, { resource: 'cpu', namespace: 'ns' }, pods, cpuSamples(levels(usage, usage)), cfg, NOW).replicas;
    expect(at(625)).toBe(2); // 125 %
    expect(at(630)).toBe(3); // 126 %
  });

  it('unready pods are not re-added on a scale-down (only missing pods are)', () => {
    // Pod 0 is unready with a large request, pod 1 uses 10 % of 1 CPU, pod 2 has no sample.
    // Missing pod 2 at 100 %: (100 + 1000) / 2000 = 55 % → ceil(0.55 × 2) = 2. Re-adding pod 0 at 0 would give 1.
    const pods = tablePods({ count: 3, readiness: [false, true, true], requests: [2000, 500, 500] });
    const r = getResourceReplicas(3, 100, { resource: 'cpu', namespace: 'ns' }, pods, cpuSamples(levels(0, 50)), TESTING_CONFIG, NOW);
    expect([r.replicas, r.utilization]).toEqual([2, 10]);
  });

  it('fails with no pods', () => {
    expect(() =>
      getResourceReplicas(1, 50, { resource: 'cpu', namespace: 'ns' }, [], cpuSamples(levels(500)), TESTING_CONFIG, NOW),
    ).toThrow('no pods returned by selector while calculating replica count');
  });
});
