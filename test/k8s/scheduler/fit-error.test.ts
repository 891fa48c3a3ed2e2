// FitError text, node sampling and host selection. Tables from k8s v1.28
// pkg/scheduler/framework/types_test.go (TestFitError_Error) and pkg/scheduler/schedule_one_test.go
// (TestNumFeasibleNodesToFind, TestSelectHost).
import { describe, expect, it } from 'vitest';
import { fitErrorMessage } from '../../../src/k8s/scheduler/fit-error.js';
import { numFeasibleNodesToFind } from '../../../src/k8s/scheduler/num-feasible.js';
import { selectHost } from '../../../src/k8s/scheduler/select-host.js';
import { newStatus } from '../../../src/k8s/scheduler/status.js';
import type { NodeScore, Status } from '../../../src/k8s/scheduler/types.js';

const unsched = (msg: string): Status => newStatus('Unschedulable', 'P', msg);
const statuses = (...msgs: string[]): Map<string, Status> => new Map(msgs.map((m, i) => [`node${i + 1}`, unsched(m)]));

describe('FitError.Error (types_test.go TestFitError_Error)', () => {
  const pre = 'Node(s) failed PreFilter plugin FalsePreFilter';
  const f1 = 'Node(s) failed Filter plugin FalseFilter-1';
  const f2 = 'Node(s) failed Filter plugin FalseFilter-2';
  const post = 'Error running PostFilter plugin FailedPostFilter';
  const cases: Array<[string, number, Parameters<typeof fitErrorMessage>[1], string]> = [
    [
      'nodes failed Prefilter plugin',
      3,
      { preFilterMsg: pre, nodeToStatus: statuses(pre, pre, pre) },
      '0/3 nodes are available: Node(s) failed PreFilter plugin FalsePreFilter.',
    ],
    [
      'nodes failed Prefilter plugin and the preemption also failed',
      3,
      { preFilterMsg: pre, nodeToStatus: statuses(pre, pre, pre), postFilterMsg: post },
      '0/3 nodes are available: Node(s) failed PreFilter plugin FalsePreFilter. Error running PostFilter plugin FailedPostFilter',
    ],
    [
      'nodes failed one Filter plugin with an empty PostFilterMsg',
      3,
      { nodeToStatus: statuses(f1, f1, f1) },
      '0/3 nodes are available: 3 Node(s) failed Filter plugin FalseFilter-1.',
    ],
    [
      'nodes failed one Filter plugin with a non-empty PostFilterMsg',
      3,
      { nodeToStatus: statuses(f1, f1, f1), postFilterMsg: post },
      '0/3 nodes are available: 3 Node(s) failed Filter plugin FalseFilter-1. Error running PostFilter plugin FailedPostFilter',
    ],
    [
      'nodes failed two Filter plugins with an empty PostFilterMsg',
      3,
      { nodeToStatus: statuses(f1, f1, f2) },
      '0/3 nodes are available: 1 Node(s) failed Filter plugin FalseFilter-2, 2 Node(s) failed Filter plugin FalseFilter-1.',
    ],
    [
      'nodes failed two Filter plugins with a non-empty PostFilterMsg',
      3,
      { nodeToStatus: statuses(f1, f1, f2), postFilterMsg: post },
      '0/3 nodes are available: 1 Node(s) failed Filter plugin FalseFilter-2, 2 Node(s) failed Filter plugin FalseFilter-1. Error running PostFilter plugin FailedPostFilter',
    ],
    [
      'failed to Permit on node',
      1,
      { nodeToStatus: statuses('Node failed Permit plugin Permit-1') },
      '0/1 nodes are available: 1 Node failed Permit plugin Permit-1.',
    ],
    [
      'failed to Reserve on node',
      1,
      { nodeToStatus: statuses('Node failed Reserve plugin Reserve-1') },
      '0/1 nodes are available: 1 Node failed Reserve plugin Reserve-1.',
    ],
  ];
  it.each(cases)('%s', (_name, numAllNodes, diagnosis, want) => {
    expect(fitErrorMessage(numAllNodes, diagnosis)).toBe(want);
  });

  it('counts every reason of a multi-reason status and sorts the histogram as strings', () => {
    const nodeToStatus = new Map<string, Status>([
      ['a', newStatus('Unschedulable', 'NodeResourcesFit', 'Insufficient cpu', 'Insufficient memory')],
      ['b', newStatus('Unschedulable', 'NodeResourcesFit', 'Insufficient memory')],
    ]);
    for (let i = 0; i < 10; i++)
      nodeToStatus.set(`t${i}`, newStatus('UnschedulableAndUnresolvable', 'TaintToleration', 'node(s) had untolerated taint {k: v}'));
    // "10 …" sorts before "2 …": Kubernetes sorts the formatted strings, not the counts.
    expect(fitErrorMessage(12, { nodeToStatus })).toBe(
      '0/12 nodes are available: 1 Insufficient cpu, 10 node(s) had untolerated taint {k: v}, 2 Insufficient memory.',
    );
  });
});

describe('numFeasibleNodesToFind (schedule_one_test.go TestNumFeasibleNodesToFind)', () => {
  const cases: Array<[string, number | undefined, number, number, number]> = [
    // name, profile percentage, global percentage, nodes, want
    ['not set percentageOfNodesToScore and nodes number not more than 50', undefined, 0, 10, 10],
    ['set profile percentageOfNodesToScore and nodes number not more than 50', 40, 0, 10, 10],
    ['not set percentageOfNodesToScore and nodes number more than 50', undefined, 0, 1000, 420],
    ['set profile percentageOfNodesToScore and nodes number more than 50', 40, 0, 1000, 400],
    ['set global and profile percentageOfNodesToScore and nodes number more than 50', 40, 100, 1000, 400],
    ['set global percentageOfNodesToScore and nodes number more than 50', undefined, 40, 1000, 400],
    ['not set profile percentageOfNodesToScore and nodes number more than 50*125', undefined, 0, 6000, 300],
    ['set profile percentageOfNodesToScore and nodes number more than 50*125', 40, 0, 6000, 2400],
    ['adaptive percentage never gives fewer than 100 nodes', undefined, 0, 150, 100],
    ['an explicit small percentage is raised to 100 nodes', 1, 0, 500, 100],
  ];
  it.each(cases)('%s', (_name, profile, global, n, want) => {
    expect(numFeasibleNodesToFind(n, profile, global)).toBe(want);
  });
});

describe('selectHost (schedule_one_test.go TestSelectHost)', () => {
  const s = (node: string, score: number): NodeScore => ({ node, score });
  const cases: Array<[string, NodeScore[], string[]]> = [
    ['unique properly ordered scores', [s('machine1.1', 1), s('machine2.1', 2)], ['machine2.1']],
    [
      'equal scores',
      [s('machine1.1', 1), s('machine1.2', 2), s('machine1.3', 2), s('machine2.1', 2)],
      ['machine1.2', 'machine1.3', 'machine2.1'],
    ],
    [
      'out of order scores',
      [s('machine1.1', 3), s('machine1.2', 3), s('machine2.1', 2), s('machine3.1', 1), s('machine1.3', 3)],
      ['machine1.1', 'machine1.2', 'machine1.3'],
    ],
  ];
  it.each(cases)('%s', (_name, list, possible) => {
    const seen = new Set<string>();
    // Ten draws spread over [0, 1), like the upstream loop "to increase the randomness".
    for (let i = 0; i < 10; i++) seen.add(selectHost(list, () => i / 10)!);
    for (const host of seen) expect(possible).toContain(host);
    expect(seen.size).toBe(possible.length);
  });

  it('empty priority list', () => {
    expect(selectHost([], () => 0)).toBeUndefined();
  });

  it('replaces the candidate with probability 1/count (reservoir sampling)', () => {
    const tied = [s('a', 5), s('b', 5), s('c', 5)];
    // Draws for count 2 then count 3: floor(r·count) == 0 replaces the candidate.
    expect(selectHost(tied, seq(0.9, 0.9))).toBe('a');
    expect(selectHost(tied, seq(0.4, 0.9))).toBe('b');
    expect(selectHost(tied, seq(0.9, 0.3))).toBe('c');
  });
});

function seq(...values: number[]): () => number {
  let i = 0;
  return () => values[i++];
}
