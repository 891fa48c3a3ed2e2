// TaintToleration, NodeUnschedulable and NodeName, ported from k8s v1.28
// pkg/scheduler/framework/plugins/tainttoleration/taint_toleration_test.go (TestTaintTolerationScore,
// TestTaintTolerationFilter), nodeunschedulable/node_unschedulable_test.go (TestNodeUnschedulable)
// and nodename/node_name_test.go (TestNodeName).
import { describe, expect, it } from 'vitest';
import type { Taint, Toleration } from '../../../src/model/types.js';
import { newNodeInfo } from '../../../src/k8s/scheduler/node-info.js';
import { NodeName } from '../../../src/k8s/scheduler/plugins/node-name.js';
import { NodeUnschedulable } from '../../../src/k8s/scheduler/plugins/node-unschedulable.js';
import { TaintToleration } from '../../../src/k8s/scheduler/plugins/taint-toleration.js';
import { node, pod, snapshot } from './fixtures.js';
import { scoreNodes } from './score-helpers.js';

const withTaints = (name: string, taints: Taint[]) => node(name, {}, { taints });
const tolerating = (tolerations: Toleration[]) => pod({ tolerations });
const prefer = (key: string, value: string): Taint => ({ key, value, effect: 'PreferNoSchedule' });

describe('TaintToleration Score (TestTaintTolerationScore)', () => {
  const cpuArm: Toleration = { key: 'cpu-type', operator: 'Equal', value: 'arm64', effect: 'PreferNoSchedule' };
  const diskSsd: Toleration = { key: 'disk-type', operator: 'Equal', value: 'ssd', effect: 'PreferNoSchedule' };
  const cases: Array<[string, Toleration[], Array<[string, Taint[]]>, number[]]> = [
    [
      'node with taints tolerated by the pod, gets a higher score than those node with intolerable taints',
      [{ key: 'foo', operator: 'Equal', value: 'bar', effect: 'PreferNoSchedule' }],
      [
        ['nodeA', [prefer('foo', 'bar')]],
        ['nodeB', [prefer('foo', 'blah')]],
      ],
      [100, 0],
    ],
    [
      'the nodes that all of their taints are tolerated by the pod, get the same score, no matter how many tolerable taints a node has',
      [cpuArm, diskSsd],
      [
        ['nodeA', []],
        ['nodeB', [prefer('cpu-type', 'arm64')]],
        ['nodeC', [prefer('cpu-type', 'arm64'), prefer('disk-type', 'ssd')]],
      ],
      [100, 100, 100],
    ],
    [
      'the more intolerable taints a node has, the lower score it gets.',
      [{ key: 'foo', operator: 'Equal', value: 'bar', effect: 'PreferNoSchedule' }],
      [
        ['nodeA', []],
        ['nodeB', [prefer('cpu-type', 'arm64')]],
        ['nodeC', [prefer('cpu-type', 'arm64'), prefer('disk-type', 'ssd')]],
      ],
      [100, 50, 0],
    ],
    [
      'only taints and tolerations that have effect PreferNoSchedule are checked by taints-tolerations priority function',
      [
        { ...cpuArm, effect: 'NoSchedule' },
        { ...diskSsd, effect: 'NoSchedule' },
      ],
      [
        ['nodeA', []],
        ['nodeB', [{ key: 'cpu-type', value: 'arm64', effect: 'NoSchedule' }]],
        ['nodeC', [prefer('cpu-type', 'arm64'), prefer('disk-type', 'ssd')]],
      ],
      [100, 100, 0],
    ],
    [
      'Default behaviour No taints and tolerations, lands on node with no taints',
      [],
      [
        ['nodeA', []],
        ['nodeB', [prefer('cpu-type', 'arm64')]],
      ],
      [100, 0],
    ],
  ];
  it.each(cases)('%s', (_name, tolerations, nodes, want) => {
    const got = scoreNodes(new TaintToleration(), tolerating(tolerations), snapshot(nodes.map(([n, t]) => withTaints(n, t))));
    expect(got.scores.map((s) => s.score)).toEqual(want);
  });
});

describe('TaintToleration Filter (TestTaintTolerationFilter)', () => {
  const dedicated1: Taint = { key: 'dedicated', value: 'user1', effect: 'NoSchedule' };
  const cases: Array<[string, Toleration[], Taint[], string | null]> = [
    [
      "A pod having no tolerations can't be scheduled onto a node with nonempty taints",
      [],
      [dedicated1],
      'node(s) had untolerated taint {dedicated: user1}',
    ],
    [
      'A pod which can be scheduled on a dedicated node assigned to user1 with effect NoSchedule',
      [{ key: 'dedicated', value: 'user1', effect: 'NoSchedule' }],
      [dedicated1],
      null,
    ],
    [
      "A pod which can't be scheduled on a dedicated node assigned to user2 with effect NoSchedule",
      [{ key: 'dedicated', operator: 'Equal', value: 'user2', effect: 'NoSchedule' }],
      [dedicated1],
      'node(s) had untolerated taint {dedicated: user1}',
    ],
    [
      'A pod can be scheduled onto the node, with a toleration uses operator Exists that tolerates the taints on the node',
      [{ key: 'foo', operator: 'Exists', effect: 'NoSchedule' }],
      [{ key: 'foo', value: 'bar', effect: 'NoSchedule' }],
      null,
    ],
    [
      'A pod has multiple tolerations, node has multiple taints, all the taints are tolerated, pod can be scheduled onto the node',
      [
        { key: 'dedicated', operator: 'Equal', value: 'user2', effect: 'NoSchedule' },
        { key: 'foo', operator: 'Exists', effect: 'NoSchedule' },
      ],
      [
        { key: 'dedicated', value: 'user2', effect: 'NoSchedule' },
        { key: 'foo', value: 'bar', effect: 'NoSchedule' },
      ],
      null,
    ],
    [
      "A pod has a toleration that keys and values match the taint on the node, but (non-empty) effect doesn't match, can't be scheduled onto the node",
      [{ key: 'foo', operator: 'Equal', value: 'bar', effect: 'PreferNoSchedule' }],
      [{ key: 'foo', value: 'bar', effect: 'NoSchedule' }],
      'node(s) had untolerated taint {foo: bar}',
    ],
    [
      'The pod has a toleration that keys and values match the taint on the node, the effect of toleration is empty, and the effect of taint is NoSchedule. Pod can be scheduled onto the node',
      [{ key: 'foo', operator: 'Equal', value: 'bar' }],
      [{ key: 'foo', value: 'bar', effect: 'NoSchedule' }],
      null,
    ],
    [
      "The pod has a toleration that key and value don't match the taint on the node, but the effect of taint on node is PreferNoSchedule. Pod can be scheduled onto the node",
      [{ key: 'dedicated', operator: 'Equal', value: 'user2', effect: 'NoSchedule' }],
      [{ ...dedicated1, effect: 'PreferNoSchedule' }],
      null,
    ],
    [
      'The pod has no toleration, but the effect of taint on node is PreferNoSchedule. Pod can be scheduled onto the node',
      [],
      [{ ...dedicated1, effect: 'PreferNoSchedule' }],
      null,
    ],
  ];
  it.each(cases)('%s', (_name, tolerations, taints, want) => {
    const got = new TaintToleration().filter(new Map(), tolerating(tolerations), newNodeInfo(withTaints('nodeA', taints)));
    expect(got).toEqual(want === null ? null : { code: 'UnschedulableAndUnresolvable', plugin: 'TaintToleration', reasons: [want] });
  });
});

describe('NodeUnschedulable Filter (TestNodeUnschedulable)', () => {
  const cases: Array<[string, Toleration[], boolean, boolean]> = [
    ['Does not schedule pod to unschedulable node (node.Spec.Unschedulable==true)', [], true, false],
    ['Schedule pod to normal node', [], false, true],
    [
      'Schedule pod with toleration to unschedulable node (node.Spec.Unschedulable==true)',
      [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }],
      true,
      true,
    ],
  ];
  it.each(cases)('%s', (_name, tolerations, unschedulable, fits) => {
    const got = new NodeUnschedulable().filter(new Map(), tolerating(tolerations), newNodeInfo(node('n', {}, { unschedulable })));
    expect(got).toEqual(
      fits ? null : { code: 'UnschedulableAndUnresolvable', plugin: 'NodeUnschedulable', reasons: ['node(s) were unschedulable'] },
    );
  });
});

describe('NodeName Filter (TestNodeName)', () => {
  const cases: Array<[string, string | undefined, boolean]> = [
    ['no host specified', undefined, true],
    ['host matches', 'foo', true],
    ["host doesn't match", 'bar', false],
  ];
  it.each(cases)('%s', (_name, nodeName, fits) => {
    const got = new NodeName().filter(new Map(), pod({ nodeName }), newNodeInfo(node('foo')));
    expect(got).toEqual(
      fits
        ? null
        : {
            code: 'UnschedulableAndUnresolvable',
            plugin: 'NodeName',
            reasons: ["node(s) didn't match the requested node name"],
          },
    );
  });
});
