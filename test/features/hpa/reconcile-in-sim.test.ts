// The HPA in a running simulation: the SPEC worked example and the tolerance case at scenario
// level, the sync period (15 s and the manual's 30 s), and what it reports when it cannot scale.
import { describe, expect, it } from 'vitest';
import { column, hpaAt, hpaEvents, runHpa } from './helpers.js';

const RESCALE_3 =
  'New size: 3; reason: cpu resource utilization (percentage of request) above target (cpu utilization 90% / target 60% = ratio 1.5)';

describe('SPEC worked example: 2 replicas at 90 % CPU, target 60 %', () => {
  // 160 requests/s × 5 m·s over 2 pods + 50m baseline = 450m = 90 % of the 500m request.
  const { rec } = runHpa();

  it('scales 2 → 3 at the first sync that has metrics (first scrape at 15 s)', () => {
    const rescales = hpaEvents(rec).filter((e) => e[1] === 'SuccessfulRescale');
    expect(rescales).toEqual([[15, 'SuccessfulRescale', RESCALE_3]]);
    expect(rec.events.find((e) => e.reason === 'ScalingReplicaSet' && e.time === 15_000)?.message).toMatch(/to 3 from 2/);
  });

  it('the HPA saw 90 % then, and ~63 % on 3 pods afterwards: within tolerance, no further change', () => {
    expect(hpaAt(rec, 15)).toMatchObject({
      desiredReplicas: 3,
      cpuUtilization: 90,
      cpuUtilizationTarget: 60,
      ableToScaleReason: 'SucceededRescale',
    });
    expect(hpaAt(rec, 60)).toMatchObject({
      desiredReplicas: 3,
      currentReplicas: 3,
      cpuUtilization: 63,
      ableToScaleReason: 'ReadyForNewScale',
    });
    expect(
      column(rec, 'service', 'replicas')
        .filter(([t]) => t >= 15)
        .every(([, v]) => v === 3),
    ).toBe(true);
  });

  it('before the first scrape the HPA reports missing metrics, once (aggregated)', () => {
    expect(
      hpaEvents(rec)
        .filter((e) => e[0] === 0)
        .map((e) => e[1]),
    ).toEqual(['FailedGetResourceMetric', 'FailedComputeMetricsReplicas']);
    expect(hpaAt(rec, 0)).toMatchObject({ scalingActive: false, scalingActiveReason: 'FailedGetResourceMetric', cpuUtilization: null });
  });
});

describe('tolerance: ratio within 10 % of 1 → no change', () => {
  it('2 pods at 64 % with a 60 % target stay 2 for the whole run', () => {
    // 2 × (50 + 5 × r/2) = 2 × 320m → r = 108 requests/s.
    const { rec } = runHpa({ curve: 108 });
    expect(hpaAt(rec, 30)).toMatchObject({ cpuUtilization: 64, desiredReplicas: 2 });
    expect(hpaEvents(rec).filter((e) => e[1] === 'SuccessfulRescale')).toEqual([]);
  });

  it('just outside it (2 pods at 67 %, ratio 1.117) → ceil(2 × 1.117) = 3', () => {
    const { rec } = runHpa({ curve: 114 });
    expect(hpaAt(rec, 15)).toMatchObject({ cpuUtilization: 67, desiredReplicas: 3 });
  });
});

describe('sync period', () => {
  it('manual30s: the HPA reconciles at 0, 30, 60 s — the scale-up waits for 30 s', () => {
    const { rec } = runHpa({ hpaSection: '  hpa: { profile: manual30s }' });
    expect(
      hpaEvents(rec)
        .filter((e) => e[1] === 'SuccessfulRescale')
        .map((e) => e[0]),
    ).toEqual([30]);
  });

  it('a syncPeriod field overrides the profile: syncs at 0, 10, 20 s; the first scrape is at 15 s', () => {
    const { rec } = runHpa({ hpaSection: '  hpa: { profile: manual30s, syncPeriod: 10s }' });
    expect(
      hpaEvents(rec)
        .filter((e) => e[1] === 'SuccessfulRescale')
        .map((e) => e[0]),
    ).toEqual([20]);
  });

  it('metricResolution sets the scrape interval: the first metric comes at 25 s, seen by the sync at 30 s', () => {
    const { rec } = runHpa({ hpaSection: '  hpa: { metricResolution: 25s }' });
    expect(
      hpaEvents(rec)
        .filter((e) => e[1] === 'SuccessfulRescale')
        .map((e) => e[0]),
    ).toEqual([30]);
  });
});

describe('when the HPA cannot scale', () => {
  it('pods without CPU requests: it says why (once), ScalingActive=False, no scaling', () => {
    const { rec } = runHpa({ requests: null });
    const why = 'failed to get cpu utilization: missing request for cpu in container app of Pod';
    const failed = hpaEvents(rec).filter((e) => e[1] === 'FailedGetResourceMetric' && e[2].startsWith(why));
    expect(failed.map((e) => e[0])).toEqual([15]);
    expect(hpaAt(rec, 60)).toMatchObject({ scalingActive: false, scalingActiveReason: 'FailedGetResourceMetric', desiredReplicas: 0 });
    expect(hpaEvents(rec).some((e) => e[1] === 'SuccessfulRescale')).toBe(false);
  });

  it('a missing target: AbleToScale=False/FailedGetScale', () => {
    const { rec } = runHpa({ scaleTarget: 'StatefulSet' });
    // StatefulSets have a scale subresource (the statefulsets feature); there is none named web.
    expect(hpaEvents(rec)).toEqual([[0, 'FailedGetScale', 'statefulsets.apps "web" not found']]);
    expect(hpaAt(rec, 30)).toMatchObject({ ableToScale: false, ableToScaleReason: 'FailedGetScale' });
  });

  it('a Deployment scaled to 0 disables autoscaling (ScalingDisabled), and scaling back re-enables it', () => {
    const timeline =
      '  timeline:\n    - { at: 20s, scale: { target: deployment/web, replicas: 0 } }\n    - { at: 70s, scale: { target: deployment/web, replicas: 2 } }';
    const { rec } = runHpa({ timeline, duration: '3m' });
    expect(hpaAt(rec, 45)).toMatchObject({ scalingActive: false, scalingActiveReason: 'ScalingDisabled', desiredReplicas: 0 });
    expect(column(rec, 'service', 'replicas').find(([t]) => t === 60)?.[1]).toBe(0);
    const ups = hpaEvents(rec)
      .filter((e) => e[1] === 'SuccessfulRescale')
      .map((e) => [e[0], e[2].slice(0, 12)]);
    expect(ups).toEqual([
      [15, 'New size: 3;'],
      [90, 'New size: 3;'],
    ]);
  });

  it('below minReplicas: raised to min without metrics', () => {
    const { rec } = runHpa({ replicas: 1, min: 4, curve: 0 });
    expect(hpaEvents(rec).filter((e) => e[1] === 'SuccessfulRescale')).toEqual([
      [0, 'SuccessfulRescale', 'New size: 4; reason: Current number of replicas below Spec.MinReplicas'],
    ]);
  });
});
