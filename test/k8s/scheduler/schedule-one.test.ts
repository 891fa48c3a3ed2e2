// scheduleOne end to end with the default profile: the SPEC 4U4G example, FitError texts over
// several nodes, weighted scoring, the single-feasible-node shortcut, PreFilter outcomes and the
// rotating start index (k8s v1.28 schedule_one_test.go TestFairEvaluationForNodes).
import { describe, expect, it } from 'vitest';
import type { NodeSpec, PodObject } from '../../../src/model/types.js';
import { addPod, newNodeInfo } from '../../../src/k8s/scheduler/node-info.js';
import { buildProfile, defaultProfile } from '../../../src/k8s/scheduler/profile.js';
import { scheduleOne } from '../../../src/k8s/scheduler/schedule-one.js';
import { node, pod, q } from './fixtures.js';

const GiB = 1024 ** 3;
const never = (): number => {
  throw new Error('no tie to break');
};

function schedule(p: PodObject, nodes: NodeSpec[], bound: PodObject[] = []) {
  const infos = nodes.map((n) =>
    newNodeInfo(
      n,
      bound.filter((b) => b.spec.nodeName === n.name),
    ),
  );
  return scheduleOne(defaultProfile(), p, infos, { nextStartNodeIndex: 0 }, never);
}

describe('SPEC §1 4U4G node fit', () => {
  // One node with 4 CPU / 4 GiB; two pods requesting 1 CPU / 1 GiB each are bound.
  const n4u4g = node('node-1', { ...q({ cpu: '4', memory: '4Gi' }), pods: 110 });
  const web = (): PodObject => pod({ containers: [q({ cpu: '1', memory: '1Gi' })] });

  it('leaves 2 CPU / 2 GiB, so a 2 CPU / 2 GiB pod fits exactly (free == request fits)', () => {
    const info = newNodeInfo(n4u4g, [web(), web()]);
    expect(info.node.allocatable.cpu - info.requested.cpu).toBe(2000);
    expect(info.node.allocatable.memory - info.requested.memory).toBe(2 * GiB);
    const big = pod({ containers: [q({ cpu: '2', memory: '2Gi' })] });
    const r = scheduleOne(defaultProfile(), big, [info], { nextStartNodeIndex: 0 }, never);
    expect(r.nodeName).toBe('node-1');
    expect(r.reason).toBeUndefined();
    // A single feasible node is taken without scoring.
    expect(r.scores).toEqual([]);
  });

  it('two more 1 CPU / 1 GiB pods fit instead', () => {
    const info = newNodeInfo(n4u4g, [web(), web()]);
    for (let i = 0; i < 2; i++) {
      const p = web();
      expect(scheduleOne(defaultProfile(), p, [info], { nextStartNodeIndex: 0 }, never).nodeName).toBe('node-1');
      addPod(info, p);
    }
  });

  // Once full, a further 1 CPU / 1 GiB pod fails both the cpu and the memory check on the only node:
  // NodeResourcesFit keeps every failure reason, so the histogram has one entry per reason.
  it('then a further 1 CPU / 1 GiB pod stays Pending with both reasons', () => {
    const info = newNodeInfo(n4u4g, [web(), web(), pod({ containers: [q({ cpu: '2', memory: '2Gi' })] })]);
    const r = scheduleOne(defaultProfile(), web(), [info], { nextStartNodeIndex: 0 }, never);
    expect(r.nodeName).toBeUndefined();
    expect(r.reason).toBe('0/1 nodes are available: 1 Insufficient cpu, 1 Insufficient memory.');
    expect(r.unschedulablePlugins).toEqual(['NodeResourcesFit']);
  });

  it('and a pod requesting only 1 CPU gets the SPEC text exactly', () => {
    const info = newNodeInfo(n4u4g, [web(), web(), pod({ containers: [q({ cpu: '2', memory: '2Gi' })] })]);
    const r = scheduleOne(defaultProfile(), pod({ containers: [q({ cpu: '1' })] }), [info], { nextStartNodeIndex: 0 }, never);
    expect(r.reason).toBe('0/1 nodes are available: 1 Insufficient cpu.');
  });
});

describe('FitError over several nodes', () => {
  it('counts reasons per node, sorted as Kubernetes prints them', () => {
    const small = (name: string) => node(name, { cpu: 4000, memory: GiB, pods: 110 });
    const tainted = (name: string) =>
      node(name, { cpu: 4000, memory: 8 * GiB, pods: 110 }, { taints: [{ key: 'key', value: 'value', effect: 'NoSchedule' }] });
    const r = schedule(pod({ containers: [{ cpu: 100, memory: 2 * GiB }] }), [
      small('a'),
      tainted('b'),
      small('c'),
      tainted('d'),
      tainted('e'),
    ]);
    expect(r.reason).toBe('0/5 nodes are available: 2 Insufficient memory, 3 node(s) had untolerated taint {key: value}.');
    expect(r.unschedulablePlugins).toEqual(['NodeResourcesFit', 'TaintToleration']);
    expect(r.filter.map((f) => [f.node, f.status.plugin])).toEqual([
      ['a', 'NodeResourcesFit'],
      ['b', 'TaintToleration'],
      ['c', 'NodeResourcesFit'],
      ['d', 'TaintToleration'],
      ['e', 'TaintToleration'],
    ]);
  });

  it('stops at the first failing filter in plugin order (TaintToleration before NodeResourcesFit)', () => {
    const n = node('a', { cpu: 1000, memory: GiB, pods: 110 }, { taints: [{ key: 'k', effect: 'NoExecute' }], unschedulable: true });
    const r = schedule(
      pod({ containers: [{ cpu: 2000 }], tolerations: [{ key: 'node.kubernetes.io/unschedulable', operator: 'Exists' }] }),
      [n],
    );
    expect(r.reason).toBe('0/1 nodes are available: 1 node(s) had untolerated taint {k: }.');
  });

  it('reports no nodes at all as Kubernetes does', () => {
    const r = schedule(pod(), []);
    expect(r.reason).toBe('no nodes available to schedule pods');
    expect(r.error).toBeUndefined();
  });

  it('uses the PreFilter message alone when PreFilter rejects', () => {
    const p = pod({ containers: [{}], initContainers: [{}], sidecars: true });
    const r = schedule(p, [node('a', { pods: 110 }), node('b', { pods: 110 })]);
    expect(r.reason).toBe('0/2 nodes are available: Pod has a restartable init container and the SidecarContainers feature is disabled.');
    expect(r.filter).toHaveLength(2);
    expect(r.unschedulablePlugins).toEqual(['NodeResourcesFit']);
  });

  it('evaluates only the nodes pinned by matchFields metadata.name', () => {
    const p = pod({
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['b'] }] }],
        },
      },
    });
    const r = schedule(
      p,
      ['a', 'b', 'c'].map((n) => node(n, { pods: 110 })),
    );
    expect(r.nodeName).toBe('b');
    expect(r.evaluatedNodes).toBe(1);
  });

  it('turns an invalid preferred term into a scheduling error', () => {
    const p = pod({
      nodeAffinity: {
        preferredDuringSchedulingIgnoredDuringExecution: [
          { weight: 1, preference: { matchExpressions: [{ key: 'k', operator: 'In', values: ['not valid!'] }] } },
        ],
      },
    });
    const r = schedule(p, [node('a', { pods: 110 }), node('b', { pods: 110 })]);
    expect(r.nodeName).toBeUndefined();
    expect(r.error).toBe(true);
    expect(r.reason).toMatch(/^running PreScore plugin "NodeAffinity": invalid label value "not valid!"/);
  });
});

describe('scoring with the default profile', () => {
  it('sums normalized plugin scores times weights (TaintToleration 3, NodeAffinity 2, Fit 1, Balanced 1)', () => {
    const r = schedule(pod({ containers: [{ cpu: 1000, memory: GiB }] }), [
      node('n1', { cpu: 4000, memory: 8 * GiB, pods: 110 }),
      node('n2', { cpu: 8000, memory: 8 * GiB, pods: 110 }),
    ]);
    // n1: Fit (75 + 87) / 2 = 81; Balanced 1 − |0.25 − 0.125| / 2 → 93; n2: Fit 87, Balanced 100.
    // TaintToleration: no taints → 100 each (× 3); NodeAffinity: no preferences → 0.
    expect(r.scores.filter((s) => s.node === 'n1').map((s) => [s.plugin, s.score, s.weighted])).toEqual([
      ['TaintToleration', 100, 300],
      ['NodeAffinity', 0, 0],
      ['NodeResourcesFit', 81, 81],
      ['NodeResourcesBalancedAllocation', 93, 93],
    ]);
    expect(r.total).toEqual([
      { node: 'n1', score: 474 },
      { node: 'n2', score: 487 },
    ]);
    expect(r.nodeName).toBe('n2');
  });

  it('breaks ties with the injected random source', () => {
    const nodes = ['a', 'b', 'c'].map((n) => node(n, { cpu: 1000, memory: GiB, pods: 110 }));
    const pick = (r: number) =>
      scheduleOne(
        defaultProfile(),
        pod(),
        nodes.map((n) => newNodeInfo(n)),
        { nextStartNodeIndex: 0 },
        () => r,
      ).nodeName;
    expect([pick(0.99), pick(0.4), pick(0)]).toEqual(['a', 'b', 'c']);
  });

  it('prefers the node without an untolerated PreferNoSchedule taint', () => {
    const r = schedule(pod(), [
      node('soft', { pods: 110 }, { taints: [{ key: 'k', value: 'v', effect: 'PreferNoSchedule' }] }),
      node('clean', { pods: 110 }),
    ]);
    expect(r.nodeName).toBe('clean');
  });
});

describe('rotating start index (schedule_one_test.go TestFairEvaluationForNodes)', () => {
  it('visits numFeasibleNodesToFind nodes per cycle and moves the start by that many', () => {
    const numAllNodes = 500;
    const infos = Array.from({ length: numAllNodes }, (_, i) => newNodeInfo(node(String(i), { pods: 110 })));
    // 30 % so that numAllNodes % nodesToFind != 0.
    const profile = buildProfile({ percentageOfNodesToScore: 30 });
    const nodesToFind = 150;
    const state = { nextStartNodeIndex: 0 };
    for (let i = 0; i < 2 * (Math.trunc(numAllNodes / nodesToFind) + 1); i++) {
      const r = scheduleOne(profile, pod(), infos, state, () => 0.5);
      expect(r.feasibleNodes).toBe(nodesToFind);
      expect(state.nextStartNodeIndex).toBe(((i + 1) * nodesToFind) % numAllNodes);
    }
  });

  it('counts rejected nodes in the advance too', () => {
    const infos = ['a', 'b', 'c'].map((n, i) => newNodeInfo(node(n, { pods: i === 1 ? 0 : 110 })));
    const state = { nextStartNodeIndex: 1 };
    const r = scheduleOne(defaultProfile(), pod(), infos, state, () => 0);
    expect(r.filter.map((f) => [f.node, f.status.code])).toEqual([
      ['b', 'Unschedulable'],
      ['c', 'Success'],
      ['a', 'Success'],
    ]);
    expect(state.nextStartNodeIndex).toBe(1);
  });
});
