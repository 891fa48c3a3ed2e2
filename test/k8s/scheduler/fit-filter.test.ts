// NodeResourcesFit Filter, ported from k8s v1.28 pkg/scheduler/framework/plugins/noderesources/
// fit_test.go: TestEnoughRequests, TestNotEnoughRequests, TestStorageRequests,
// TestRestartableInitContainers.
import { describe, expect, it } from 'vitest';
import type { PodObject, ResourceList } from '../../../src/model/types.js';
import { newNodeInfo } from '../../../src/k8s/scheduler/node-info.js';
import { computePodResourceRequest, fitsRequest } from '../../../src/k8s/scheduler/plugins/fits-request.js';
import {
  NodeResourcesFit,
  SIDECAR_DISABLED_REASON,
  type NodeResourcesFitArgs,
} from '../../../src/k8s/scheduler/plugins/node-resources-fit.js';
import { node, pod } from './fixtures.js';

const extA = 'example.com/aaa';
const extB = 'example.com/bbb';
const k8sA = 'kubernetes.io/something';
const k8sB = 'subdomain.kubernetes.io/something';
const hugeA = 'hugepages-2Mi';

/** Like fit_test.go newResourcePod's per-container list: every base key present, zeros included. */
function r(cpu: number, memory: number, scalars: Record<string, number> = {}, eph = 0): ResourceList {
  return { cpu, memory, pods: 0, 'ephemeral-storage': eph, ...scalars };
}

function alloc(cpu: number, memory: number, pods: number, ext: number, storage: number, huge: number): ResourceList {
  return { cpu, memory, pods, [extA]: ext, 'ephemeral-storage': storage, [hugeA]: huge };
}

/** Run PreFilter then Filter, as the upstream tests do. */
function runFilter(p: PodObject, existing: PodObject, allocatable: ResourceList, args: NodeResourcesFitArgs = {}) {
  const plugin = new NodeResourcesFit(args);
  const info = newNodeInfo(node('n', allocatable), [existing]);
  const state = new Map<string, unknown>();
  expect(plugin.preFilter(state, p).status).toBeNull();
  return { status: plugin.filter(state, p, info), plugin, info };
}

type Short = [string, number, number, number];
interface EnoughCase {
  name: string;
  pod: PodObject;
  existing: PodObject;
  args?: NodeResourcesFitArgs;
  /** [resource, requested, used, capacity] of each insufficient resource, in order. */
  want: Short[];
}

const enough: EnoughCase[] = [
  { name: 'no resources requested always fits', pod: pod(), existing: pod({ containers: [r(10, 20)] }), want: [] },
  {
    name: 'too many resources fails',
    pod: pod({ containers: [r(1, 1)] }),
    existing: pod({ containers: [r(10, 20)] }),
    want: [
      ['cpu', 1, 10, 10],
      ['memory', 1, 20, 20],
    ],
  },
  {
    name: 'too many resources fails due to init container cpu',
    pod: pod({ containers: [r(1, 1)], initContainers: [r(3, 1)] }),
    existing: pod({ containers: [r(8, 19)] }),
    want: [['cpu', 3, 8, 10]],
  },
  {
    name: 'too many resources fails due to highest init container cpu',
    pod: pod({ containers: [r(1, 1)], initContainers: [r(3, 1), r(2, 1)] }),
    existing: pod({ containers: [r(8, 19)] }),
    want: [['cpu', 3, 8, 10]],
  },
  {
    name: 'too many resources fails due to init container memory',
    pod: pod({ containers: [r(1, 1)], initContainers: [r(1, 3)] }),
    existing: pod({ containers: [r(9, 19)] }),
    want: [['memory', 3, 19, 20]],
  },
  {
    name: 'too many resources fails due to highest init container memory',
    pod: pod({ containers: [r(1, 1)], initContainers: [r(1, 3), r(1, 2)] }),
    existing: pod({ containers: [r(9, 19)] }),
    want: [['memory', 3, 19, 20]],
  },
  {
    name: "init container fits because it's the max, not sum, of containers and init containers",
    pod: pod({ containers: [r(1, 1)], initContainers: [r(1, 1)] }),
    existing: pod({ containers: [r(9, 19)] }),
    want: [],
  },
  {
    name: "multiple init containers fit because it's the max, not sum, of containers and init containers",
    pod: pod({ containers: [r(1, 1)], initContainers: [r(1, 1), r(1, 1)] }),
    existing: pod({ containers: [r(9, 19)] }),
    want: [],
  },
  { name: 'both resources fit', pod: pod({ containers: [r(1, 1)] }), existing: pod({ containers: [r(5, 5)] }), want: [] },
  {
    name: 'one resource memory fits',
    pod: pod({ containers: [r(2, 1)] }),
    existing: pod({ containers: [r(9, 5)] }),
    want: [['cpu', 2, 9, 10]],
  },
  {
    name: 'one resource cpu fits',
    pod: pod({ containers: [r(1, 2)] }),
    existing: pod({ containers: [r(5, 19)] }),
    want: [['memory', 2, 19, 20]],
  },
  { name: 'equal edge case', pod: pod({ containers: [r(5, 1)] }), existing: pod({ containers: [r(5, 19)] }), want: [] },
  {
    name: 'equal edge case for init container',
    pod: pod({ containers: [r(4, 1)], initContainers: [r(5, 1)] }),
    existing: pod({ containers: [r(5, 19)] }),
    want: [],
  },
  {
    name: 'extended resource fits',
    pod: pod({ containers: [r(0, 0, { [extA]: 1 })] }),
    existing: pod({ containers: [r(0, 0)] }),
    want: [],
  },
  {
    name: 'extended resource fits for init container',
    pod: pod({ containers: [r(0, 0)], initContainers: [r(0, 0, { [extA]: 1 })] }),
    existing: pod({ containers: [r(0, 0)] }),
    want: [],
  },
  {
    name: 'extended resource capacity enforced',
    pod: pod({ containers: [r(1, 1, { [extA]: 10 })] }),
    existing: pod({ containers: [r(0, 0, { [extA]: 0 })] }),
    want: [[extA, 10, 0, 5]],
  },
  {
    name: 'extended resource capacity enforced for init container',
    pod: pod({ containers: [r(0, 0)], initContainers: [r(1, 1, { [extA]: 10 })] }),
    existing: pod({ containers: [r(0, 0, { [extA]: 0 })] }),
    want: [[extA, 10, 0, 5]],
  },
  {
    name: 'extended resource allocatable enforced',
    pod: pod({ containers: [r(1, 1, { [extA]: 1 })] }),
    existing: pod({ containers: [r(0, 0, { [extA]: 5 })] }),
    want: [[extA, 1, 5, 5]],
  },
  {
    name: 'extended resource allocatable enforced for init container',
    pod: pod({ containers: [r(0, 0)], initContainers: [r(1, 1, { [extA]: 1 })] }),
    existing: pod({ containers: [r(0, 0, { [extA]: 5 })] }),
    want: [[extA, 1, 5, 5]],
  },
  {
    name: 'extended resource allocatable enforced for multiple containers',
    pod: pod({ containers: [r(1, 1, { [extA]: 3 }), r(1, 1, { [extA]: 3 })] }),
    existing: pod({ containers: [r(0, 0, { [extA]: 2 })] }),
    want: [[extA, 6, 2, 5]],
  },
  {
    name: 'extended resource allocatable admits multiple init containers',
    pod: pod({ containers: [r(0, 0)], initContainers: [r(1, 1, { [extA]: 3 }), r(1, 1, { [extA]: 3 })] }),
    existing: pod({ containers: [r(0, 0, { [extA]: 2 })] }),
    want: [],
  },
  {
    name: 'extended resource allocatable enforced for multiple init containers',
    pod: pod({ containers: [r(0, 0)], initContainers: [r(1, 1, { [extA]: 6 }), r(1, 1, { [extA]: 3 })] }),
    existing: pod({ containers: [r(0, 0, { [extA]: 2 })] }),
    want: [[extA, 6, 2, 5]],
  },
  {
    name: 'extended resource allocatable enforced for unknown resource',
    pod: pod({ containers: [r(1, 1, { [extB]: 1 })] }),
    existing: pod({ containers: [r(0, 0)] }),
    want: [[extB, 1, 0, 0]],
  },
  {
    name: 'extended resource allocatable enforced for unknown resource for init container',
    pod: pod({ containers: [r(0, 0)], initContainers: [r(1, 1, { [extB]: 1 })] }),
    existing: pod({ containers: [r(0, 0)] }),
    want: [[extB, 1, 0, 0]],
  },
  {
    name: 'kubernetes.io resource capacity enforced',
    pod: pod({ containers: [r(1, 1, { [k8sA]: 10 })] }),
    existing: pod({ containers: [r(0, 0)] }),
    want: [[k8sA, 10, 0, 0]],
  },
  {
    name: 'kubernetes.io resource capacity enforced for init container',
    pod: pod({ containers: [r(0, 0)], initContainers: [r(1, 1, { [k8sB]: 10 })] }),
    existing: pod({ containers: [r(0, 0)] }),
    want: [[k8sB, 10, 0, 0]],
  },
  {
    name: 'hugepages resource capacity enforced',
    pod: pod({ containers: [r(1, 1, { [hugeA]: 10 })] }),
    existing: pod({ containers: [r(0, 0, { [hugeA]: 0 })] }),
    want: [[hugeA, 10, 0, 5]],
  },
  {
    name: 'hugepages resource capacity enforced for init container',
    pod: pod({ containers: [r(0, 0)], initContainers: [r(1, 1, { [hugeA]: 10 })] }),
    existing: pod({ containers: [r(0, 0, { [hugeA]: 0 })] }),
    want: [[hugeA, 10, 0, 5]],
  },
  {
    name: 'hugepages resource allocatable enforced for multiple containers',
    pod: pod({ containers: [r(1, 1, { [hugeA]: 3 }), r(1, 1, { [hugeA]: 3 })] }),
    existing: pod({ containers: [r(0, 0, { [hugeA]: 2 })] }),
    want: [[hugeA, 6, 2, 5]],
  },
  {
    name: 'skip checking ignored extended resource',
    pod: pod({ containers: [r(1, 1, { [extB]: 1 })] }),
    existing: pod({ containers: [r(0, 0)] }),
    args: { ignoredResources: [extB] },
    want: [],
  },
  {
    name: 'resources + pod overhead fits',
    pod: pod({ containers: [r(1, 1)], overhead: { cpu: 3, memory: 13 } }),
    existing: pod({ containers: [r(5, 5)] }),
    want: [],
  },
  {
    name: 'requests + overhead does not fit for memory',
    pod: pod({ containers: [r(1, 1)], overhead: { cpu: 1, memory: 15 } }),
    existing: pod({ containers: [r(5, 5)] }),
    want: [['memory', 16, 5, 20]],
  },
  {
    name: 'skip checking ignored extended resource via resource groups',
    pod: pod({ containers: [r(1, 1, { [extB]: 1, [k8sA]: 1 })] }),
    existing: pod({ containers: [r(0, 0)] }),
    args: { ignoredResourceGroups: ['example.com'] },
    want: [[k8sA, 1, 0, 0]],
  },
  {
    name: 'skip checking extended resource request with quantity zero via resource groups',
    pod: pod({ containers: [r(1, 1, { [extA]: 0 })] }),
    existing: pod({ containers: [r(0, 0, { [extA]: 6 })] }),
    want: [],
  },
  {
    name: 'skip checking resource request with quantity zero',
    pod: pod({ containers: [r(0, 0, { [extA]: 1 })] }),
    existing: pod({ containers: [r(20, 30, { [extA]: 1 })] }),
    want: [],
  },
];

describe('NodeResourcesFit Filter (fit_test.go TestEnoughRequests)', () => {
  it.each(enough)('$name', (c) => {
    const allocatable = alloc(10, 20, 32, 5, 20, 5);
    const { status, plugin, info } = runFilter(c.pod, c.existing, allocatable, c.args);
    if (c.want.length === 0) expect(status).toBeNull();
    else expect(status).toEqual({ code: 'Unschedulable', plugin: 'NodeResourcesFit', reasons: c.want.map(([n]) => `Insufficient ${n}`) });
    const got = fitsRequest(computePodResourceRequest(c.pod), info, plugin.ignoredResources, plugin.ignoredResourceGroups);
    expect(got.map((g) => [g.resourceName, g.requested, g.used, g.capacity])).toEqual(c.want);
  });
});

describe('NodeResourcesFit Filter (fit_test.go TestNotEnoughRequests)', () => {
  const cases: Array<[string, PodObject, PodObject]> = [
    ["even without specified resources, predicate fails when there's no space for additional pod", pod(), pod({ containers: [r(10, 20)] })],
    [
      "even if both resources fit, predicate fails when there's no space for additional pod",
      pod({ containers: [r(1, 1)] }),
      pod({ containers: [r(5, 5)] }),
    ],
    [
      "even for equal edge case, predicate fails when there's no space for additional pod",
      pod({ containers: [r(5, 1)] }),
      pod({ containers: [r(5, 19)] }),
    ],
    [
      "even for equal edge case, predicate fails when there's no space for additional pod due to init container",
      pod({ containers: [r(5, 1)], initContainers: [r(5, 1)] }),
      pod({ containers: [r(5, 19)] }),
    ],
  ];
  it.each(cases)('%s', (_name, p, existing) => {
    const { status } = runFilter(p, existing, alloc(10, 20, 1, 0, 0, 0));
    expect(status).toEqual({ code: 'Unschedulable', plugin: 'NodeResourcesFit', reasons: ['Too many pods'] });
  });
});

describe('NodeResourcesFit Filter (fit_test.go TestStorageRequests)', () => {
  const cases: Array<[string, PodObject, PodObject, string[]]> = [
    ['empty storage requested, and pod fits', pod({ containers: [r(1, 1)] }), pod({ containers: [r(2, 10)] }), []],
    [
      'storage ephemeral local storage request exceeds allocatable',
      pod({ containers: [r(0, 0, {}, 25)] }),
      pod({ containers: [r(2, 2)] }),
      ['Insufficient ephemeral-storage'],
    ],
    ['ephemeral local storage is sufficient', pod({ containers: [r(0, 0, {}, 5)] }), pod({ containers: [r(2, 2, {}, 10)] }), []],
    ['pod fits', pod({ containers: [r(0, 0, {}, 10)] }), pod({ containers: [r(2, 2)] }), []],
  ];
  it.each(cases)('%s', (_name, p, existing, reasons) => {
    const { status } = runFilter(p, existing, alloc(10, 20, 32, 5, 20, 5));
    expect(status?.reasons ?? []).toEqual(reasons);
  });
});

describe('NodeResourcesFit PreFilter (fit_test.go TestRestartableInitContainers)', () => {
  const regular = (): PodObject => pod({ containers: [{}] });
  const withSidecar = (): PodObject => pod({ containers: [{}], initContainers: [{}], sidecars: true });
  const cases: Array<[string, () => PodObject, boolean, string | null]> = [
    ['allow pod without restartable init containers if sidecar containers is disabled', regular, false, null],
    ['not allow pod with restartable init containers if sidecar containers is disabled', withSidecar, false, SIDECAR_DISABLED_REASON],
    ['allow pod without restartable init containers if sidecar containers is enabled', regular, true, null],
    ['allow pod with restartable init containers if sidecar containers is enabled', withSidecar, true, null],
  ];
  it.each(cases)('%s', (_name, make, enabled, wantReason) => {
    const p = make();
    const plugin = new NodeResourcesFit({ enableSidecarContainers: enabled });
    const state = new Map<string, unknown>();
    const pre = plugin.preFilter(state, p).status;
    if (wantReason) {
      expect(pre).toEqual({ code: 'UnschedulableAndUnresolvable', plugin: 'NodeResourcesFit', reasons: [wantReason] });
      return;
    }
    expect(pre).toBeNull();
    expect(plugin.filter(state, p, newNodeInfo(node('n', alloc(0, 0, 1, 0, 0, 0))))).toBeNull();
  });
});
