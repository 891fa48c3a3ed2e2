// NodeResourcesFit RequestedToCapacityRatio scoring and the broken-linear shape, ported from k8s
// v1.28 pkg/scheduler/framework/plugins/noderesources/requested_to_capacity_ratio_test.go
// (TestRequestedToCapacityRatioScoringStrategy, TestBrokenLinearFunction,
// TestResourceBinPackingSingleExtended, TestResourceBinPackingMultipleExtended) and fit_test.go
// (TestFitScore).
import { describe, expect, it } from 'vitest';
import type { NodeSpec, PodObject } from '../../../src/model/types.js';
import { NodeResourcesFit, type ScoringStrategy } from '../../../src/k8s/scheduler/plugins/node-resources-fit.js';
import { brokenLinear, type ResourceSpec, type ShapePoint } from '../../../src/k8s/scheduler/plugins/scoring-strategies.js';
import { node, pod, q, snapshot } from './fixtures.js';
import { scoreNodes } from './score-helpers.js';

const defaultResources: ResourceSpec[] = [
  { name: 'cpu', weight: 1 },
  { name: 'memory', weight: 1 },
];
const leastShape: ShapePoint[] = [
  { utilization: 0, score: 10 },
  { utilization: 100, score: 0 },
];
const mostShape: ShapePoint[] = [
  { utilization: 0, score: 0 },
  { utilization: 100, score: 10 },
];
const binPackShape: ShapePoint[] = [
  { utilization: 0, score: 0 },
  { utilization: 100, score: 1 },
];

const p = (...reqs: Array<Record<string, string>>): PodObject => pod({ containers: reqs.map(q) });
const on = (nodeName: string, req?: Record<string, string>): PodObject => pod({ nodeName, containers: req ? [q(req)] : [] });
/** fit_test.go makeNode(name, milliCPU, memory, extended): cpu in millicores, memory in bytes. */
const mk = (name: string, milliCPU: number, memory: number, extended: Record<string, number> = {}): NodeSpec =>
  node(name, { cpu: milliCPU, memory, ...extended });

function scores(strategy: ScoringStrategy, pd: PodObject, nodes: NodeSpec[], existing: PodObject[] = [], runPreScore = true): number[] {
  const plugin = new NodeResourcesFit({ scoringStrategy: strategy });
  const got = scoreNodes(plugin, pd, snapshot(nodes, existing), runPreScore);
  expect(got.errorCode).toBeUndefined();
  return got.scores.map((s) => s.score);
}

const rtcr = (shape: ShapePoint[], resources = defaultResources): ScoringStrategy => ({
  type: 'RequestedToCapacityRatio',
  resources,
  requestedToCapacityRatio: { shape },
});

describe('RequestedToCapacityRatio (TestRequestedToCapacityRatioScoringStrategy)', () => {
  const nodes = (): NodeSpec[] => [node('node1', q({ cpu: '4000', memory: '10000' })), node('node2', q({ cpu: '6000', memory: '10000' }))];
  const cases: Array<[string, PodObject, NodeSpec[], PodObject[], number[]]> = [
    [
      'nothing scheduled, nothing requested (default - least requested nodes have priority)',
      p(),
      [node('node1', q({ cpu: '4000', memory: '10000' })), node('node2', q({ cpu: '4000', memory: '10000' }))],
      [on('node1'), on('node1')],
      [100, 100],
    ],
    [
      'nothing scheduled, resources requested, differently sized nodes (default - least requested nodes have priority)',
      p({ cpu: '1000', memory: '2000' }, { cpu: '2000', memory: '3000' }),
      nodes(),
      [on('node1'), on('node1')],
      [38, 50],
    ],
    [
      'no resources requested, pods scheduled with resources (default - least requested nodes have priority)',
      p(),
      nodes(),
      [on('node1', { cpu: '3000', memory: '5000' }), on('node2', { cpu: '3000', memory: '5000' })],
      [38, 50],
    ],
  ];
  it.each(cases)('%s', (_name, pd, ns, existing, want) => {
    expect(scores(rtcr(leastShape), pd, ns, existing)).toEqual(want);
  });
});

describe('broken linear function (TestBrokenLinearFunction)', () => {
  const cases: Array<[ShapePoint[], Array<[number, number]>]> = [
    [
      [
        { utilization: 10, score: 1 },
        { utilization: 90, score: 9 },
      ],
      [
        [-10, 1],
        [0, 1],
        [9, 1],
        [10, 1],
        [15, 1],
        [19, 1],
        [20, 2],
        [89, 8],
        [90, 9],
        [99, 9],
        [100, 9],
        [110, 9],
      ],
    ],
    [
      [
        { utilization: 0, score: 2 },
        { utilization: 40, score: 10 },
        { utilization: 100, score: 0 },
      ],
      [
        [-10, 2],
        [0, 2],
        [20, 6],
        [30, 8],
        [40, 10],
        [70, 5],
        [100, 0],
        [110, 0],
      ],
    ],
    [
      [
        { utilization: 0, score: 2 },
        { utilization: 40, score: 2 },
        { utilization: 100, score: 2 },
      ],
      [
        [-10, 2],
        [0, 2],
        [20, 2],
        [30, 2],
        [40, 2],
        [70, 2],
        [100, 2],
        [110, 2],
      ],
    ],
  ];
  it.each(cases.map((c, i) => [i, ...c] as const))('case_%i', (_i, shape, points) => {
    const f = brokenLinear(shape);
    for (const [util, want] of points) expect([util, f(util)]).toEqual([util, want]);
  });
});

describe('bin packing on one extended resource (TestResourceBinPackingSingleExtended)', () => {
  const strategy = rtcr(binPackShape, [{ name: 'intel.com/foo', weight: 1 }]);
  const nodes = (): NodeSpec[] => [
    mk('node1', 4000, 10000 * 1024 * 1024, { 'intel.com/foo': 8 }),
    mk('node2', 4000, 10000 * 1024 * 1024, { 'intel.com/foo': 4 }),
  ];
  const cases: Array<[string, PodObject, PodObject[], number[]]> = [
    ['nothing scheduled, nothing requested', p(), [], [0, 0]],
    ['resources requested, pods scheduled with less resources', p({ 'intel.com/foo': '2' }), [p()], [2, 5]],
    [
      'resources requested, pods scheduled with resources, on node with existing pod running',
      p({ 'intel.com/foo': '2' }),
      [on('node2', { 'intel.com/foo': '2' })],
      [2, 10],
    ],
    ['resources requested, pods scheduled with more resources', p({ 'intel.com/foo': '4' }), [p()], [5, 10]],
  ];
  it.each(cases)('%s', (_name, pd, existing, want) => {
    expect(scores(strategy, pd, nodes(), existing)).toEqual(want);
  });
});

describe('bin packing on two extended resources (TestResourceBinPackingMultipleExtended)', () => {
  const strategy = rtcr(binPackShape, [
    { name: 'intel.com/foo', weight: 3 },
    { name: 'intel.com/bar', weight: 5 },
  ]);
  const nodes = (): NodeSpec[] => [
    mk('node1', 4000, 10000 * 1024 * 1024, { 'intel.com/foo': 8, 'intel.com/bar': 4 }),
    mk('node2', 4000, 10000 * 1024 * 1024, { 'intel.com/foo': 4, 'intel.com/bar': 8 }),
  ];
  const pod1 = { 'intel.com/foo': '2', 'intel.com/bar': '2' };
  const pod2 = { 'intel.com/foo': '4', 'intel.com/bar': '2' };
  const cases: Array<[string, PodObject, PodObject[], number[]]> = [
    ['nothing scheduled, nothing requested', p(), [], [0, 0]],
    ['resources requested, pods scheduled with less resources', p(pod1), [p()], [4, 3]],
    ['resources requested, pods scheduled with resources, on node with existing pod running', p(pod1), [on('node2', pod2)], [4, 7]],
    ['resources requested, pods scheduled with more resources', p(pod2), [p()], [5, 5]],
  ];
  it.each(cases)('%s', (_name, pd, existing, want) => {
    expect(scores(strategy, pd, nodes(), existing)).toEqual(want);
  });
});

describe('NodeResourcesFit Score per strategy (fit_test.go TestFitScore)', () => {
  const nodes = (): NodeSpec[] => [node('node1', q({ cpu: '4000', memory: '10000' })), node('node2', q({ cpu: '6000', memory: '10000' }))];
  const existing = (): PodObject[] => [on('node1', { cpu: '2000', memory: '4000' }), on('node2', { cpu: '1000', memory: '2000' })];
  const big = (): PodObject => p({ cpu: '3000', memory: '5000' });
  const small = (): PodObject => p({ cpu: '1000', memory: '2000' });
  const cases: Array<[string, ScoringStrategy, () => PodObject, number[]]> = [
    ['RequestedToCapacityRatio case1', rtcr(leastShape), big, [10, 32]],
    ['RequestedToCapacityRatio case2', rtcr(mostShape), big, [95, 68]],
    ['MostAllocated', { type: 'MostAllocated', resources: defaultResources }, small, [67, 36]],
    ['LeastAllocated', { type: 'LeastAllocated', resources: defaultResources }, small, [32, 63]],
  ];
  for (const runPreScore of [true, false]) {
    it.each(cases)(`%s${runPreScore ? '' : ' if PreScore is not called'}`, (_name, strategy, make, want) => {
      expect(scores(strategy, make(), nodes(), existing(), runPreScore)).toEqual(want);
    });
  }
});
