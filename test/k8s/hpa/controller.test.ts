// One reconcile against the upstream controller tables. Ported from k8s v1.28 horizontal_test.go
// (testCase harness: pods request 1 CPU split over two containers, samples at "now", window 1 min,
// scale-up factor 8 as upstream's init()). Expected conditions are compared as type/status/reason.
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../src/k8s/hpa/index.js';
import { controllerCase, COOL, HOT, NOW, podsMetric, scalingRules, type ControllerCase } from './helpers.js';

type Cond = [string, string, string];
const OK: Cond[] = [['AbleToScale', 'True', 'SucceededRescale'], ['ScalingActive', 'True', 'ValidMetricFound'], ['ScalingLimited', 'False', 'DesiredWithinRange']];
/** statusOkWithOverrides */
function ok(...overrides: Cond[]): Cond[] {
  return OK.map((c) => overrides.filter((o) => o[0] === c[0]).at(-1) ?? c);
}
const READY: Cond = ['AbleToScale', 'True', 'ReadyForNewScale'];

interface Case extends ControllerCase {
  name: string;
  expected: number;
  conditions?: Cond[];
  cpuCurrent?: number;
}

const req = (n: number, v = 1000) => Array(n).fill(v);
const base = { minReplicas: 2, maxReplicas: 6, specReplicas: 3, statusReplicas: 3 };
const qps15 = [podsMetric('qps', 15000)];

const cases: Case[] = [
  { name: 'TestScaleUp', ...base, expected: 5, cpuTarget: 30, cpuCurrent: 50, levels: [300, 500, 700], requests: req(3) },
  { name: 'TestScaleUpContainer', ...base, expected: 5, levels: [300, 500, 700], requests: req(3),
    metrics: [{ type: 'ContainerResource', resource: 'cpu', container: 'container1', target: { type: 'Utilization', averageUtilization: 30 } }] },
  { name: 'TestScaleUpUnreadyLessScale', ...base, expected: 4, cpuTarget: 30, cpuCurrent: 60, levels: [300, 500, 700], requests: req(3), readiness: [false, true, true] },
  { name: 'TestScaleUpHotCpuLessScale', ...base, expected: 4, cpuTarget: 30, cpuCurrent: 60, levels: [300, 500, 700], requests: req(3), startTimes: [HOT, COOL, COOL] },
  { name: 'TestScaleUpUnreadyNoScale', ...base, expected: 3, cpuTarget: 30, cpuCurrent: 40, levels: [400, 500, 700], requests: req(3), readiness: [true, false, false],
    conditions: ok(READY) },
  { name: 'TestScaleUpHotCpuNoScale', ...base, expected: 3, cpuTarget: 30, cpuCurrent: 40, levels: [400, 500, 700], requests: req(3), readiness: [true, false, false],
    startTimes: [COOL, HOT, HOT], conditions: ok(READY) },
  { name: 'TestScaleUpIgnoresFailedPods', ...base, specReplicas: 2, statusReplicas: 2, expected: 4, cpuTarget: 30, cpuCurrent: 60, levels: [500, 700], requests: req(4),
    readiness: [true, true, false, false], phases: ['Running', 'Running', 'Failed', 'Failed'] },
  { name: 'TestScaleUpIgnoresDeletionPods', ...base, specReplicas: 2, statusReplicas: 2, expected: 4, cpuTarget: 30, cpuCurrent: 60, levels: [500, 700], requests: req(4),
    readiness: [true, true, false, false], deleting: [false, false, true, true] },
  { name: 'TestScaleUpCM', ...base, expected: 4, metrics: qps15, levels: [20000, 10000, 30000], requests: req(3) },
  { name: 'TestScaleUpCMUnreadyAndHotCpuNoLessScale', ...base, expected: 6, metrics: qps15, levels: [50000, 10000, 30000], requests: req(3),
    readiness: [true, true, false], startTimes: [COOL, COOL, HOT] },
  { name: 'TestScaleUpCMUnreadyandCpuHot', ...base, expected: 6, metrics: qps15, levels: [50000, 15000, 30000], requests: req(3),
    readiness: [false, true, false], startTimes: [HOT, COOL, HOT], conditions: ok(['ScalingLimited', 'True', 'TooManyReplicas']) },
  { name: 'TestScaleUpHotCpuNoScaleWouldScaleDown', ...base, expected: 6, metrics: qps15, levels: [50000, 15000, 30000], requests: req(3),
    startTimes: [HOT, COOL, HOT], conditions: ok(['ScalingLimited', 'True', 'TooManyReplicas']) },
  { name: 'TestScaleDown', ...base, specReplicas: 5, statusReplicas: 5, expected: 3, cpuTarget: 50, cpuCurrent: 28, levels: [100, 300, 500, 250, 250], requests: req(5), recommendations: [] },
  { name: 'TestScaleDownContainerResource', ...base, specReplicas: 5, statusReplicas: 5, expected: 3, levels: [100, 300, 500, 250, 250], requests: req(5), recommendations: [],
    metrics: [{ type: 'ContainerResource', resource: 'cpu', container: 'container2', target: { type: 'Utilization', averageUtilization: 50 } }] },
  { name: 'TestScaleDownWithScalingRules', ...base, specReplicas: 5, statusReplicas: 5, expected: 3, cpuTarget: 50, levels: [100, 300, 500, 250, 250], requests: req(5),
    recommendations: [], scaleUpRules: scalingRules(0, 0, 100, 15, 30) },
  { name: 'TestScaleDownStabilizeInitialSize', ...base, specReplicas: 5, statusReplicas: 5, expected: 5, cpuTarget: 50, levels: [100, 300, 500, 250, 250], requests: req(5),
    recommendations: undefined, conditions: ok(['AbleToScale', 'True', 'ScaleDownStabilized']) },
  { name: 'TestScaleDownCM', ...base, specReplicas: 5, statusReplicas: 5, expected: 3, metrics: [podsMetric('qps', 20000)], levels: Array(5).fill(12000), requests: req(5),
    recommendations: [] },
  { name: 'TestScaleDownIncludeUnreadyPods', ...base, specReplicas: 5, statusReplicas: 5, expected: 2, cpuTarget: 50, cpuCurrent: 30, levels: [100, 300, 500, 250, 250],
    requests: req(5), readiness: [true, true, true, false, false], recommendations: [] },
  { name: 'TestScaleDownIgnoreHotCpuPods', ...base, specReplicas: 5, statusReplicas: 5, expected: 2, cpuTarget: 50, cpuCurrent: 30, levels: [100, 300, 500, 250, 250],
    requests: req(5), startTimes: [COOL, COOL, COOL, HOT, HOT], recommendations: [] },
  { name: 'TestScaleDownIgnoresFailedPods', ...base, specReplicas: 5, statusReplicas: 5, expected: 3, cpuTarget: 50, cpuCurrent: 28, levels: [100, 300, 500, 250, 250],
    requests: req(7), readiness: [true, true, true, true, true, false, false], phases: ['Running', 'Running', 'Running', 'Running', 'Running', 'Failed', 'Failed'], recommendations: [] },
  { name: 'TestScaleDownIgnoresDeletionPods', ...base, specReplicas: 5, statusReplicas: 5, expected: 3, cpuTarget: 50, cpuCurrent: 28, levels: [100, 300, 500, 250, 250],
    requests: req(7), readiness: [true, true, true, true, true, false, false], deleting: [false, false, false, false, false, true, true], recommendations: [] },
  { name: 'TestTolerance', minReplicas: 1, maxReplicas: 5, specReplicas: 3, statusReplicas: 3, expected: 3, cpuTarget: 100, levels: [1010, 1030, 1020],
    requests: [900, 1000, 1100], conditions: ok(READY) },
  { name: 'TestToleranceCM', minReplicas: 1, maxReplicas: 5, specReplicas: 3, statusReplicas: 3, expected: 3, metrics: [podsMetric('qps', 20000)],
    levels: [20000, 20001, 21000], requests: [900, 1000, 1100], conditions: ok(READY) },
  { name: 'TestMinReplicas', minReplicas: 2, maxReplicas: 5, specReplicas: 3, statusReplicas: 3, expected: 2, cpuTarget: 90, levels: [10, 95, 10],
    requests: [900, 1000, 1100], recommendations: [], conditions: ok(['ScalingLimited', 'True', 'TooFewReplicas']) },
  { name: 'TestZeroMinReplicasDesiredZero', minReplicas: 0, maxReplicas: 5, specReplicas: 3, statusReplicas: 3, expected: 0, cpuTarget: 90, levels: [0, 0, 0],
    requests: [900, 1000, 1100], recommendations: [], conditions: ok() },
  { name: 'TestMinReplicasDesiredZero', minReplicas: 2, maxReplicas: 5, specReplicas: 3, statusReplicas: 3, expected: 2, cpuTarget: 90, levels: [0, 0, 0],
    requests: [900, 1000, 1100], recommendations: [], conditions: ok(['ScalingLimited', 'True', 'TooFewReplicas']) },
  { name: 'TestZeroReplicas', minReplicas: 3, maxReplicas: 5, specReplicas: 0, statusReplicas: 0, expected: 0, cpuTarget: 90, levels: [], requests: [],
    conditions: [['AbleToScale', 'True', 'SucceededGetScale'], ['ScalingActive', 'False', 'ScalingDisabled']] },
  { name: 'TestTooFewReplicas', minReplicas: 3, maxReplicas: 5, specReplicas: 2, statusReplicas: 2, expected: 3, cpuTarget: 90, levels: [], requests: [],
    conditions: [['AbleToScale', 'True', 'SucceededRescale']] },
  { name: 'TestTooManyReplicas', minReplicas: 3, maxReplicas: 5, specReplicas: 10, statusReplicas: 10, expected: 5, cpuTarget: 90, levels: [], requests: [],
    conditions: [['AbleToScale', 'True', 'SucceededRescale']] },
  { name: 'TestMaxReplicas', minReplicas: 2, maxReplicas: 5, specReplicas: 3, statusReplicas: 3, expected: 5, cpuTarget: 90, levels: [8000, 9500, 1000],
    requests: [900, 1000, 1100], conditions: ok(['ScalingLimited', 'True', 'TooManyReplicas']) },
  { name: 'TestSuperfluousMetrics', minReplicas: 2, maxReplicas: 6, specReplicas: 4, statusReplicas: 4, expected: 6, cpuTarget: 100,
    levels: [4000, 9500, 3000, 7000, 3200, 2000], requests: req(4), conditions: ok(['ScalingLimited', 'True', 'TooManyReplicas']) },
  { name: 'TestMissingMetrics', minReplicas: 2, maxReplicas: 6, specReplicas: 4, statusReplicas: 4, expected: 3, cpuTarget: 100, levels: [400, 95], requests: req(4), recommendations: [] },
  { name: 'TestEmptyMetrics', minReplicas: 2, maxReplicas: 6, specReplicas: 4, statusReplicas: 4, expected: 4, cpuTarget: 100, levels: [], requests: req(4),
    conditions: [['AbleToScale', 'True', 'SucceededGetScale'], ['ScalingActive', 'False', 'FailedGetResourceMetric']] },
  { name: 'TestEmptyCPURequest (no pods listed)', minReplicas: 1, maxReplicas: 5, specReplicas: 1, statusReplicas: 1, expected: 1, cpuTarget: 100, levels: [200], requests: [],
    conditions: [['AbleToScale', 'True', 'SucceededGetScale'], ['ScalingActive', 'False', 'FailedGetResourceMetric']] },
  { name: 'TestEventNotCreated', minReplicas: 1, maxReplicas: 5, specReplicas: 2, statusReplicas: 2, expected: 2, cpuTarget: 50, levels: [200, 200], requests: [400, 400],
    conditions: ok(READY) },
  { name: 'TestMissingReports', minReplicas: 1, maxReplicas: 5, specReplicas: 4, statusReplicas: 4, expected: 2, cpuTarget: 50, levels: [200], requests: [200], recommendations: [] },
  { name: 'TestUpscaleCap', minReplicas: 1, maxReplicas: 100, specReplicas: 3, statusReplicas: 3, expected: 24, cpuTarget: 10, levels: [100, 200, 300], requests: req(3, 100),
    scaleUpRules: scalingRules(0, 0, 700, 60, 0), conditions: ok(['ScalingLimited', 'True', 'ScaleUpLimit']) },
  { name: 'TestUpscaleCapGreaterThanMaxReplicas', minReplicas: 1, maxReplicas: 20, specReplicas: 3, statusReplicas: 3, expected: 20, cpuTarget: 10, levels: [100, 200, 300],
    requests: req(3, 100), scaleUpRules: scalingRules(0, 0, 700, 60, 0), conditions: ok(['ScalingLimited', 'True', 'TooManyReplicas']) },
  { name: 'TestMoreReplicasThanSpecNoScale', minReplicas: 1, maxReplicas: 8, specReplicas: 4, statusReplicas: 5, expected: 4, cpuTarget: 50, levels: Array(5).fill(500),
    requests: req(5), conditions: ok(READY) },
  { name: 'TestNoBackoffUpscaleCM', minReplicas: 1, maxReplicas: 5, specReplicas: 3, statusReplicas: 3, expected: 4, metrics: qps15, levels: [20000, 10000, 30000], requests: req(3) },
  { name: 'TestNoBackoffUpscaleCMNoBackoffCpu', minReplicas: 1, maxReplicas: 5, specReplicas: 3, statusReplicas: 3, expected: 5, cpuTarget: 10, metrics: qps15,
    levels: [20000, 10000, 30000], requests: req(3), conditions: ok(['ScalingLimited', 'True', 'TooManyReplicas']) },
  { name: 'TestStabilizeDownscale', minReplicas: 1, maxReplicas: 5, specReplicas: 4, statusReplicas: 4, expected: 4, cpuTarget: 100, levels: [50, 50, 50], requests: req(3, 100),
    recommendations: [{ replicas: 10, timestamp: NOW - 10 * 60_000 }, { replicas: 4, timestamp: NOW - 60_000 }], conditions: ok(['AbleToScale', 'True', 'ScaleDownStabilized']) },
  { name: 'TestScaleUpRCImmediately', minReplicas: 2, maxReplicas: 6, specReplicas: 1, statusReplicas: 1, expected: 2, levels: [0, 0, 0, 0], requests: req(4),
    conditions: [['AbleToScale', 'True', 'SucceededRescale']] },
  { name: 'TestScaleDownRCImmediately', minReplicas: 2, maxReplicas: 5, specReplicas: 6, statusReplicas: 6, expected: 5, cpuTarget: 50, levels: [8000, 9500, 1000],
    requests: [900, 1000, 1100], conditions: [['AbleToScale', 'True', 'SucceededRescale']] },
  // Upstream uses an External metric that fails; kubetwin's failing metric is a Pods metric without data.
  { name: 'TestScaleUpOneMetricEmpty (Pods metric)', ...base, expected: 4, cpuTarget: 30, metrics: qps15, noCustomMetrics: true, levels: [300, 400, 500], requests: req(3) },
  { name: 'TestNoScaleDownOneMetricEmpty (Pods metric)', ...base, specReplicas: 5, statusReplicas: 5, expected: 5, cpuTarget: 50, metrics: qps15, noCustomMetrics: true,
    levels: [100, 300, 500, 250, 250], requests: req(5), recommendations: [],
    conditions: [['AbleToScale', 'True', 'SucceededGetScale'], ['ScalingActive', 'False', 'FailedGetPodsMetric']] },
];

describe('reconcile (horizontal_test.go tables)', () => {
  it.each(cases)('$name', (c) => {
    const { state, input } = controllerCase(c);
    const r = reconcile(state, input, NOW);
    expect(r.desiredReplicas).toBe(c.expected);
    expect(r.rescale).toBe(c.expected !== c.specReplicas);
    expect(r.conditions.map((x) => [x.type, x.status, x.reason])).toEqual(c.conditions ?? OK);
    if (c.cpuCurrent !== undefined) expect(r.currentMetrics[0].current?.averageUtilization).toBe(c.cpuCurrent);
  });
});

describe('TestComputedToleranceAlgImplementation (controller)', () => {
  it('scales 10 → 9 just past the tolerance and keeps 10 just inside it', () => {
    const perPod = 300;
    const requests = [perPod + 100, perPod - 100, perPod + 10, perPod - 10, perPod + 2, perPod - 2, perPod + 1, perPod - 1, perPod, perPod];
    const run = (target: number) => {
      const { state, input } = controllerCase({ minReplicas: 0, maxReplicas: 1000, specReplicas: 10, statusReplicas: 10, cpuTarget: Math.trunc(target * 100),
        levels: Array(10).fill(150), requests, recommendations: [] });
      return reconcile(state, input, NOW).desiredReplicas;
    };
    const base = 1 / (2 * (1 - 0.1));
    expect(run(base + 0.01)).toBe(9);
    expect(run(base + 0.004)).toBe(10);
  });
});
