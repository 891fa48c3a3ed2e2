// Port of k8s v1.28 pkg/kubelet/prober/worker_test.go TestDoProbe and TestInitialDelay.
import { describe, expect, it } from 'vitest';
import type { PodObservation } from '../../../../src/k8s/kubelet/prober/worker.js';
import type { ProbeResult, ProbeType } from '../../../../src/k8s/kubelet/prober/types.js';
import { CONTAINER_ID, NOW, runningPod, success, testWorker } from './fixtures.js';

const TYPES: ProbeType[] = ['liveness', 'readiness', 'startup'];

interface Case {
  name: string;
  pod: (type: ProbeType) => PodObservation | undefined;
  initialDelaySeconds?: number;
  /** Expected keepGoing per probe type (missing = false). */
  keepGoing: Partial<Record<ProbeType, boolean>>;
  /** Expected cached result; undefined = nothing cached. */
  result?: ProbeResult;
}

const all = { liveness: true, readiness: true, startup: true };
// A container counts as started for liveness/readiness workers, not for the startup worker.
const running = (type: ProbeType) => runningPod(type !== 'startup');

const CASES: Case[] = [
  { name: 'no pod status', pod: () => undefined, keepGoing: all },
  { name: 'pod failed', pod: (t) => ({ ...running(t), phase: 'Failed' }), keepGoing: {} },
  { name: 'pod being deleted', pod: (t) => ({ ...running(t), deleting: true }), keepGoing: { readiness: true }, result: 'Success' },
  { name: 'no status for this container', pod: (t) => ({ ...running(t), container: undefined }), keepGoing: all },
  {
    name: 'container waiting',
    pod: (t) => ({ ...running(t), container: { id: CONTAINER_ID, state: 'waiting', started: t !== 'startup' } }),
    keepGoing: all,
    result: 'Failure',
  },
  {
    name: 'container terminated (restartPolicy Never)',
    pod: (t) => ({ ...running(t), container: { id: CONTAINER_ID, state: 'terminated', started: t !== 'startup' } }),
    keepGoing: {},
    result: 'Failure',
  },
  { name: 'probe successful', pod: running, keepGoing: all, result: 'Success' },
  { name: 'initial delay passed', pod: running, initialDelaySeconds: -100, keepGoing: all, result: 'Success' },
];

describe('worker doProbe (worker_test.go TestDoProbe)', () => {
  for (const type of TYPES) {
    for (const c of CASES) {
      it(`${type}: ${c.name}`, () => {
        const w = testWorker(type, { initialDelaySeconds: c.initialDelaySeconds ?? 0 });
        const step = w.probe(NOW, c.pod(type), () => success());
        expect(step.keepGoing).toBe(c.keepGoing[type] ?? false);
        expect(w.cache.get(CONTAINER_ID)).toBe(c.result);
      });
    }
  }

  it('a terminated container keeps the worker going when it will be restarted', () => {
    const w = testWorker('liveness');
    const pod: PodObservation = {
      phase: 'Running',
      restartPolicy: 'Always',
      container: { id: CONTAINER_ID, state: 'terminated', started: true },
    };
    expect(w.probe(NOW, pod, () => success()).keepGoing).toBe(true);
    expect(w.cache.get(CONTAINER_ID)).toBe('Failure');
  });
});

describe('worker initial delay (worker_test.go TestInitialDelay)', () => {
  const initial: Record<ProbeType, ProbeResult> = { liveness: 'Success', readiness: 'Failure', startup: 'Unknown' };
  for (const type of TYPES) {
    it(`${type}: initial value during the delay, probe result after it`, () => {
      const w = testWorker(type, { initialDelaySeconds: 10 });
      const during = w.probe(NOW, runningPod(type !== 'startup', NOW), () => success());
      expect(during.keepGoing).toBe(true);
      expect(during.reason).toBe('initial-delay');
      expect(w.cache.get(CONTAINER_ID)).toBe(initial[type]);
      // 100 seconds later.
      const after = w.probe(NOW, runningPod(type !== 'startup', NOW - 100_000), () => success());
      expect(after.keepGoing).toBe(true);
      expect(w.cache.get(CONTAINER_ID)).toBe('Success');
    });
  }

  // Boundary of int32(time.Since(startedAt).Seconds()) < initialDelaySeconds: whole seconds, truncated.
  const boundary: Array<[ageMs: number, probed: boolean]> = [
    [9_999, false],
    [10_000, true],
    [10_999, true],
    [0, false],
  ];
  for (const [ageMs, probed] of boundary) {
    it(`age ${ageMs} ms with initialDelaySeconds 10 → ${probed ? 'probed' : 'skipped'}`, () => {
      const w = testWorker('readiness', { initialDelaySeconds: 10 });
      let ran = false;
      w.probe(NOW, runningPod(true, NOW - ageMs), () => {
        ran = true;
        return success();
      });
      expect(ran).toBe(probed);
    });
  }
});
