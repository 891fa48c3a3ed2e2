// NodeResourcesFit scoring with LeastAllocated and MostAllocated, ported from k8s v1.28
// pkg/scheduler/framework/plugins/noderesources/least_allocated_test.go
// (TestLeastAllocatedScoringStrategy) and most_allocated_test.go (TestMostAllocatedScoringStrategy).
// The weight-validation rows of those tables are in profile-schema.test.ts.
import { describe, expect, it } from 'vitest';
import type { NodeSpec, PodObject } from '../../../src/model/types.js';
import { NodeResourcesFit, type ScoringStrategyType } from '../../../src/k8s/scheduler/plugins/node-resources-fit.js';
import type { ResourceSpec } from '../../../src/k8s/scheduler/plugins/scoring-strategies.js';
import { node, pod, q, snapshot } from './fixtures.js';
import { scoreNodes } from './score-helpers.js';

const extendedRes = 'abc.com/xyz';
const defaultResources: ResourceSpec[] = [
  { name: 'cpu', weight: 1 },
  { name: 'memory', weight: 1 },
];
const extendedResourceSet: ResourceSpec[] = [...defaultResources, { name: extendedRes, weight: 1 }];
const memory2cpu1: ResourceSpec[] = [
  { name: 'memory', weight: 2 },
  { name: 'cpu', weight: 1 },
];

const n = (name: string, cpu: string, memory: string, ext?: string): NodeSpec =>
  node(name, q({ cpu, memory, ...(ext ? { [extendedRes]: ext } : {}) }));
/** A pod with one container per request map (like MakePod().Req(a).Req(b)). */
const p = (...reqs: Array<Record<string, string>>): PodObject => pod({ containers: reqs.map(q) });
const on = (nodeName: string, req?: Record<string, string>): PodObject => pod({ nodeName, containers: req ? [q(req)] : [] });

interface Case {
  name: string;
  pod: PodObject;
  nodes: NodeSpec[];
  existing?: PodObject[];
  resources: ResourceSpec[] | undefined;
  want: number[];
  wantError?: boolean;
}

function run(type: ScoringStrategyType, c: Case): void {
  const plugin = new NodeResourcesFit({ scoringStrategy: { type, resources: c.resources ?? [] } });
  const got = scoreNodes(plugin, c.pod, snapshot(c.nodes, c.existing));
  expect(got.scores.map((s) => s.score)).toEqual(c.want);
  expect(got.errorCode).toBe(c.wantError ? 'Error' : undefined);
}

const twoReqs = (): PodObject => p({ cpu: '1000', memory: '2000' }, { cpu: '2000', memory: '3000' });

const leastCases: Case[] = [
  {
    name: 'nothing scheduled, nothing requested',
    pod: p(),
    nodes: [n('node1', '4000', '10000'), n('node2', '4000', '10000')],
    resources: defaultResources,
    want: [100, 100],
  },
  {
    name: 'nothing scheduled, resources requested, differently sized nodes',
    pod: twoReqs(),
    nodes: [n('node1', '4000', '10000'), n('node2', '6000', '10000')],
    resources: defaultResources,
    want: [37, 50],
  },
  {
    name: 'Resources not set, pods scheduled with error',
    pod: twoReqs(),
    nodes: [n('node1', '4000', '10000'), n('node2', '6000', '10000')],
    resources: undefined,
    want: [0, 0],
    wantError: true,
  },
  {
    name: 'no resources requested, pods scheduled',
    pod: p(),
    nodes: [n('node1', '4000', '10000'), n('node2', '4000', '10000')],
    existing: [on('node1'), on('node1'), on('node2'), on('node2')],
    resources: defaultResources,
    want: [100, 100],
  },
  {
    name: 'no resources requested, pods scheduled with resources',
    pod: p(),
    nodes: [n('node1', '10000', '20000'), n('node2', '10000', '20000')],
    existing: [
      on('node1', { cpu: '3000', memory: '0' }),
      on('node1', { cpu: '3000', memory: '0' }),
      on('node2', { cpu: '3000', memory: '0' }),
      on('node2', { cpu: '3000', memory: '5000' }),
    ],
    resources: defaultResources,
    want: [70, 57],
  },
  {
    name: 'resources requested, pods scheduled with resources',
    pod: twoReqs(),
    nodes: [n('node1', '10000', '20000'), n('node2', '10000', '20000')],
    existing: [on('node1', { cpu: '3000', memory: '0' }), on('node2', { cpu: '3000', memory: '5000' })],
    resources: defaultResources,
    want: [57, 45],
  },
  {
    name: 'resources requested, pods scheduled with resources, differently sized nodes',
    pod: twoReqs(),
    nodes: [n('node1', '10000', '20000'), n('node2', '10000', '50000')],
    existing: [on('node1', { cpu: '3000', memory: '0' }), on('node2', { cpu: '3000', memory: '5000' })],
    resources: defaultResources,
    want: [57, 60],
  },
  {
    name: 'requested resources exceed node capacity',
    pod: p({ cpu: '3000', memory: '0' }),
    nodes: [n('node1', '4000', '10000'), n('node2', '4000', '10000')],
    existing: [on('node1', { cpu: '3000', memory: '0' }), on('node2', { cpu: '3000', memory: '5000' })],
    resources: defaultResources,
    want: [50, 25],
  },
  {
    name: 'zero node resources, pods scheduled with resources',
    pod: p(),
    nodes: [node('node1'), node('node2')],
    existing: [on('node1', { cpu: '3000', memory: '0' }), on('node2', { cpu: '3000', memory: '5000' })],
    resources: defaultResources,
    want: [0, 0],
  },
  {
    name: 'nothing scheduled, resources requested with different weight on CPU and memory, differently sized nodes',
    pod: twoReqs(),
    nodes: [n('node1', '4000', '10000'), n('node2', '6000', '10000')],
    resources: memory2cpu1,
    want: [41, 50],
  },
  {
    name: 'bypass extended resource if the pod does not request',
    pod: twoReqs(),
    nodes: [n('node1', '6000', '10000'), n('node2', '6000', '10000', '4')],
    resources: extendedResourceSet,
    want: [50, 50],
  },
  {
    name: 'honor extended resource if the pod requests',
    pod: p({ cpu: '3000', memory: '5000', [extendedRes]: '2' }),
    nodes: [n('node1', '6000', '10000', '4'), n('node2', '6000', '10000', '10')],
    resources: extendedResourceSet,
    want: [50, 60],
  },
  {
    name: "if the node doesn't have a resource",
    pod: p({ cpu: '3000', memory: '4000' }),
    nodes: [n('node1', '6000', '10000'), n('node2', '6000', '10000', '4')],
    resources: [{ name: extendedRes, weight: 2 }, ...defaultResources],
    want: [55, 55],
  },
];

const mostCases: Case[] = [
  {
    name: 'nothing scheduled, nothing requested',
    pod: p(),
    nodes: [n('node1', '4000', '10000'), n('node2', '4000', '10000')],
    resources: defaultResources,
    want: [0, 0],
  },
  {
    name: 'nothing scheduled, resources requested, differently sized nodes',
    pod: twoReqs(),
    nodes: [n('node1', '4000', '10000'), n('node2', '6000', '10000')],
    resources: defaultResources,
    want: [62, 50],
  },
  {
    name: 'Resources not set, pods scheduled with error',
    pod: twoReqs(),
    nodes: [n('node1', '4000', '10000'), n('node2', '6000', '10000')],
    resources: undefined,
    want: [0, 0],
    wantError: true,
  },
  {
    name: 'no resources requested, pods scheduled with resources',
    pod: p(),
    nodes: [n('node1', '10000', '20000'), n('node2', '10000', '20000')],
    existing: [
      on('node1', { cpu: '3000', memory: '0' }),
      on('node1', { cpu: '3000', memory: '0' }),
      on('node2', { cpu: '3000', memory: '0' }),
      on('node2', { cpu: '3000', memory: '5000' }),
    ],
    resources: defaultResources,
    want: [30, 42],
  },
  {
    name: 'resources requested, pods scheduled with resources',
    pod: twoReqs(),
    nodes: [n('node1', '10000', '20000'), n('node2', '10000', '20000')],
    existing: [on('node1', { cpu: '3000', memory: '0' }), on('node2', { cpu: '3000', memory: '5000' })],
    resources: defaultResources,
    want: [42, 55],
  },
  {
    name: 'resources requested equal node capacity',
    pod: p({ cpu: '2000', memory: '4000' }, { cpu: '3000', memory: '5000' }),
    nodes: [n('node1', '5000', '10000'), n('node2', '10000', '9000')],
    resources: defaultResources,
    want: [95, 75],
  },
  {
    name: 'nothing scheduled, resources requested, differently sized nodes (memory weight 2)',
    pod: twoReqs(),
    nodes: [n('node1', '4000', '10000'), n('node2', '6000', '10000')],
    resources: memory2cpu1,
    want: [58, 50],
  },
  {
    name: 'no resources requested, pods scheduled, nonzero request for resource',
    pod: pod({ containers: [{}] }),
    nodes: [n('node1', '250m', '1000Mi'), n('node2', '250m', '1000Mi')],
    existing: [pod({ nodeName: 'node1', containers: [{}] }), pod({ nodeName: 'node1', containers: [{}] })],
    resources: defaultResources,
    want: [80, 30],
  },
  {
    name: 'bypass extended resource if the pod does not request',
    pod: twoReqs(),
    nodes: [n('node1', '6000', '10000'), n('node2', '6000', '10000', '4')],
    resources: extendedResourceSet,
    want: [50, 50],
  },
  {
    name: 'honor extended resource if the pod request',
    pod: p({ cpu: '3000', memory: '5000', [extendedRes]: '2' }),
    nodes: [n('node1', '6000', '10000', '4'), n('node2', '6000', '10000', '10')],
    resources: extendedResourceSet,
    want: [50, 40],
  },
  {
    name: "if the node doesn't have a resource",
    pod: p({ cpu: '3000', memory: '4000' }),
    nodes: [n('node1', '6000', '10000'), n('node2', '6000', '10000', '4')],
    resources: [{ name: extendedRes, weight: 2 }, ...defaultResources],
    want: [45, 45],
  },
];

describe('LeastAllocated (least_allocated_test.go TestLeastAllocatedScoringStrategy)', () => {
  it.each(leastCases)('$name', (c) => run('LeastAllocated', c));
});

describe('MostAllocated (most_allocated_test.go TestMostAllocatedScoringStrategy)', () => {
  it.each(mostCases)('$name', (c) => run('MostAllocated', c));
});
