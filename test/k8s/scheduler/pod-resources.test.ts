// PodRequests and NodeInfo bookkeeping. The sidecar rows come from k8s v1.28
// pkg/api/v1/resource/helpers_test.go (TestPodResourceRequests); the non-zero rows follow
// pkg/scheduler/framework/types.go calculateResource.
import { describe, expect, it } from 'vitest';
import type { PodObject, ResourceList } from '../../../src/model/types.js';
import { addPod, newNodeInfo, removePod } from '../../../src/k8s/scheduler/node-info.js';
import { podNonZeroRequests, podRequests } from '../../../src/k8s/scheduler/pod-resources.js';
import { container, node, pod } from './fixtures.js';

const cpu = (cores: number): ResourceList => ({ cpu: cores * 1000 });

/** A pod whose init containers are [requests, restartable?] pairs. */
function withInit(containers: ResourceList[], init: Array<[ResourceList, boolean]>): PodObject {
  const p = pod({ containers });
  p.spec.initContainers = init.map(([r, sidecar]) => container(r, sidecar ? 'Always' : undefined));
  return p;
}

describe('PodRequests with restartable init containers (helpers_test.go TestPodResourceRequests)', () => {
  const cases: Array<[string, PodObject, number]> = [
    ['restartable init container', withInit([cpu(1)], [[cpu(1), true]]), 2],
    [
      'multiple restartable init containers',
      withInit(
        [cpu(1)],
        [
          [cpu(5), false],
          [cpu(1), true],
          [cpu(2), true],
          [cpu(3), true],
        ],
      ),
      7,
    ],
    [
      'multiple restartable and regular init containers',
      withInit(
        [cpu(1)],
        [
          [cpu(5), false],
          [cpu(1), true],
          [cpu(2), true],
          [cpu(5), false],
          [cpu(3), true],
        ],
      ),
      8,
    ],
    [
      'restartable-init, init and regular',
      withInit(
        [cpu(100)],
        [
          [cpu(10), true],
          [cpu(200), false],
        ],
      ),
      210,
    ],
  ];
  it.each(cases)('%s', (_name, p, cores) => {
    expect(podRequests(p.spec).cpu).toBe(cores * 1000);
  });
});

describe('PodRequests basics', () => {
  it('is max(Σ containers, max init container) plus overhead', () => {
    const p = pod({
      containers: [{ cpu: 100, memory: 10 }, { cpu: 200 }],
      initContainers: [{ cpu: 500 }, { memory: 50 }],
      overhead: { cpu: 7, memory: 3 },
    });
    expect(podRequests(p.spec)).toEqual({ cpu: 507, memory: 53 });
    expect(podRequests(p.spec, { excludeOverhead: true })).toEqual({ cpu: 500, memory: 50 });
  });

  it('non-zero variant fills only missing cpu/memory keys per container (an explicit 0 stays 0)', () => {
    const p = pod({ containers: [{}, { cpu: 0 }, { memory: 1 }] });
    expect(podNonZeroRequests(p.spec)).toEqual({ cpu: 100 + 0 + 100, memory: 2 * 209_715_200 + 1 });
    expect(podNonZeroRequests(pod().spec)).toEqual({});
  });
});

describe('NodeInfo add/remove', () => {
  it('keeps requested, non-zero requested and the pod count in step', () => {
    const info = newNodeInfo(node('n', { cpu: 4000, memory: 4096, pods: 110 }));
    const a = pod({ containers: [{ cpu: 1000, memory: 1024, 'example.com/gpu': 1, foo: 5 }] });
    const b = pod({ containers: [{}] });
    addPod(info, a);
    addPod(info, b);
    // "foo" is neither native nor scalar, so framework.Resource ignores it.
    expect(info.requested).toEqual({ pods: 2, cpu: 1000, memory: 1024, 'example.com/gpu': 1 });
    expect(info.nonZeroRequested).toEqual({ pods: 2, cpu: 1100, memory: 1024 + 209_715_200 });
    expect(() => addPod(info, a)).toThrow(/already on node/);
    expect(removePod(info, a.uid)).toBe(true);
    expect(removePod(info, a.uid)).toBe(false);
    expect(info.pods).toEqual([b]);
    expect(info.requested).toEqual({ pods: 1, cpu: 0, memory: 0, 'example.com/gpu': 0 });
    expect(info.nonZeroRequested).toEqual({ pods: 1, cpu: 100, memory: 209_715_200 });
    expect(removePod(info, b.uid)).toBe(true);
    expect(info.pods).toEqual([]);
    expect(info.entries.size).toBe(0);
  });

  it('removal from the middle keeps the index of the moved pod right', () => {
    const ps = [1, 2, 3, 4].map((c) => pod({ containers: [{ cpu: c }] }));
    const info = newNodeInfo(node('n'), ps);
    removePod(info, ps[1].uid);
    removePod(info, ps[3].uid);
    expect(info.pods.map((p) => p.uid).sort()).toEqual([ps[0].uid, ps[2].uid].sort());
    expect(info.requested.cpu).toBe(4);
    for (const [uid, e] of info.entries) expect(info.pods[e.index].uid).toBe(uid);
  });
});
