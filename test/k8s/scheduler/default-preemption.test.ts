// DefaultPreemption, rows in the spirit of k8s v1.28 pkg/scheduler/framework/plugins/
// defaultpreemption/default_preemption_test.go (TestSelectNodesForPreemption, TestPickOneNodeForPreemption,
// TestPodEligibleToPreemptOthers) and the FitError text of schedule_one.go, driven through scheduleOne.
import { describe, expect, it } from 'vitest';
import type { PodObject } from '../../../src/model/types.js';
import type { PdbInfo } from '../../../src/k8s/scheduler/lister.js';
import { defaultProfile } from '../../../src/k8s/scheduler/profile.js';
import { scheduleOne } from '../../../src/k8s/scheduler/schedule-one.js';
import { pickOneNode } from '../../../src/k8s/scheduler/preemption/pick-node.js';
import { splitByPdbViolation } from '../../../src/k8s/scheduler/preemption/victims.js';
import { node, pod, q, snapshot } from './fixtures.js';
import { listerWith } from './plugin-harness.js';

const cpu = (n: string) => [q({ cpu: n })];
const at = (nodeName: string, priority: number, c: string, o: Parameters<typeof pod>[0] = {}) =>
  pod({ nodeName, priority, containers: cpu(c), ...o });
const host = (name: string, c = '4') => node(name, q({ cpu: c, memory: '8Gi', pods: 110 }), { labels: { 'kubernetes.io/hostname': name } });

function run(
  p: PodObject,
  nodes: ReturnType<typeof host>[],
  pods: PodObject[],
  o: { pdbs?: PdbInfo[]; start?: Map<PodObject, number> } = {},
) {
  const profile = defaultProfile();
  profile.host!.lister = listerWith({}, { pdbs: () => o.pdbs ?? [], startTime: (x) => o.start?.get(x) });
  return scheduleOne(profile, p, snapshot(nodes, pods), { nextStartNodeIndex: 0 }, () => 0, { preemption: true });
}

describe('DefaultPreemption', () => {
  it('evicts the fewest pods: the more important (earlier started) one is reprieved', () => {
    const p1 = at('n1', 0, '1');
    const p2 = at('n1', 0, '2');
    const start = new Map([
      [p1, 1],
      [p2, 2],
    ]);
    const r = run(pod({ priority: 10, containers: cpu('2') }), [host('n1')], [p1, p2, at('n1', 0, '1')], { start });
    expect(r.nodeName).toBeUndefined();
    expect(r.nominatedNodeName).toBe('n1');
    expect(r.victims).toEqual([p2]);
    expect(r.reason).toBe('0/1 nodes are available: 1 Insufficient cpu.');
  });

  it('prefers the node whose highest-priority victim is lowest', () => {
    const r = run(pod({ priority: 10, containers: cpu('3') }), [host('n1'), host('n2')], [at('n1', 5, '3'), at('n2', 1, '3')]);
    expect(r.nominatedNodeName).toBe('n2');
  });

  it('prefers the node without PDB violations', () => {
    const guarded = at('n1', 1, '3', { labels: { app: 'db' } });
    const pdbs: PdbInfo[] = [{ namespace: 'default', selector: { matchLabels: { app: 'db' } }, disruptionsAllowed: 0 }];
    const r = run(
      pod({ priority: 10, containers: cpu('3') }),
      [host('n1'), host('n2')],
      [guarded, at('n2', 5, '3', { labels: { app: 'web' } })],
      { pdbs },
    );
    expect(r.nominatedNodeName).toBe('n2');
  });

  it('violates a PDB when nothing else frees room', () => {
    const guarded = at('n1', 1, '3', { labels: { app: 'db' } });
    const pdbs: PdbInfo[] = [{ namespace: 'default', selector: { matchLabels: { app: 'db' } }, disruptionsAllowed: 0 }];
    const r = run(pod({ priority: 10, containers: cpu('3') }), [host('n1')], [guarded], { pdbs });
    expect(r.nominatedNodeName).toBe('n1');
    expect(r.victims).toEqual([guarded]);
  });

  it('preemptionPolicy Never: not eligible, said in the FitError text', () => {
    const r = run(pod({ priority: 10, containers: cpu('3'), preemptionPolicy: 'Never' }), [host('n1')], [at('n1', 0, '3')]);
    expect(r.nominatedNodeName).toBeUndefined();
    expect(r.reason).toBe('0/1 nodes are available: 1 Insufficient cpu. preemption: not eligible due to preemptionPolicy=Never.');
  });

  it('no lower-priority pods: the nested FitError, appended as is (v1.28)', () => {
    const r = run(pod({ priority: 0, containers: cpu('3') }), [host('n1'), host('n2')], [at('n1', 0, '3'), at('n2', 5, '3')]);
    expect(r.reason).toBe(
      '0/2 nodes are available: 2 Insufficient cpu. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.',
    );
  });

  it('UnschedulableAndUnresolvable nodes are not helped by preemption', () => {
    const tainted = node('n2', q({ cpu: '4', pods: 110 }), { taints: [{ key: 'k', effect: 'NoSchedule' }] });
    const r = run(pod({ priority: 10, containers: cpu('3') }), [host('n1', '2'), tainted], []);
    expect(r.reason).toBe(
      '0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint {k: }. ' +
        'preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling.',
    );
  });

  it('a victim that blocks through anti-affinity is evicted (PreFilter RemovePod extension)', () => {
    const anti = {
      requiredDuringSchedulingIgnoredDuringExecution: [
        { labelSelector: { matchLabels: { app: 'batch' } }, topologyKey: 'kubernetes.io/hostname' },
      ],
    };
    const batch = at('n1', 0, '1', { labels: { app: 'batch' } });
    const r = run(
      pod({ priority: 10, containers: cpu('1'), podAntiAffinity: anti }),
      [host('n1')],
      [batch, at('n1', 0, '1', { labels: { app: 'other' } })],
    );
    expect(r.reason).toBe("0/1 nodes are available: 1 node(s) didn't match pod anti-affinity rules.");
    expect(r.victims).toEqual([batch]);
  });

  it('pickOneNode: fewest victims, then the latest start of the top-priority victims', () => {
    const a = pod({ priority: 1 });
    const b = pod({ priority: 1 });
    const c = pod({ priority: 1 });
    const start = new Map([
      [a, 10],
      [b, 20],
      [c, 30],
    ]);
    const lister = listerWith({}, { startTime: (p) => start.get(p) });
    expect(
      pickOneNode(
        [
          { node: 'x', victims: [a], pdbViolations: 0 },
          { node: 'y', victims: [b], pdbViolations: 0 },
        ],
        lister,
      ).node,
    ).toBe('y');
    // Equal priority sums need the count: 2 pods of priority 0 vs 1 pod of priority 1... sums differ, so use equal ones.
    expect(
      pickOneNode(
        [
          { node: 'x', victims: [a, b], pdbViolations: 0 },
          { node: 'y', victims: [c], pdbViolations: 0 },
        ],
        lister,
      ).node,
    ).toBe('y');
  });

  it('PDB accounting: each matching pod uses up the allowance in order', () => {
    const pods = [pod({ labels: { app: 'db' } }), pod({ labels: { app: 'db' } }), pod({ labels: {} })];
    const r = splitByPdbViolation(pods, [{ namespace: 'default', selector: { matchLabels: { app: 'db' } }, disruptionsAllowed: 1 }]);
    expect(r.violating).toEqual([pods[1]]);
    expect(r.nonViolating).toEqual([pods[0], pods[2]]);
  });
});
