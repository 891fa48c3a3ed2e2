// Other metric types and the `behavior` path in a running simulation, plus the small pieces of the
// component (pod view, series columns, the ratio note on SuccessfulRescale).
import { describe, expect, it } from 'vitest';
import { conditionCells, hpaColumns, metricColumn, ratioNote, toHpaPod } from '../../../src/features/hpa/index.js';
import { newHpaState, reconcile, hpaControllerConfig, type HpaMetric, type HpaSpec } from '../../../src/k8s/hpa/index.js';
import type { InputError } from '../../../src/scenario/diagnostics.js';
import { loadScenarioText, buildSimulation } from '../../../src/run.js';
import type { PodState } from '../../../src/sim/cluster.js';
import { hpaAt, hpaEvents, hpaScenario, runHpa } from './helpers.js';

const rescaleTimes = (p: Parameters<typeof runHpa>[0]) =>
  hpaEvents(runHpa(p).rec)
    .filter((e) => e[1] === 'SuccessfulRescale')
    .map((e) => [e[0], Number(/New size: (\d+)/.exec(e[2])![1])]);

describe('behavior (autoscaling/v2 scaling policies) in a run', () => {
  it('scaleUp 1 pod per 60 s: one step a minute, an event exactly 60 s old no longer counts', () => {
    const behavior = '  behavior:\n    scaleUp: { policies: [{ type: Pods, value: 1, periodSeconds: 60 }] }';
    const { rec } = runHpa({ curve: 600, behavior });
    expect(
      hpaEvents(rec)
        .filter((e) => e[1] === 'SuccessfulRescale')
        .map((e) => e[0]),
    ).toEqual([15, 75]);
    expect(hpaAt(rec, 30)).toMatchObject({ desiredReplicas: 3, scalingLimited: true, scalingLimitedReason: 'ScaleUpLimit' });
  });

  it('without behavior the legacy limit is max(2 × current, 4) per sync: 2 → 4 → 8 → 10 (max)', () => {
    // 600 requests/s: 2 pods at their 1 CPU limit (200 %) want 7 → 4; on 4 pods 161 % → 11 → 8; then 10.
    expect(rescaleTimes({ curve: 600 })).toEqual([
      [15, 4],
      [30, 8],
      [45, 10],
    ]);
  });

  it('scaleDown stabilizationWindowSeconds 30: down 30 s after the last high recommendation (45 s), not 300 s', () => {
    const curve = '{ type: step, from: 160, to: 20, at: 45s }';
    const behavior = '  behavior:\n    scaleDown: { stabilizationWindowSeconds: 30 }';
    expect(rescaleTimes({ curve, behavior, duration: '3m' })).toEqual([
      [15, 3],
      [75, 1],
    ]);
    expect(rescaleTimes({ curve, duration: '3m' }).map((r) => r[0])).toEqual([15]);
  });
});

describe('other metrics in a run', () => {
  it('Pods metric requests_per_second: 80 per pod against 50 → ceil(2 × 1.6) = 4', () => {
    const metrics =
      '\n    - type: Pods\n      pods: { metric: { name: requests_per_second }, target: { type: AverageValue, averageValue: "50" } }';
    const { rec } = runHpa({ metrics });
    expect(hpaAt(rec, 15)).toMatchObject({ desiredReplicas: 4, pods_requests_per_second: 80, pods_requests_per_secondTarget: 50 });
    expect(hpaEvents(rec).find((e) => e[1] === 'SuccessfulRescale')?.[2]).toBe(
      'New size: 4; reason: pods metric requests_per_second above target (requests_per_second 80 / target 50 = ratio 1.6)',
    );
  });

  it('several metrics: the largest proposal wins', () => {
    const metrics = `
    - type: Resource
      resource: { name: cpu, target: { type: Utilization, averageUtilization: 60 } }
    - type: Resource
      resource: { name: cpu, target: { type: AverageValue, averageValue: 250m } }`;
    const { rec } = runHpa({ metrics });
    // 450m per pod: utilization 90 / 60 → 3; average 450 / 250 = 1.8 → ceil(3.6) = 4.
    expect(hpaAt(rec, 15)).toMatchObject({ desiredReplicas: 4, cpuUtilization: 90, cpuAverageMilli: 450, cpuAverageMilliTarget: 250 });
    expect(hpaEvents(rec).find((e) => e[1] === 'SuccessfulRescale')?.[2]).toBe(
      'New size: 4; reason: cpu resource above target ' +
        '(cpu utilization 90% / target 60% = ratio 1.5; cpu average 450 / target 250 = ratio 1.8)',
    );
  });

  it('an unknown Pods metric is refused before the run, at its position', () => {
    const metrics = '\n    - type: Pods\n      pods: { metric: { name: qps }, target: { type: AverageValue, averageValue: "5" } }';
    let err: InputError | undefined;
    try {
      buildSimulation(loadScenarioText('s.yaml', hpaScenario({ metrics })));
    } catch (e) {
      err = e as InputError;
    }
    expect(err?.diagnostics.map((d) => `${d.path}: ${d.message}`)).toEqual([
      'spec.metrics[0].pods.metric.name: kubetwin provides the Pods metrics requests_per_second, network_receive_bytes_per_second, network_transmit_bytes_per_second, network_in_mbps, network_out_mbps; "qps" is none of them',
    ]);
  });
});

describe('component pieces', () => {
  const util = (resource: 'cpu' | 'memory', pct: number): HpaMetric => ({
    type: 'Resource',
    resource,
    target: { type: 'Utilization', averageUtilization: pct },
  });

  it('series columns per metric type', () => {
    const metrics: HpaMetric[] = [
      util('cpu', 60),
      util('memory', 80),
      { type: 'Resource', resource: 'memory', target: { type: 'AverageValue', averageValue: 5e11 } },
      { type: 'ContainerResource', resource: 'cpu', container: 'side-car', target: { type: 'Utilization', averageUtilization: 50 } },
      { type: 'Pods', metricName: 'network_in_mbps', averageValue: 10_000 },
    ];
    expect(metrics.map(metricColumn)).toEqual([
      'cpuUtilization',
      'memoryUtilization',
      'memoryAverageBytes',
      'cpuUtilization_side_car',
      'pods_network_in_mbps',
    ]);
    expect(hpaColumns([metrics.slice(0, 1), metrics.slice(0, 2)])).toEqual([
      'desiredReplicas',
      'currentReplicas',
      'minReplicas',
      'maxReplicas',
      'cpuUtilization',
      'cpuUtilizationTarget',
      'memoryUtilization',
      'memoryUtilizationTarget',
      'ableToScale',
      'ableToScaleReason',
      'scalingActive',
      'scalingActiveReason',
      'scalingLimited',
      'scalingLimitedReason',
    ]);
    expect(
      conditionCells([{ type: 'ScalingActive', status: 'False', reason: 'ScalingDisabled', message: '', lastTransitionTime: 0 }]),
    ).toEqual({
      ableToScale: null,
      ableToScaleReason: null,
      scalingActive: false,
      scalingActiveReason: 'ScalingDisabled',
      scalingLimited: null,
      scalingLimitedReason: null,
    });
  });

  it('the pod view: no Ready condition before the kubelet reports the pod; last transition falls back to the start', () => {
    const base = {
      obj: { name: 'p', spec: { containers: [{ name: 'app', requests: { cpu: 500 } }] } },
      key: 'default/p',
      createdAt: 0,
      containers: [],
    } as unknown as PodState;
    expect(toHpaPod({ ...base, phase: 'Pending', ready: false })).toMatchObject({
      phase: 'Pending',
      ready: undefined,
      startTime: undefined,
      deleting: false,
    });
    expect(toHpaPod({ ...base, phase: 'Running', ready: false, startedAt: 5000 })).toMatchObject({
      ready: false,
      readyLastTransition: 5000,
      startTime: 5000,
    });
    expect(
      toHpaPod({ ...base, phase: 'Running', ready: true, startedAt: 5000, readyTransitionAt: 9000, deletingAt: 20_000 }),
    ).toMatchObject({ ready: true, readyLastTransition: 9000, deleting: true, containers: [{ name: 'app', requests: { cpu: 500 } }] });
  });

  it('ratioNote names each metric with its current value, target and ratio', () => {
    const spec: HpaSpec = {
      name: 'w',
      namespace: 'default',
      labels: {},
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'w' },
      minReplicas: 1,
      maxReplicas: 10,
      metrics: [util('cpu', 60)],
    };
    const pods = [0, 1].map((i) => ({
      name: `p${i}`,
      phase: 'Running' as const,
      ready: true,
      readyLastTransition: 0,
      startTime: 0,
      containers: [{ name: 'app', requests: { cpu: 1000 } }],
    }));
    const samples = pods.map((p) => ({ pod: p.name, timestamp: 1_000_000, window: 15_000, cpu: 900, memory: 0, custom: {} }));
    const r = reconcile(newHpaState(), { hpa: spec, currentReplicas: 2, pods, samples, config: hpaControllerConfig() }, 1_000_000);
    expect(ratioNote(spec, r)).toBe('cpu utilization 90% / target 60% = ratio 1.5');
  });
});
