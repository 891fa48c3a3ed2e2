// Restart and kill decisions of one pod sync. Tables ported from k8s v1.28
// pkg/kubelet/container/helpers_test.go TestShouldContainerBeRestarted and the regular-container
// rows of pkg/kubelet/kuberuntime/kuberuntime_manager_test.go TestComputePodActions.
import { describe, expect, it } from 'vitest';
import { containerActions, shouldContainerBeRestarted, type RuntimeView } from '../../../src/features/kubelet/actions.js';
import type { RestartPolicy } from '../../../src/model/types.js';

describe('TestShouldContainerBeRestarted', () => {
  // Newest status per container name, as FindContainerStatusByName returns it.
  const newest: Record<string, RuntimeView | undefined> = {
    'no-history': undefined,
    alive: { state: 'running' },
    succeed: { state: 'exited', exitCode: 0 },
    failed: { state: 'exited', exitCode: 1 },
    unknown: { state: 'unknown' },
  };
  const policies: RestartPolicy[] = ['Never', 'OnFailure', 'Always'];
  const expected: Record<string, boolean[]> = {
    'no-history': [true, true, true],
    alive: [false, false, false],
    succeed: [false, false, true],
    failed: [false, true, true],
    unknown: [true, true, true],
  };
  for (const [name, want] of Object.entries(expected)) {
    policies.forEach((policy, i) => {
      it(`${name} under ${policy} → ${want[i]}`, () => expect(shouldContainerBeRestarted(policy, newest[name])).toBe(want[i]));
      it(`${name} under ${policy}, pod being deleted → false`, () =>
        expect(shouldContainerBeRestarted(policy, newest[name], true)).toBe(false));
    });
  }
});

describe('TestComputePodActions (regular containers)', () => {
  const containers = [{ name: 'foo1' }, { name: 'foo2' }, { name: 'foo3' }];
  const base = (): RuntimeView[] => [{ state: 'running' }, { state: 'running' }, { state: 'running' }];
  type Row = [desc: string, policy: RestartPolicy, mutate: (s: Array<RuntimeView | undefined>) => void, start: number[], kill: number[]];
  const rows: Row[] = [
    ['everything is good; do nothing', 'Always', () => {}, [], []],
    ['start all containers for a new pod', 'Always', (s) => s.splice(0, 3, undefined, undefined, undefined), [0, 1, 2], []],
    [
      'restart exited containers if RestartPolicy == Always',
      'Always',
      (s) => {
        s[0] = { state: 'exited', exitCode: 0 };
        s[1] = { state: 'exited', exitCode: 111 };
      },
      [0, 1],
      [],
    ],
    [
      'restart failed containers if RestartPolicy == OnFailure',
      'OnFailure',
      (s) => {
        s[0] = { state: 'exited', exitCode: 0 };
        s[1] = { state: 'exited', exitCode: 111 };
      },
      [1],
      [],
    ],
    [
      "don't restart containers if RestartPolicy == Never",
      'Never',
      (s) => {
        s[0] = { state: 'exited', exitCode: 0 };
        s[1] = { state: 'exited', exitCode: 111 };
      },
      [],
      [],
    ],
    [
      'Kill and recreate the container if the liveness check has failed',
      'Always',
      (s) => {
        s[1] = { state: 'running', liveness: 'Failure' };
      },
      [1],
      [1],
    ],
    [
      'Kill and recreate the container if the startup check has failed',
      'Always',
      (s) => {
        s[1] = { state: 'running', startup: 'Failure' };
      },
      [1],
      [1],
    ],
    [
      'Kill and recreate the container if the container is in unknown state',
      'Never',
      (s) => {
        s[1] = { state: 'unknown' };
      },
      [1],
      [1],
    ],
    // Not upstream rows, same rules: Never kills without restarting; a liveness Success keeps the container.
    [
      'liveness failure under Never: kill only',
      'Never',
      (s) => {
        s[2] = { state: 'running', liveness: 'Failure' };
      },
      [],
      [2],
    ],
    [
      'liveness Success and startup Unknown: keep',
      'Always',
      (s) => {
        s[0] = { state: 'running', liveness: 'Success', startup: 'Unknown' };
      },
      [],
      [],
    ],
  ];
  for (const [desc, policy, mutate, start, kill] of rows) {
    it(desc, () => {
      const s: Array<RuntimeView | undefined> = base();
      mutate(s);
      const a = containerActions(policy, containers, s);
      expect(a.toStart).toEqual(start);
      expect(a.toKill.map((k) => k.index)).toEqual(kill);
    });
  }

  it('names the kill the way the kubelet event does', () => {
    const s: RuntimeView[] = [{ state: 'running', liveness: 'Failure' }, { state: 'running', startup: 'Failure' }, { state: 'running' }];
    expect(containerActions('Always', containers, s).toKill.map((k) => [k.reason, k.message])).toEqual([
      ['liveness', 'Container foo1 failed liveness probe, will be restarted'],
      ['startup', 'Container foo2 failed startup probe, will be restarted'],
    ]);
    expect(containerActions('Never', containers, s).toKill[0].message).toBe('Container foo1 failed liveness probe');
  });

  it('a pod being deleted starts nothing', () => {
    expect(
      containerActions('Always', containers, [undefined, { state: 'exited', exitCode: 1 }, { state: 'running' }], true).toStart,
    ).toEqual([]);
  });
});
