// Pod phase tables ported from k8s v1.28 pkg/kubelet/kubelet_pods_test.go: TestPodPhaseWithRestartAlways,
// TestPodPhaseWithRestartNever, TestPodPhaseWithRestartOnFailure, TestPodPhaseWithRestartAlwaysInitContainers,
// TestPodPhaseWithRestartNeverInitContainers and TestPodPhaseWithRestartAlwaysRestartableInitContainers.
import { describe, expect, it } from 'vitest';
import { podPhase, type PhaseSpec, type PhaseStatus } from '../../../src/features/kubelet/phase.js';
import type { PodPhase, RestartPolicy } from '../../../src/model/types.js';

// The upstream helpers: running, stopped (terminated, exit 0), succeeded (exit 0), failed (exit -1),
// waiting (no last termination), waiting with a last termination (exit 0 or non-zero), started (running + started).
const running = (name: string): PhaseStatus => ({ name, state: 'running' });
const started = (name: string): PhaseStatus => ({ name, state: 'running', started: true });
const stopped = (name: string): PhaseStatus => ({ name, state: 'terminated', exitCode: 0 });
const succeeded = stopped;
const failed = (name: string): PhaseStatus => ({ name, state: 'terminated', exitCode: -1 });
const waiting = (name: string): PhaseStatus => ({ name, state: 'waiting' });
const waitingLastTerminated = (name: string): PhaseStatus => ({ name, state: 'waiting', lastExitCode: 0 });
const waitingLastFailed = (name: string): PhaseStatus => ({ name, state: 'waiting', lastExitCode: 42 });

const spec = (restartPolicy: RestartPolicy, init: PhaseSpec['initContainers'] = []): PhaseSpec => ({
  restartPolicy,
  containers: [{ name: 'containerA' }, { name: 'containerB' }],
  initContainers: init,
});

type Row = [name: string, statuses: PhaseStatus[], want: PodPhase, podIsTerminal?: boolean];
const A = 'containerA';
const B = 'containerB';
const X = 'containerX';

function table(title: string, s: PhaseSpec, rows: Row[]): void {
  describe(title, () => {
    for (const [name, statuses, want, terminal] of rows) {
      it(name, () => expect(podPhase(s, statuses, terminal ?? false)).toBe(want));
    }
  });
}

table('TestPodPhaseWithRestartAlways', spec('Always'), [
  ['waiting', [], 'Pending'],
  ['all running', [running(A), running(B)], 'Running'],
  ['all stopped with restart always', [stopped(A), stopped(B)], 'Running'],
  ['all succeeded with restart always, but the pod is terminal', [succeeded(A), succeeded(B)], 'Succeeded', true],
  ['all stopped with restart always, but the pod is terminal', [succeeded(A), failed(B)], 'Failed', true],
  ['mixed state #1 with restart always', [running(A), stopped(B)], 'Running'],
  ['mixed state #2 with restart always', [running(A)], 'Pending'],
  ['mixed state #3 with restart always', [running(A), waiting(B)], 'Pending'],
  ['backoff crashloop container with restart always', [running(A), waitingLastTerminated(B)], 'Running'],
]);

table('TestPodPhaseWithRestartNever', spec('Never'), [
  ['waiting', [], 'Pending'],
  ['all running with restart never', [running(A), running(B)], 'Running'],
  ['all succeeded with restart never', [succeeded(A), succeeded(B)], 'Succeeded'],
  ['all failed with restart never', [failed(A), failed(B)], 'Failed'],
  ['mixed state #1 with restart never', [running(A), succeeded(B)], 'Running'],
  ['mixed state #2 with restart never', [running(A)], 'Pending'],
  ['mixed state #3 with restart never', [running(A), waiting(B)], 'Pending'],
]);

table('TestPodPhaseWithRestartOnFailure', spec('OnFailure'), [
  ['waiting', [], 'Pending'],
  ['all running with restart onfailure', [running(A), running(B)], 'Running'],
  ['all succeeded with restart onfailure', [succeeded(A), succeeded(B)], 'Succeeded'],
  ['all failed with restart never', [failed(A), failed(B)], 'Running'],
  ['mixed state #1 with restart onfailure', [running(A), succeeded(B)], 'Running'],
  ['mixed state #2 with restart onfailure', [running(A)], 'Pending'],
  ['mixed state #3 with restart onfailure', [running(A), waiting(B)], 'Pending'],
  ['backoff crashloop container with restart onfailure', [running(A), waitingLastTerminated(B)], 'Running'],
]);

table('TestPodPhaseWithRestartAlwaysInitContainers', spec('Always', [{ name: X }]), [
  ['empty, waiting', [], 'Pending'],
  ['init container running', [running(X)], 'Pending'],
  ['init container terminated non-zero', [failed(X)], 'Pending'],
  ['init container waiting, terminated zero', [waitingLastTerminated(X)], 'Pending'],
  ['init container waiting, terminated non-zero', [waitingLastFailed(X)], 'Pending'],
  ['init container waiting, not terminated', [waiting(X)], 'Pending'],
  ['init container succeeded', [succeeded(X), running(A), running(B)], 'Running'],
]);

table('TestPodPhaseWithRestartNeverInitContainers', spec('Never', [{ name: X }]), [
  ['empty, waiting', [], 'Pending'],
  ['init container running', [running(X)], 'Pending'],
  ['init container terminated non-zero', [failed(X)], 'Failed'],
  ['init container waiting, terminated zero', [waitingLastTerminated(X)], 'Pending'],
  ['init container waiting, terminated non-zero', [waitingLastFailed(X)], 'Failed'],
  ['init container waiting, not terminated', [waiting(X)], 'Pending'],
  ['init container succeeded', [succeeded(X), running(A), running(B)], 'Running'],
]);

table('TestPodPhaseWithRestartAlwaysRestartableInitContainers', spec('Always', [{ name: X, restartPolicy: 'Always' }]), [
  ['empty, waiting', [], 'Pending'],
  ['restartable init container running', [running(X)], 'Pending'],
  ['restartable init container stopped', [stopped(X)], 'Pending'],
  ['restartable init container waiting, terminated zero', [waitingLastTerminated(X)], 'Pending'],
  ['restartable init container waiting, terminated non-zero', [waitingLastFailed(X)], 'Pending'],
  ['restartable init container waiting, not terminated', [waiting(X)], 'Pending'],
  ['restartable init container started, 1/2 regular container running', [started(X), running(A)], 'Pending'],
  ['restartable init container started, all regular containers running', [started(X), running(A), running(B)], 'Running'],
  ['restartable init container running, all regular containers running', [running(X), running(A), running(B)], 'Running'],
  ['restartable init container stopped, all regular containers running', [stopped(X), running(A), running(B)], 'Running'],
  [
    'backoff crashloop restartable init container, all regular containers running',
    [waitingLastTerminated(X), running(A), running(B)],
    'Running',
  ],
  [
    'all regular containers succeeded and restartable init container failed with restart always, but the pod is terminal',
    [failed(X), succeeded(A), succeeded(B)],
    'Succeeded',
    true,
  ],
  [
    'all regular containers succeeded and restartable init container succeeded with restart always, but the pod is terminal',
    [succeeded(X), succeeded(A), succeeded(B)],
    'Succeeded',
    true,
  ],
]);
