// NodeAffinity, ported from k8s v1.28 pkg/scheduler/framework/plugins/nodeaffinity/
// node_affinity_test.go (TestNodeAffinity, TestNodeAffinityPriority). Rows that need the
// scheduler-enforced addedAffinity argument are left out: kubetwin does not model it.
import { describe, expect, it } from 'vitest';
import type {
  NodeAffinity as Affinity,
  NodeSelectorTerm,
  PodObject,
  SelectorOperator,
  SelectorRequirement,
} from '../../../src/model/types.js';
import { newNodeInfo } from '../../../src/k8s/scheduler/node-info.js';
import { ERR_REASON_CONFLICT, ERR_REASON_POD, NodeAffinity } from '../../../src/k8s/scheduler/plugins/node-affinity.js';
import { node, pod, snapshot } from './fixtures.js';
import { scoreNodes } from './score-helpers.js';

const e = (key: string, operator: SelectorOperator, values?: string[]): SelectorRequirement => ({ key, operator, values });
const name = (v: string): SelectorRequirement => e('metadata.name', 'In', [v]);
const required = (...nodeSelectorTerms: NodeSelectorTerm[]): Affinity => ({
  requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms },
});
const withAffinity = (a: Affinity): PodObject => pod({ nodeAffinity: a });

interface FilterCase {
  name: string;
  pod: PodObject;
  labels?: Record<string, string>;
  nodeName?: string;
  /** Filter fails with ErrReasonPod. */
  rejects?: boolean;
  preFilter?: 'Skip' | 'Conflict';
  preFilterNodes?: string[];
  runPreFilter?: boolean;
}

const gpuExistsNotIn = [e('GPU', 'Exists'), e('GPU', 'NotIn', ['AMD', 'INTER'])];

const filterCases: FilterCase[] = [
  { name: 'missing labels', pod: pod({ nodeSelector: { foo: 'bar' } }), rejects: true },
  { name: 'same labels', pod: pod({ nodeSelector: { foo: 'bar' } }), labels: { foo: 'bar' } },
  { name: 'node labels are superset', pod: pod({ nodeSelector: { foo: 'bar' } }), labels: { foo: 'bar', baz: 'blah' } },
  { name: 'node labels are subset', pod: pod({ nodeSelector: { foo: 'bar', baz: 'blah' } }), labels: { foo: 'bar' }, rejects: true },
  {
    name: 'Pod with matchExpressions using In operator that matches the existing node',
    pod: withAffinity(required({ matchExpressions: [e('foo', 'In', ['bar', 'value2'])] })),
    labels: { foo: 'bar' },
  },
  {
    name: 'Pod with matchExpressions using Gt operator that matches the existing node',
    pod: withAffinity(required({ matchExpressions: [e('kernel-version', 'Gt', ['0204'])] })),
    labels: { 'kernel-version': '0206' },
  },
  {
    name: 'Pod with matchExpressions using NotIn operator that matches the existing node',
    pod: withAffinity(required({ matchExpressions: [e('mem-type', 'NotIn', ['DDR', 'DDR2'])] })),
    labels: { 'mem-type': 'DDR3' },
  },
  {
    name: 'Pod with matchExpressions using Exists operator that matches the existing node',
    pod: withAffinity(required({ matchExpressions: [e('GPU', 'Exists')] })),
    labels: { GPU: 'NVIDIA-GRID-K1' },
  },
  {
    name: "Pod with affinity that don't match node's labels won't schedule onto the node",
    pod: withAffinity(required({ matchExpressions: [e('foo', 'In', ['value1', 'value2'])] })),
    labels: { foo: 'bar' },
    rejects: true,
  },
  {
    name: "Pod with empty MatchExpressions is not a valid value will match no objects and won't schedule onto the node",
    pod: withAffinity(required({ matchExpressions: [] })),
    labels: { foo: 'bar' },
    rejects: true,
  },
  { name: 'Pod with no Affinity will schedule onto a node', pod: pod(), labels: { foo: 'bar' }, preFilter: 'Skip' },
  {
    name: 'Pod with Affinity but nil NodeSelector will schedule onto a node',
    pod: withAffinity({}),
    labels: { foo: 'bar' },
    preFilter: 'Skip',
  },
  {
    name: 'Pod with multiple matchExpressions ANDed that matches the existing node',
    pod: withAffinity(required({ matchExpressions: gpuExistsNotIn })),
    labels: { GPU: 'NVIDIA-GRID-K1' },
  },
  {
    name: "Pod with multiple matchExpressions ANDed that doesn't match the existing node",
    pod: withAffinity(required({ matchExpressions: [e('GPU', 'Exists'), e('GPU', 'In', ['AMD', 'INTER'])] })),
    labels: { GPU: 'NVIDIA-GRID-K1' },
    rejects: true,
  },
  {
    name: "Pod with multiple NodeSelectorTerms ORed in affinity, matches the node's labels and will schedule onto the node",
    pod: withAffinity(
      required({ matchExpressions: [e('foo', 'In', ['bar', 'value2'])] }, { matchExpressions: [e('diffkey', 'In', ['wrong', 'value2'])] }),
    ),
    labels: { foo: 'bar' },
  },
  {
    name: 'Pod with an Affinity and a PodSpec.NodeSelector(the old thing that we are deprecating) both are satisfied, will schedule onto the node',
    pod: pod({ nodeSelector: { foo: 'bar' }, nodeAffinity: required({ matchExpressions: [e('foo', 'Exists')] }) }),
    labels: { foo: 'bar' },
  },
  {
    name: "Pod with an Affinity matches node's labels but the PodSpec.NodeSelector(the old thing that we are deprecating) is not satisfied, won't schedule onto the node",
    pod: pod({ nodeSelector: { foo: 'bar' }, nodeAffinity: required({ matchExpressions: [e('foo', 'Exists')] }) }),
    labels: { foo: 'barrrrrr' },
    rejects: true,
  },
  {
    name: "Pod with an invalid value in Affinity term won't be scheduled onto the node",
    pod: withAffinity(required({ matchExpressions: [e('foo', 'NotIn', ['invalid value: ___@#$%^'])] })),
    labels: { foo: 'bar' },
    rejects: true,
  },
  {
    name: 'Pod with matchFields using In operator that matches the existing node',
    pod: withAffinity(required({ matchFields: [name('node1')] })),
    nodeName: 'node1',
    preFilterNodes: ['node1'],
  },
  {
    name: 'Pod with matchFields using In operator that does not match the existing node',
    pod: withAffinity(required({ matchFields: [name('node1')] })),
    nodeName: 'node2',
    rejects: true,
    preFilterNodes: ['node1'],
  },
  {
    name: 'Pod with two terms: matchFields does not match, but matchExpressions matches',
    pod: withAffinity(required({ matchFields: [name('node1'), name('node2')] }, { matchExpressions: [e('foo', 'In', ['bar'])] })),
    nodeName: 'node2',
    labels: { foo: 'bar' },
  },
  {
    name: 'Pod with one term: matchFields does not match, but matchExpressions matches',
    pod: withAffinity(required({ matchFields: [name('node1')], matchExpressions: [e('foo', 'In', ['bar'])] })),
    nodeName: 'node2',
    labels: { foo: 'bar' },
    rejects: true,
    preFilterNodes: ['node1'],
  },
  {
    name: 'Pod with one term: both matchFields and matchExpressions match',
    pod: withAffinity(required({ matchFields: [name('node1')], matchExpressions: [e('foo', 'In', ['bar'])] })),
    nodeName: 'node1',
    labels: { foo: 'bar' },
    preFilterNodes: ['node1'],
  },
  {
    name: 'Pod with two terms: both matchFields and matchExpressions do not match',
    pod: withAffinity(required({ matchFields: [name('node1')] }, { matchExpressions: [e('foo', 'In', ['not-match-to-bar'])] })),
    nodeName: 'node2',
    labels: { foo: 'bar' },
    rejects: true,
  },
  {
    name: 'Pod with two terms of node.Name affinity',
    pod: withAffinity(required({ matchFields: [name('node1')] }, { matchFields: [name('node2')] })),
    nodeName: 'node2',
    preFilterNodes: ['node1', 'node2'],
  },
  {
    name: 'Pod with two conflicting mach field requirements',
    pod: withAffinity(required({ matchFields: [name('node1'), name('node2')] })),
    nodeName: 'node2',
    labels: { foo: 'bar' },
    preFilter: 'Conflict',
    rejects: true,
  },
  {
    name: 'Matches node selector correctly even if PreFilter is not called',
    pod: pod({ nodeSelector: { foo: 'bar' } }),
    labels: { foo: 'bar', baz: 'blah' },
    runPreFilter: false,
  },
  {
    name: 'Matches node affinity correctly even if PreFilter is not called',
    pod: withAffinity(required({ matchExpressions: gpuExistsNotIn })),
    labels: { GPU: 'NVIDIA-GRID-K1' },
    runPreFilter: false,
  },
];

describe('NodeAffinity PreFilter and Filter (TestNodeAffinity)', () => {
  it.each(filterCases)('$name', (c) => {
    const plugin = new NodeAffinity();
    const state = new Map<string, unknown>();
    if (c.runPreFilter ?? true) {
      const pre = plugin.preFilter(state, c.pod);
      if (c.preFilter === 'Skip') expect(pre.status?.code).toBe('Skip');
      else if (c.preFilter === 'Conflict')
        expect(pre.status).toEqual({ code: 'UnschedulableAndUnresolvable', plugin: 'NodeAffinity', reasons: [ERR_REASON_CONFLICT] });
      else expect(pre.status).toBeNull();
      expect(pre.nodeNames ? [...pre.nodeNames].sort() : undefined).toEqual(c.preFilterNodes);
    }
    const got = plugin.filter(state, c.pod, newNodeInfo(node(c.nodeName ?? '', {}, { labels: c.labels ?? {} })));
    expect(got).toEqual(c.rejects ? { code: 'UnschedulableAndUnresolvable', plugin: 'NodeAffinity', reasons: [ERR_REASON_POD] } : null);
  });
});

describe('NodeAffinity Score (TestNodeAffinityPriority)', () => {
  const label1 = { foo: 'bar' };
  const label2 = { key: 'value' };
  const label3 = { az: 'az1' };
  const label4 = { abc: 'az11', def: 'az22' };
  const label5 = { foo: 'bar', key: 'value', az: 'az1' };
  const affinity1: Affinity = {
    preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 2, preference: { matchExpressions: [e('foo', 'In', ['bar'])] } }],
  };
  const affinity2: Affinity = {
    preferredDuringSchedulingIgnoredDuringExecution: [
      { weight: 2, preference: { matchExpressions: [e('foo', 'In', ['bar'])] } },
      { weight: 4, preference: { matchExpressions: [e('key', 'In', ['value'])] } },
      { weight: 5, preference: { matchExpressions: [e('foo', 'In', ['bar']), e('key', 'In', ['value']), e('az', 'In', ['az1'])] } },
    ],
  };
  const cases: Array<[string, PodObject, Array<[string, Record<string, string>]>, number[], boolean]> = [
    [
      'all nodes are same priority as NodeAffinity is nil',
      pod(),
      [
        ['node1', label1],
        ['node2', label2],
        ['node3', label3],
      ],
      [0, 0, 0],
      true,
    ],
    [
      "no node matches preferred scheduling requirements in NodeAffinity of pod so all nodes' priority is zero",
      withAffinity(affinity1),
      [
        ['node1', label4],
        ['node2', label2],
        ['node3', label3],
      ],
      [0, 0, 0],
      true,
    ],
    [
      'only node1 matches the preferred scheduling requirements of pod',
      withAffinity(affinity1),
      [
        ['node1', label1],
        ['node2', label2],
        ['node3', label3],
      ],
      [100, 0, 0],
      true,
    ],
    [
      'all nodes matches the preferred scheduling requirements of pod but with different priorities ',
      withAffinity(affinity2),
      [
        ['node1', label1],
        ['node5', label5],
        ['node2', label2],
      ],
      [18, 100, 36],
      true,
    ],
    [
      'calculate the priorities correctly even if PreScore is not called',
      withAffinity(affinity2),
      [
        ['node1', label1],
        ['node5', label5],
        ['node2', label2],
      ],
      [18, 100, 36],
      false,
    ],
  ];
  it.each(cases)('%s', (_name, p, nodes, want, runPreScore) => {
    const got = scoreNodes(new NodeAffinity(), p, snapshot(nodes.map(([n, labels]) => node(n, {}, { labels }))), runPreScore);
    expect(got.errorCode).toBeUndefined();
    expect(got.scores.map((s) => s.score)).toEqual(want);
  });
});
