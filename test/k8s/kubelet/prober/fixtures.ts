// Test fixtures shaped like k8s pkg/kubelet/prober/common_test.go: one pod, one container
// "foo" with ID "test://foo", started "now"; exec probes whose outcome the test chooses.
import type { ProbeSpec } from '../../../../src/model/types.js';
import type { PodObservation } from '../../../../src/k8s/kubelet/prober/worker.js';
import type { ProberOutcome, ProbeType } from '../../../../src/k8s/kubelet/prober/types.js';
import { ProbeWorker } from '../../../../src/k8s/kubelet/prober/worker.js';

export const CONTAINER_ID = 'test://foo';
export const NOW = 1_000_000;

/** common_test.go newTestWorker: exec handler; timeout 1, period 1, thresholds 1 unless overridden. */
export function testWorker(type: ProbeType, overrides: Partial<ProbeSpec> = {}): ProbeWorker {
  const spec: ProbeSpec = {
    handler: { kind: 'exec', command: [] },
    initialDelaySeconds: 0,
    timeoutSeconds: 1,
    periodSeconds: 1,
    successThreshold: 1,
    failureThreshold: 1,
    ...overrides,
  };
  return new ProbeWorker(type, spec);
}

/** common_test.go getTestRunningStatusWithStarted; the test pod's restartPolicy is Never. */
export function runningPod(started: boolean, startedAt = NOW, id = CONTAINER_ID): PodObservation {
  return { phase: 'Running', restartPolicy: 'Never', container: { id, state: 'running', startedAt, started } };
}

export const success = (durationMs = 0): ProberOutcome => ({ result: 'Success', output: '', durationMs, attempts: 1 });
export const failure = (durationMs = 0): ProberOutcome => ({ result: 'Failure', output: '', durationMs, attempts: 1 });
export const errored = (): ProberOutcome => ({ result: 'Failure', error: 'exec error', output: '', durationMs: 0, attempts: 3 });
