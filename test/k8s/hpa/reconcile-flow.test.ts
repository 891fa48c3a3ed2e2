// reconcile over virtual time: the SPEC worked examples, Kubernetes' event/condition texts, the
// missing-request report, and stabilization/rate limits across consecutive syncs (state carried
// between calls, clock injected).
import { describe, expect, it } from 'vitest';
import {
  defaultScaleDownRules,
  defaultScaleUpRules,
  hpaControllerConfig,
  newHpaState,
  reconcile,
  type HpaBehavior,
  type HpaPod,
  type HpaSpec,
  type HpaState,
  type PodSample,
  type ReconcileInput,
  type ReconcileResult,
} from '../../../src/k8s/hpa/index.js';
import { cpuUtilization } from './helpers.js';

const defaultBehavior = (): HpaBehavior => ({ scaleUp: defaultScaleUpRules(), scaleDown: defaultScaleDownRules() });

const CONFIG = hpaControllerConfig();
const T0 = 1_000_000;
const NO_REQUESTS: Readonly<Record<string, number>> = {};

function hpa(min: number, max: number, target: number, behavior?: HpaBehavior): HpaSpec {
  return {
    name: 'web',
    namespace: 'default',
    labels: {},
    scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
    minReplicas: min,
    maxReplicas: max,
    metrics: [cpuUtilization(target)],
    behavior,
  };
}

/** n running, ready pods started long ago, each requesting `request` m and using `usage` m. */
function workload(spec: HpaSpec, n: number, usage: number, now: number, request: number | null = 1000): ReconcileInput {
  const pods: HpaPod[] = Array.from({ length: n }, (_, i) => ({
    name: `web-${i}`,
    phase: 'Running',
    ready: true,
    readyLastTransition: 0,
    startTime: 0,
    containers: [{ name: 'app', requests: request === null ? NO_REQUESTS : { cpu: request } }],
  }));
  const samples: PodSample[] = pods.map((p) => ({
    pod: p.name,
    timestamp: now - 5_000,
    window: 15_000,
    cpu: usage,
    memory: 0,
    custom: {},
  }));
  return { hpa: spec, currentReplicas: n, pods, samples, config: CONFIG };
}

describe('SPEC worked examples', () => {
  it('2 replicas at 90 % CPU with target 60 % → 3', () => {
    const r = reconcile(newHpaState(), workload(hpa(1, 10, 60), 2, 900, T0), T0);
    expect(r.desiredReplicas).toBe(3);
    expect(r.currentMetrics[0]).toMatchObject({
      type: 'Resource',
      name: 'cpu',
      current: { averageUtilization: 90, averageValue: 900 },
      proposal: 3,
      ratio: 1.5,
    });
    expect(r.events).toEqual([
      {
        type: 'Normal',
        reason: 'SuccessfulRescale',
        message: 'New size: 3; reason: cpu resource utilization (percentage of request) above target',
      },
    ]);
    expect(r.state.lastScaleTime).toBe(T0);
  });

  it('2 replicas at 64 % with target 60 % (ratio within 10 %) → 2, nothing written', () => {
    const r = reconcile(newHpaState(), workload(hpa(1, 10, 60), 2, 640, T0), T0);
    expect([r.desiredReplicas, r.rescale, r.events]).toEqual([2, false, []]);
    expect(r.conditions.find((c) => c.type === 'AbleToScale')?.reason).toBe('ReadyForNewScale');
  });
});

describe('Kubernetes texts', () => {
  it('TestEventCreated: the rescale event message', () => {
    const r = reconcile(newHpaState(), workload(hpa(1, 5, 50), 1, 200, T0, 200), T0);
    expect(r.events.map((e) => e.message)).toEqual(['New size: 2; reason: cpu resource utilization (percentage of request) above target']);
    expect(r.conditions.find((c) => c.type === 'AbleToScale')?.message).toBe('the HPA controller was able to update the target scale to 2');
  });

  it('pods without a CPU request: reports why, ScalingActive=False/FailedGetResourceMetric, no scaling', () => {
    const r = reconcile(newHpaState(), workload(hpa(1, 10, 50), 2, 900, T0, null), T0);
    const why = 'failed to get cpu utilization: missing request for cpu in container app of Pod web-0';
    expect([r.desiredReplicas, r.rescale]).toEqual([2, false]);
    expect(r.conditions.find((c) => c.type === 'ScalingActive')).toMatchObject({
      status: 'False',
      reason: 'FailedGetResourceMetric',
      message: `the HPA was unable to compute the replica count: ${why}`,
    });
    expect(r.events).toEqual([
      { type: 'Warning', reason: 'FailedGetResourceMetric', message: why },
      {
        type: 'Warning',
        reason: 'FailedComputeMetricsReplicas',
        message: `invalid metrics (1 invalid out of 1), first error is: failed to get cpu resource metric value: ${why}`,
      },
    ]);
    expect(r.error).toBe(
      `failed to compute desired number of replicas based on listed metrics for Deployment/default/web: invalid metrics (1 invalid out of 1), first error is: failed to get cpu resource metric value: ${why}`,
    );
    expect(r.currentMetrics[0].error).toBe(why);
  });

  it('a target scaled to zero disables autoscaling', () => {
    const r = reconcile(newHpaState(), workload(hpa(1, 10, 50), 0, 0, T0), T0);
    expect([r.desiredReplicas, r.rescale]).toEqual([0, false]);
    expect(r.conditions.find((c) => c.type === 'ScalingActive')?.message).toBe(
      'scaling is disabled since the replica count of the target is zero',
    );
  });

  it('min/max short cuts name their reason without reading metrics', () => {
    const above = reconcile(newHpaState(), workload(hpa(1, 3, 50), 5, 0, T0), T0);
    expect(above.events[0].message).toBe('New size: 3; reason: Current number of replicas above Spec.MaxReplicas');
    const below = reconcile(newHpaState(), workload(hpa(4, 6, 50), 2, 0, T0), T0);
    expect(below.events[0].message).toBe('New size: 4; reason: Current number of replicas below Spec.MinReplicas');
  });
});

/** Runs one reconcile per sync period; the workload follows the HPA's decisions. */
function run(
  spec: HpaSpec,
  start: number,
  usageAt: (t: number) => number,
  syncs: number,
  period = CONFIG.syncPeriod,
): Array<{ t: number; r: ReconcileResult }> {
  let state: HpaState = newHpaState();
  let replicas = start;
  const out: Array<{ t: number; r: ReconcileResult }> = [];
  for (let i = 0; i < syncs; i++) {
    const t = T0 + i * period;
    const r = reconcile(state, workload(spec, replicas, usageAt(t), t), t);
    state = r.state;
    replicas = r.desiredReplicas;
    out.push({ t, r });
  }
  return out;
}

describe('legacy path over time', () => {
  it('the first reconcile cannot scale below the current size for one downscale window (seeded history)', () => {
    const steps = run(hpa(1, 10, 50), 4, () => 100, 25);
    const firstDown = steps.find((s) => s.r.rescale);
    // The seed (4, T0) still counts at exactly T0 + 300 s and is out at the next sync.
    expect(firstDown?.t).toBe(T0 + 315_000);
    expect(firstDown?.r.desiredReplicas).toBe(1);
    expect(steps[1].r.conditions.find((c) => c.type === 'AbleToScale')?.reason).toBe('ScaleDownStabilized');
  });

  it('scales up at most to max(2 × current, 4) per reconcile', () => {
    const steps = run(hpa(1, 100, 10), 1, () => 1000, 4);
    expect(steps.map((s) => s.r.desiredReplicas)).toEqual([4, 8, 16, 32]);
    expect(steps[0].r.conditions.find((c) => c.type === 'ScalingLimited')).toMatchObject({ status: 'True', reason: 'ScaleUpLimit' });
  });
});

describe('behavior path over time', () => {
  it('default scale-up policy: max(+4 pods, +100 %) per 15 s, counted from stored scale events', () => {
    const steps = run(hpa(1, 100, 10, defaultBehavior()), 1, () => 1000, 4);
    expect(steps.map((s) => s.r.desiredReplicas)).toEqual([5, 10, 20, 40]);
    // Changes 4, 5, 10, 20; an event older than the longest period (15 s) is reused for the next one.
    expect(steps[3].r.state.scaleUpEvents.map((e) => [e.change, e.timestamp - T0])).toEqual([
      [10, 30_000],
      [20, 45_000],
    ]);
  });

  it('a sync inside the policy period sees the previous scale-up and may not add more', () => {
    const steps = run(hpa(1, 100, 10, defaultBehavior()), 1, () => 1000, 3, 10_000);
    // t=0: 1 → 5; t=10 s: period start = 5 − 4 = 1 → limit 5: held; t=20 s: the event is 20 s old → 10.
    expect(steps.map((s) => s.r.desiredReplicas)).toEqual([5, 5, 10]);
    expect(steps[1].r.conditions.find((c) => c.type === 'ScalingLimited')?.reason).toBe('ScaleUpLimit');
  });

  it('scale-down waits for the controller window when behavior leaves it unset', () => {
    const steps = run(hpa(1, 10, 50, defaultBehavior()), 4, () => 100, 23);
    // Unlike the legacy path, an entry exactly one window old is already out (After(cutoff) is strict).
    expect(steps.find((s) => s.r.rescale)?.t).toBe(T0 + 300_000);
  });
});

describe('state handling', () => {
  it('does not mutate the state it is given, and keeps a condition transition time while its status holds', () => {
    const first = reconcile(newHpaState(), workload(hpa(1, 10, 60), 2, 900, T0), T0);
    const frozen = JSON.stringify(first.state);
    const second = reconcile(first.state, workload(hpa(1, 10, 60), 3, 600, T0 + 15_000), T0 + 15_000);
    expect(JSON.stringify(first.state)).toBe(frozen);
    expect(second.conditions.find((c) => c.type === 'ScalingActive')?.lastTransitionTime).toBe(T0);
    // The seed (2, T0), then one unstabilized recommendation per reconcile.
    expect(second.state.recommendations?.map((x) => x.replicas)).toEqual([2, 3, 3]);
  });

  it('manual30s profile syncs every 30 s', () => {
    expect(hpaControllerConfig('manual30s').syncPeriod).toBe(30_000);
    expect(hpaControllerConfig().syncPeriod).toBe(15_000);
    expect(hpaControllerConfig('manual30s', { tolerance: 0.2 })).toMatchObject({
      syncPeriod: 30_000,
      tolerance: 0.2,
      downscaleStabilization: 300_000,
      cpuInitializationPeriod: 300_000,
      initialReadinessDelay: 30_000,
      scaleUpLimitFactor: 2,
      scaleUpLimitMinimum: 4,
    });
  });
});
