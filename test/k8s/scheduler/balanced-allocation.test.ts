// NodeResourcesBalancedAllocation, ported from k8s v1.28 pkg/scheduler/framework/plugins/
// noderesources/balanced_allocation_test.go (TestNodeResourcesBalancedAllocation).
import { describe, expect, it } from 'vitest';
import type { NodeSpec, PodObject } from '../../../src/model/types.js';
import { BalancedAllocation } from '../../../src/k8s/scheduler/plugins/balanced-allocation.js';
import type { ResourceSpec } from '../../../src/k8s/scheduler/plugins/scoring-strategies.js';
import { node, pod, snapshot } from './fixtures.js';
import { scoreNodes } from './score-helpers.js';

const gpu = 'nvidia.com/gpu';
const defaultSet: ResourceSpec[] = [
  { name: 'cpu', weight: 1 },
  { name: 'memory', weight: 1 },
];
const withGpu: ResourceSpec[] = [...defaultSet, { name: gpu, weight: 1 }];

// The upstream pod specs (cpu in millicores, memory in bytes).
const cpuOnly = (nodeName = 'node1'): PodObject =>
  pod({
    nodeName,
    containers: [
      { cpu: 1000, memory: 0 },
      { cpu: 2000, memory: 0 },
    ],
  });
const cpuAndMemory = (nodeName = 'node2'): PodObject =>
  pod({
    nodeName,
    containers: [
      { cpu: 1000, memory: 2000 },
      { cpu: 2000, memory: 3000 },
    ],
  });
const cpuAndMemoryAndGpu = (): PodObject =>
  pod({
    nodeName: 'node1',
    containers: [
      { cpu: 1000, memory: 2000 },
      { cpu: 2000, memory: 3000, [gpu]: 3 },
    ],
  });
const empty = (nodeName?: string): PodObject => pod({ nodeName });
const mk = (name: string, milliCPU: number, memory: number, extended: Record<string, number> = {}): NodeSpec =>
  node(name, { cpu: milliCPU, memory, ...extended });

interface Case {
  name: string;
  pod: PodObject;
  nodes: NodeSpec[];
  pods?: PodObject[];
  resources: ResourceSpec[];
  want: number[];
  runPreScore?: boolean;
}

const cases: Case[] = [
  {
    name: 'nothing scheduled, nothing requested',
    pod: empty(),
    nodes: [mk('node1', 4000, 10000), mk('node2', 4000, 10000)],
    resources: defaultSet,
    want: [100, 100],
  },
  {
    name: 'nothing scheduled, resources requested, differently sized nodes',
    pod: cpuAndMemory(),
    nodes: [mk('node1', 4000, 10000), mk('node2', 6000, 10000)],
    resources: defaultSet,
    want: [87, 100],
  },
  {
    name: 'no resources requested, pods without container scheduled',
    pod: empty(),
    nodes: [mk('node1', 4000, 10000), mk('node2', 4000, 10000)],
    pods: [empty('node1'), empty('node1'), empty('node2'), empty('node2')],
    resources: defaultSet,
    want: [100, 100],
  },
  {
    name: 'no resources requested, pods with container scheduled',
    pod: empty(),
    nodes: [mk('node1', 250, 1000 * 1024 * 1024), mk('node2', 250, 1000 * 1024 * 1024)],
    pods: [empty('node1'), empty('node1')],
    resources: defaultSet,
    want: [100, 100],
  },
  {
    name: 'no resources requested, pods scheduled with resources',
    pod: empty(),
    nodes: [mk('node1', 10000, 20000), mk('node2', 10000, 20000)],
    pods: [cpuOnly(), cpuOnly(), cpuOnly('node2'), cpuAndMemory()],
    resources: defaultSet,
    want: [70, 82],
  },
  {
    name: 'resources requested, pods scheduled with resources',
    pod: cpuAndMemory(),
    nodes: [mk('node1', 10000, 20000), mk('node2', 10000, 20000)],
    pods: [cpuOnly(), cpuAndMemory()],
    resources: defaultSet,
    want: [82, 95],
  },
  {
    name: 'resources requested, pods scheduled with resources, differently sized nodes',
    pod: cpuAndMemory(),
    nodes: [mk('node1', 10000, 20000), mk('node2', 10000, 50000)],
    pods: [cpuOnly(), cpuAndMemory()],
    resources: defaultSet,
    want: [82, 80],
  },
  {
    name: 'requested resources at node capacity',
    pod: cpuOnly(),
    nodes: [mk('node1', 6000, 10000), mk('node2', 6000, 10000)],
    pods: [cpuOnly(), cpuAndMemory()],
    resources: defaultSet,
    want: [50, 75],
  },
  {
    name: 'zero node resources, pods scheduled with resources',
    pod: empty(),
    nodes: [mk('node1', 0, 0), mk('node2', 0, 0)],
    pods: [cpuOnly(), cpuAndMemory()],
    resources: defaultSet,
    want: [100, 100],
  },
  {
    name: 'include scalar resource on a node for balanced resource allocation',
    pod: pod({ containers: [{ memory: 0, [gpu]: 1 }] }),
    nodes: [mk('node1', 3500, 40000, { [gpu]: 8 }), mk('node2', 3500, 40000, { [gpu]: 8 })],
    pods: [cpuAndMemory(), cpuAndMemoryAndGpu()],
    resources: withGpu,
    want: [70, 65],
  },
  {
    name: 'node without the scalar resource results to a higher score',
    pod: empty(),
    nodes: [mk('node1', 3500, 40000, { [gpu]: 8 }), mk('node2', 3500, 40000)],
    pods: [cpuOnly(), cpuOnly('node2')],
    resources: [
      { name: 'cpu', weight: 1 },
      { name: gpu, weight: 1 },
    ],
    want: [100, 100],
  },
  {
    name: 'resources requested, pods scheduled with resources if PreScore not called',
    pod: cpuAndMemory(),
    nodes: [mk('node1', 10000, 20000), mk('node2', 10000, 20000)],
    pods: [cpuOnly(), cpuAndMemory()],
    resources: defaultSet,
    want: [82, 95],
    runPreScore: false,
  },
];

describe('NodeResourcesBalancedAllocation (balanced_allocation_test.go TestNodeResourcesBalancedAllocation)', () => {
  it.each(cases)('$name', (c) => {
    const plugin = new BalancedAllocation({ resources: c.resources });
    const got = scoreNodes(plugin, c.pod, snapshot(c.nodes, c.pods), c.runPreScore ?? true);
    expect(got.errorCode).toBeUndefined();
    expect(got.scores.map((s) => s.score)).toEqual(c.want);
  });
});
