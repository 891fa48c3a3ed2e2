// Ports of k8s v1.28 pkg/kubelet/prober/worker_test.go TestOnHoldOnLivenessOrStartupCheckFailure,
// TestLivenessProbeDisabledByStarted, TestStartupProbeDisabledByStarted, TestCleanUp and
// TestHandleCrash (here: a prober error is discarded), plus the kill action the kubelet takes.
import { describe, expect, it } from 'vitest';
import type { ProbeType } from '../../../../src/k8s/kubelet/prober/types.js';
import { CONTAINER_ID, NOW, errored, failure, runningPod, success, testWorker } from './fixtures.js';

describe('on hold after a liveness/startup failure', () => {
  for (const type of ['liveness', 'startup'] as ProbeType[]) {
    it(`${type}: held until a new container ID, then probing resumes`, () => {
      const w = testWorker(type, { successThreshold: 1, failureThreshold: 1 });
      const started = type !== 'startup';
      const first = w.probe(NOW, runningPod(started), () => failure());
      expect(first.keepGoing).toBe(true);
      expect(w.cache.get(CONTAINER_ID)).toBe('Failure');
      expect(w.onHold).toBe(true);
      expect(first.action).toBe('kill');
      expect(first.killReason).toBe(`failed ${type} probe`);

      let ran = false;
      const held = w.probe(NOW + 1000, runningPod(started), () => {
        ran = true;
        return success();
      });
      expect(ran).toBe(false);
      expect(held.keepGoing).toBe(true);
      expect(w.cache.get(CONTAINER_ID)).toBe('Failure');
      expect(w.onHold).toBe(true);

      const lifted = w.probe(NOW + 2000, runningPod(started, NOW + 1500, 'test://newCont_ID'), () => success());
      expect(lifted.keepGoing).toBe(true);
      expect(w.cache.get('test://newCont_ID')).toBe('Success');
      expect(w.onHold).toBe(false); // v1.28: only a Failure puts a worker on hold
    });
  }

  it('readiness failures never hold the worker and never kill', () => {
    const w = testWorker('readiness', { failureThreshold: 1 });
    const step = w.probe(NOW, runningPod(true), () => failure());
    expect(w.cache.get(CONTAINER_ID)).toBe('Failure');
    expect(w.onHold).toBe(false);
    expect(step.action).toBeUndefined();
  });

  it("the kill carries the probe's own terminationGracePeriodSeconds", () => {
    const w = testWorker('liveness', { terminationGracePeriodSeconds: 5 });
    expect(w.probe(NOW, runningPod(true), () => failure()).killGracePeriodSeconds).toBe(5);
  });
});

describe('startup gating', () => {
  it('TestLivenessProbeDisabledByStarted: liveness does not probe before the container started', () => {
    const w = testWorker('liveness', { successThreshold: 1, failureThreshold: 1 });
    const before = w.probe(NOW, runningPod(false), () => failure());
    expect(before.reason).toBe('startup-gate');
    expect(w.cache.get(CONTAINER_ID)).toBe('Success');
    w.probe(NOW + 1000, runningPod(true), () => failure());
    expect(w.cache.get(CONTAINER_ID)).toBe('Failure');
  });

  it('TestStartupProbeDisabledByStarted: startup stops probing once the container started', () => {
    const w = testWorker('startup', { successThreshold: 1, failureThreshold: 2 });
    w.probe(NOW, runningPod(false), () => failure());
    expect(w.cache.get(CONTAINER_ID)).toBe('Unknown');
    w.probe(NOW + 1000, runningPod(false), () => success());
    expect(w.cache.get(CONTAINER_ID)).toBe('Success');
    const after = w.probe(NOW + 2000, runningPod(true), () => failure());
    expect(after.reason).toBe('startup-gate');
    expect(w.cache.get(CONTAINER_ID)).toBe('Success');
  });

  it('readiness waits for the startup probe too', () => {
    const w = testWorker('readiness');
    expect(w.probe(NOW, runningPod(false), () => success()).reason).toBe('startup-gate');
    expect(w.cache.get(CONTAINER_ID)).toBe('Failure');
  });
});

describe('prober errors and clean-up', () => {
  it('TestHandleCrash-like: an errored probe is discarded (no count, no cache change)', () => {
    const w = testWorker('readiness', { failureThreshold: 1 });
    w.probe(NOW, runningPod(true), () => success());
    expect(w.resultRun).toBe(1);
    const step = w.probe(NOW + 1000, runningPod(true), errored);
    expect(step.reason).toBe('probe-error');
    expect(step.keepGoing).toBe(true);
    expect(w.resultRun).toBe(1);
    expect(w.cache.get(CONTAINER_ID)).toBe('Success');
  });

  for (const type of ['liveness', 'readiness', 'startup'] as ProbeType[]) {
    it(`TestCleanUp (${type}): stop clears the result and may be called many times`, () => {
      const w = testWorker(type);
      w.probe(NOW, runningPod(type !== 'startup'), () => success());
      expect(w.cache.get(CONTAINER_ID)).toBe('Success');
      for (let i = 0; i < 10; i++) w.stop();
      expect(w.cache.get(CONTAINER_ID)).toBeUndefined();
      expect(w.stopped).toBe(true);
      expect(w.probe(NOW + 1000, runningPod(true), () => success()).keepGoing).toBe(false);
    });
  }
});

describe('result timing and publication', () => {
  it('the result takes effect when the handler returns; unchanged results publish nothing', () => {
    const w = testWorker('readiness');
    const first = w.probe(NOW, runningPod(true), () => success(250));
    expect(first.updates).toEqual([
      { probeType: 'readiness', containerId: CONTAINER_ID, result: 'Failure', at: NOW },
      { probeType: 'readiness', containerId: CONTAINER_ID, result: 'Success', at: NOW + 250 },
    ]);
    expect(first.resultAt).toBe(NOW + 250);
    const second = w.probe(NOW + 1000, runningPod(true), () => success(250));
    expect(second.changed).toBe(false);
    expect(second.updates).toEqual([]);
  });

  it('fast-forwarding steady probes leaves the same state as probing step by step', () => {
    const a = testWorker('readiness', { successThreshold: 2, failureThreshold: 3 });
    const b = testWorker('readiness', { successThreshold: 2, failureThreshold: 3 });
    for (const w of [a, b]) for (let i = 0; i < 2; i++) w.probe(NOW + i * 1000, runningPod(true), () => success());
    expect(a.steadyUnder('Success')).toBe(true);
    expect(a.steadyUnder('Failure')).toBe(false);
    for (let i = 2; i < 40; i++) a.probe(NOW + i * 1000, runningPod(true), () => success());
    b.skipSteadyProbes(38, 'Success');
    expect(b.resultRun).toBe(a.resultRun);
    // Both react identically to the next failures.
    for (let i = 40; i < 43; i++) {
      const sa = a.probe(NOW + i * 1000, runningPod(true), () => failure());
      const sb = b.probe(NOW + i * 1000, runningPod(true), () => failure());
      expect(sb).toEqual(sa);
    }
    expect(a.cache.get(CONTAINER_ID)).toBe('Failure');
  });

  it('a liveness worker is never steady under failure', () => {
    const w = testWorker('liveness', { failureThreshold: 3 });
    w.probe(NOW, runningPod(true), () => success());
    expect(w.steadyUnder('Success')).toBe(true);
    expect(w.steadyUnder('Failure')).toBe(false);
    expect(() => w.skipSteadyProbes(3, 'Failure')).toThrow(/not steady/);
  });
});
