// Ports of k8s v1.28 pkg/kubelet/prober/worker_test.go TestFailureThreshold, TestSuccessThreshold,
// TestResultRunOnLivenessCheckFailure, TestResultRunOnStartupCheckFailure and
// TestStartupProbeFailureThreshold / TestStartupProbeSuccessThreshold.
import { describe, expect, it } from 'vitest';
import type { ProberOutcome, ProbeResult } from '../../../../src/k8s/kubelet/prober/types.js';
import type { ProbeWorker } from '../../../../src/k8s/kubelet/prober/worker.js';
import { CONTAINER_ID, NOW, failure, runningPod, success, testWorker } from './fixtures.js';

/** Runs probes in sequence; each row: handler outcome → expected cached result (and resultRun). */
function drive(w: ProbeWorker, started: boolean, rows: Array<[ProberOutcome, ProbeResult, number?]>) {
  rows.forEach(([outcome, expected, run], i) => {
    const step = w.probe(NOW + i * 1000, runningPod(started), () => outcome);
    expect(step.keepGoing, `probe ${i + 1}`).toBe(true);
    expect(w.cache.get(CONTAINER_ID), `probe ${i + 1}`).toBe(expected);
    if (run !== undefined) expect(w.resultRun, `resultRun after probe ${i + 1}`).toBe(run);
  });
}

describe('readiness thresholds', () => {
  it('TestFailureThreshold: failureThreshold 3 flips to Failure on the third failure, twice over', () => {
    const w = testWorker('readiness', { successThreshold: 1, failureThreshold: 3 });
    const cycle: Array<[ProberOutcome, ProbeResult]> = [
      [success(), 'Success'],
      [success(), 'Success'],
      [success(), 'Success'],
      [failure(), 'Success'],
      [failure(), 'Success'],
      [failure(), 'Failure'],
      [failure(), 'Failure'],
      [failure(), 'Failure'],
    ];
    drive(w, true, [...cycle, ...cycle]);
  });

  it('TestSuccessThreshold: successThreshold 3 needs three successes in a row', () => {
    const w = testWorker('readiness', { successThreshold: 3, failureThreshold: 1 });
    w.cache.set(CONTAINER_ID, 'Failure', NOW); // "start out failure"
    const cycle: Array<[ProberOutcome, ProbeResult]> = [
      [success(), 'Failure'],
      [success(), 'Failure'],
      [success(), 'Success'],
      [success(), 'Success'],
      [success(), 'Success'],
      [failure(), 'Failure'],
    ];
    drive(w, true, [...cycle, ...cycle]);
  });
});

describe('liveness/startup result runs', () => {
  it('TestResultRunOnLivenessCheckFailure: the run resets to 0 when the failure is cached', () => {
    const w = testWorker('liveness', { successThreshold: 1, failureThreshold: 3 });
    drive(w, true, [
      [success(), 'Success', 1],
      [failure(), 'Success', 1],
      [failure(), 'Success', 2],
      [failure(), 'Failure', 0],
    ]);
    expect(w.onHold).toBe(true);
  });

  it('TestResultRunOnStartupCheckFailure: Unknown until the third failure, then Failure and run 0', () => {
    const w = testWorker('startup', { successThreshold: 1, failureThreshold: 3 });
    drive(w, false, [
      [failure(), 'Unknown', 1],
      [failure(), 'Unknown', 2],
      [failure(), 'Failure', 0],
    ]);
  });

  it('TestStartupProbeFailureThreshold: on hold after failureThreshold failures, run 0', () => {
    const w = testWorker('startup', { successThreshold: 1, failureThreshold: 3 });
    drive(w, false, [
      [failure(), 'Unknown', 1],
      [failure(), 'Unknown', 2],
      [failure(), 'Failure', 0],
    ]);
    expect(w.onHold).toBe(true);
    const held = w.probe(NOW + 10_000, runningPod(false), () => failure());
    expect(held.reason).toBe('on-hold');
    expect(w.resultRun).toBe(0);
  });

  it('TestStartupProbeSuccessThreshold (v1.28): one success caches Success; no hold in v1.28', () => {
    // Later Kubernetes also puts a startup worker on hold after its success; v1.28 does not.
    const w = testWorker('startup', { successThreshold: 1, failureThreshold: 3 });
    drive(w, false, [[success(), 'Success', 1]]);
    expect(w.onHold).toBe(false);
  });
});

describe('counting quirks kept from worker.go', () => {
  it('lastResult/resultRun survive a new container ID (only onHold is cleared)', () => {
    // A readiness worker had 2 of 3 failures when the container restarted for another reason:
    // the first failure of the new container completes the run.
    const w = testWorker('readiness', { successThreshold: 1, failureThreshold: 3 });
    w.probe(NOW, runningPod(true), () => success());
    w.probe(NOW + 1000, runningPod(true), () => failure());
    w.probe(NOW + 2000, runningPod(true), () => failure());
    expect(w.cache.get(CONTAINER_ID)).toBe('Success');
    const step = w.probe(NOW + 3000, runningPod(true, NOW + 2500, 'test://bar'), () => failure());
    expect(step.updates.map((u) => u.result)).toEqual(['Failure']); // initial value Failure, then no change
    expect(w.resultRun).toBe(3);
    expect(w.cache.get(CONTAINER_ID)).toBeUndefined(); // the old container's result was removed
  });
});
