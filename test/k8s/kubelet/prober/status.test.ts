// Ports of k8s v1.28 pkg/kubelet/prober/prober_manager_test.go TestUpdatePodStatus and
// TestUpdatePodStatusWithInitContainers, plus the pod Ready condition (status/generate.go).
import { describe, expect, it } from 'vitest';
import { computeStartedReady, type ContainerProbeView } from '../../../../src/k8s/kubelet/prober/status.js';

const view = (name: string, v: Partial<ContainerProbeView>): ContainerProbeView => ({
  name,
  running: true,
  hasStartupProbe: false,
  hasReadinessProbe: false,
  ...v,
});

describe('UpdatePodStatus', () => {
  it('TestUpdatePodStatus: readiness of each container', () => {
    const containers = [
      view('unprobed', {}), // only a liveness worker
      view('probed_ready', { hasReadinessProbe: true, readinessResult: 'Success' }),
      view('probed_pending', { hasReadinessProbe: true }),
      view('probed_unready', { hasReadinessProbe: true, readinessResult: 'Failure' }),
      view('not_started_no_readiness', { hasStartupProbe: true }),
      view('started_no_readiness', { hasStartupProbe: true, startupResult: 'Success' }),
      view('terminated', { running: false, hasReadinessProbe: true, readinessResult: 'Success' }),
    ];
    const r = computeStartedReady(containers);
    expect(Object.fromEntries(r.containers.map((c) => [c.name, c.ready]))).toEqual({
      unprobed: true,
      probed_ready: true,
      probed_pending: false,
      probed_unready: false,
      not_started_no_readiness: false,
      started_no_readiness: true,
      terminated: false,
    });
    expect(r.containers.filter((c) => c.triggerReadiness).map((c) => c.name)).toEqual(['probed_pending', 'probed_unready']);
    expect(r.podReady).toBe(false);
  });

  const initCases: Array<[desc: string, restartable: boolean, started: boolean[], ready: boolean[]]> = [
    ['init containers', false, [false, true, false], [false, false, true]],
    ['init containers with restartPolicy Always', true, [false, true, false], [false, true, false]],
  ];
  for (const [desc, restartable, started, ready] of initCases) {
    it(`TestUpdatePodStatusWithInitContainers: ${desc}`, () => {
      const r = computeStartedReady([
        view('not_started', { init: true, restartable, hasStartupProbe: true }),
        view('started', { init: true, restartable, hasStartupProbe: true, startupResult: 'Success' }),
        view('terminated', { init: true, restartable, running: false, exitCode: 0 }),
      ]);
      expect(r.containers.map((c) => c.started)).toEqual(started);
      expect(r.containers.map((c) => c.ready)).toEqual(ready);
    });
  }

  it('startup result Unknown/Failure means not started', () => {
    const r = computeStartedReady([
      view('a', { hasStartupProbe: true, startupResult: 'Unknown' }),
      view('b', { hasStartupProbe: true, startupResult: 'Failure' }),
    ]);
    expect(r.containers.map((c) => c.started)).toEqual([false, false]);
  });

  it('pod Ready needs every regular container ready and every readiness gate', () => {
    const both = [view('a', {}), view('b', { hasReadinessProbe: true, readinessResult: 'Success' })];
    expect(computeStartedReady(both).podReady).toBe(true);
    expect(computeStartedReady(both, [true, false]).podReady).toBe(false);
    expect(computeStartedReady([view('a', {}), view('b', { hasReadinessProbe: true })]).podReady).toBe(false);
    // A non-restartable init container that is still running does not block ContainersReady.
    expect(computeStartedReady([view('init', { init: true }), view('a', {})]).containersReady).toBe(true);
    expect(computeStartedReady([]).podReady).toBe(false);
  });
});
