// Tables after k8s v1.28 pkg/controller/daemon/daemon_controller_test.go (TestNodeShouldRunDaemonPod,
// the taint/toleration and node-condition cases: TestTaintedNodeDaemonDoesNotLaunchIntolerantPod,
// TestNotReadyNodeDaemonLaunchesPod, TestUnreachableNodeDaemonLaunchesPod, TestNodeDaemonLaunchesToleratePod,
// TestTaintPressureNodeDaemonLaunchesPod, TestNetworkUnavailableNodeDaemonLaunchesPod),
// util/daemonset_util_test.go (TestReplaceDaemonSetPodNodeNameNodeAffinity, TestGetTargetNodeName) and
// update_test.go (TestDaemonSetUpdatesPods / …WithMaxSurge, TestGetUnavailableNumbers), rewritten over
// kubetwin's pure functions.
import { describe, expect, it } from 'vitest';
import {
  daemonPodNodeAffinity,
  daemonPodTolerations,
  nodeShouldRunDaemonPod,
  podsShouldBeOnNode,
  rollingUpdate,
  targetNodeName,
  desiredNodeCounts,
  type DaemonPod,
  type DaemonTemplate,
  type RollingNode,
} from '../../../../src/k8s/controllers/daemonset/index.js';
import type { NodeSpec, Taint } from '../../../../src/model/types.js';

const node = (labels: Record<string, string> = {}, taints: Taint[] = [], unschedulable = false): NodeSpec => ({
  name: 'test-node',
  labels,
  taints,
  unschedulable,
  capacity: {},
  allocatable: {},
});
const tpl = (t: Partial<DaemonTemplate> = {}): DaemonTemplate => ({ nodeSelector: {}, tolerations: [], hostNetwork: false, ...t });
const simple = { name: 'simple-daemon', type: 'production' };
const affinity = (value: string) => ({
  nodeAffinity: {
    requiredDuringSchedulingIgnoredDuringExecution: {
      nodeSelectorTerms: [{ matchExpressions: [{ key: 'type', operator: 'In' as const, values: [value] }] }],
    },
  },
});

describe('nodeShouldRunDaemonPod (TestNodeShouldRunDaemonPod)', () => {
  const cases: Array<[string, NodeSpec, DaemonTemplate, boolean, boolean]> = [
    ['ShouldRunDaemonPod', node(simple), tpl(), true, true],
    ['ErrPodNotMatchHostName', node(simple), tpl({ nodeName: 'other-node' }), false, false],
    ['same host name', node(simple), tpl({ nodeName: 'test-node' }), true, true],
    ['ErrNodeSelectorNotMatch', node(simple), tpl({ nodeSelector: { name: 'simple-daemon', type: 'test' } }), false, false],
    ['node selector matches', node(simple), tpl({ nodeSelector: simple }), true, true],
    ['ErrPodAffinityNotMatch', node(simple), tpl({ affinity: affinity('test') }), false, false],
    ['node affinity matches', node(simple), tpl({ affinity: affinity('production') }), true, true],
    ['ShouldRunDaemonPodOnUnschedulableNode', node(simple, [], true), tpl(), true, true],
  ];
  it.each(cases)('%s', (_n, n, t, run, cont) => {
    expect(nodeShouldRunDaemonPod(n, t)).toEqual({ shouldRun: run, shouldContinueRunning: cont });
  });
});

describe('taints and the tolerations the controller adds', () => {
  const noSchedule: Taint = { key: 'dedicated', value: 'x', effect: 'NoSchedule' };
  const noExecute: Taint = { key: 'dedicated', value: 'x', effect: 'NoExecute' };
  const cases: Array<[string, Taint[], DaemonTemplate, boolean, boolean]> = [
    ['intolerant pod, NoSchedule taint: not launched, the running one stays', [noSchedule], tpl(), false, true],
    ['intolerant pod, NoExecute taint: not launched and removed', [noExecute], tpl(), false, false],
    [
      'tolerant pod launches on a tainted node',
      [noSchedule],
      tpl({ tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'x', effect: 'NoSchedule' }] }),
      true,
      true,
    ],
    ['PreferNoSchedule does not block', [{ key: 'k', effect: 'PreferNoSchedule' }], tpl(), true, true],
    ['not-ready NoExecute node', [{ key: 'node.kubernetes.io/not-ready', effect: 'NoExecute' }], tpl(), true, true],
    ['unreachable NoExecute node', [{ key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' }], tpl(), true, true],
    [
      'not-ready NoSchedule node (not tolerated: only NoExecute is added)',
      [{ key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' }],
      tpl(),
      false,
      true,
    ],
    ['disk pressure', [{ key: 'node.kubernetes.io/disk-pressure', effect: 'NoSchedule' }], tpl(), true, true],
    ['memory pressure', [{ key: 'node.kubernetes.io/memory-pressure', effect: 'NoSchedule' }], tpl(), true, true],
    ['pid pressure', [{ key: 'node.kubernetes.io/pid-pressure', effect: 'NoSchedule' }], tpl(), true, true],
    ['unschedulable taint', [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }], tpl(), true, true],
    ['network unavailable, no host network', [{ key: 'node.kubernetes.io/network-unavailable', effect: 'NoSchedule' }], tpl(), false, true],
    [
      'network unavailable, host network',
      [{ key: 'node.kubernetes.io/network-unavailable', effect: 'NoSchedule' }],
      tpl({ hostNetwork: true }),
      true,
      true,
    ],
  ];
  it.each(cases)('%s', (_n, taints, t, run, cont) => {
    expect(nodeShouldRunDaemonPod(node({}, taints), t)).toEqual({ shouldRun: run, shouldContinueRunning: cont });
  });

  it('replaces a not-ready toleration with tolerationSeconds by an unbounded one', () => {
    const out = daemonPodTolerations(
      [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }],
      false,
    );
    expect(out.filter((t) => t.key === 'node.kubernetes.io/not-ready')).toEqual([
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
    ]);
    expect(out).toHaveLength(6);
    expect(daemonPodTolerations([], true)).toHaveLength(7);
  });
});

describe('node affinity binding (TestReplaceDaemonSetPodNodeNameNodeAffinity, TestGetTargetNodeName)', () => {
  it('replaces required terms with metadata.name In [node] and keeps preferred ones', () => {
    const preferred = [{ weight: 1, preference: { matchExpressions: [{ key: 'a', operator: 'Exists' as const }] } }];
    const a = daemonPodNodeAffinity(
      { ...affinity('x').nodeAffinity, preferredDuringSchedulingIgnoredDuringExecution: preferred },
      'node-1',
    );
    expect(a.requiredDuringSchedulingIgnoredDuringExecution).toEqual({
      nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node-1'] }] }],
    });
    expect(a.preferredDuringSchedulingIgnoredDuringExecution).toBe(preferred);
    expect(daemonPodNodeAffinity(undefined, 'n').requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms).toHaveLength(1);
  });
  it.each([
    ['spec.nodeName wins', 'node-1', daemonPodNodeAffinity(undefined, 'node-2'), 'node-1'],
    ['from matchFields', undefined, daemonPodNodeAffinity(undefined, 'node-2'), 'node-2'],
    ['no affinity', undefined, undefined, undefined],
    [
      'not unique',
      undefined,
      {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In' as const, values: ['a', 'b'] }] }],
        },
      },
      undefined,
    ],
  ])('%s', (_n, nodeName, aff, expected) => {
    expect(targetNodeName(nodeName, aff)).toBe(expected);
  });
});

const pod = (name: string, p: Partial<DaemonPod> = {}): DaemonPod => ({
  name,
  updated: true,
  deleting: false,
  phase: 'Running',
  scheduled: true,
  ready: true,
  available: true,
  createdAt: 0,
  ...p,
});
const run = { shouldRun: true, shouldContinueRunning: true };

describe('podsShouldBeOnNode', () => {
  it('creates a pod on a node without one, not while one is terminating', () => {
    expect(podsShouldBeOnNode(run, undefined, false, false).create).toBe(true);
    expect(podsShouldBeOnNode(run, [pod('a', { deleting: true })], false, false).create).toBe(false);
  });
  it('deletes all but the oldest running pod without surge (TestDaemonSetPodCreateExpectationsError/dedup)', () => {
    const d = podsShouldBeOnNode(
      run,
      [pod('b', { createdAt: 5 }), pod('a', { createdAt: 1 }), pod('c', { createdAt: 5, scheduled: false })],
      false,
      false,
    );
    expect(d.delete).toEqual(['b', 'c']);
  });
  it('deletes a failed pod, then backs off (TestDaemonKillFailedPods)', () => {
    expect(podsShouldBeOnNode(run, [pod('f', { phase: 'Failed' })], false, false)).toEqual({
      create: false,
      delete: [],
      failed: ['f'],
      requeue: false,
    });
    expect(podsShouldBeOnNode(run, [pod('f', { phase: 'Failed' })], false, true)).toEqual({
      create: false,
      delete: [],
      failed: [],
      requeue: true,
    });
    expect(podsShouldBeOnNode(run, [pod('s', { phase: 'Succeeded' })], false, false).delete).toEqual(['s']);
  });
  it('removes every pod from a node it may not run on', () => {
    expect(
      podsShouldBeOnNode({ shouldRun: false, shouldContinueRunning: false }, [pod('a'), pod('b', { deleting: true })], false, false).delete,
    ).toEqual(['a']);
  });
  it('with surge keeps old+new until the new one is available', () => {
    const old = pod('old', { updated: false, createdAt: 0 });
    expect(podsShouldBeOnNode(run, [old, pod('new', { createdAt: 1, available: false })], true, false).delete).toEqual([]);
    expect(podsShouldBeOnNode(run, [old, pod('new', { createdAt: 1 })], true, false).delete).toEqual(['old']);
    expect(
      podsShouldBeOnNode(run, [pod('old', { updated: false, ready: false }), pod('new', { createdAt: 1, available: false })], true, false)
        .delete,
    ).toEqual(['old']);
  });
});

describe('rollingUpdate (update_test.go)', () => {
  const nodes = (n: number, f: (i: number) => DaemonPod[] | undefined): RollingNode[] =>
    Array.from({ length: n }, (_, i) => ({ name: `node-${i}`, shouldRun: true, pods: f(i) }));
  it('TestGetUnavailableNumbers-like: percentages round up over the desired count, 0/0 becomes unavailable 1', () => {
    const ns = nodes(5, () => [pod('x')]);
    expect(desiredNodeCounts(ns, { maxSurge: 0, maxUnavailable: '50%' })).toEqual([0, 3, 5]);
    expect(desiredNodeCounts(ns, { maxSurge: '25%', maxUnavailable: 0 })).toEqual([2, 0, 5]);
    expect(desiredNodeCounts(ns, { maxSurge: 0, maxUnavailable: 0 })).toEqual([0, 1, 5]);
    expect(desiredNodeCounts([], { maxSurge: 0, maxUnavailable: 0 })).toEqual([0, 0, 0]);
  });
  it('TestDaemonSetUpdatesPods: deletes maxUnavailable old pods per round', () => {
    const ns = nodes(5, (i) => [pod(`p${i}`, { updated: false })]);
    expect(rollingUpdate(ns, { maxSurge: 0, maxUnavailable: 2 }).deletePods).toEqual(['p0', 'p1']);
    // two nodes wait for their new pod: nothing more to delete
    const mid = nodes(5, (i) => (i < 2 ? undefined : [pod(`p${i}`, { updated: false })]));
    expect(rollingUpdate(mid, { maxSurge: 0, maxUnavailable: 2 }).deletePods).toEqual([]);
    // an unavailable old pod is replaced at once, whatever the budget
    const bad = nodes(3, (i) => [pod(`p${i}`, { updated: false, available: i !== 2 })]);
    expect(rollingUpdate(bad, { maxSurge: 0, maxUnavailable: 1 }).deletePods).toEqual(['p2', 'p0']);
  });
  it('TestDaemonSetUpdatesPodsWithMaxSurge: surges onto maxSurge nodes, deletes old pods whose new one is available', () => {
    const ns = nodes(5, (i) => [pod(`p${i}`, { updated: false })]);
    expect(rollingUpdate(ns, { maxSurge: 2, maxUnavailable: 0 })).toEqual({ deletePods: [], createOnNodes: ['node-0', 'node-1'] });
    const surged = nodes(5, (i) =>
      i < 2 ? [pod(`p${i}`, { updated: false }), pod(`n${i}`, { available: i === 0 })] : [pod(`p${i}`, { updated: false })],
    );
    expect(rollingUpdate(surged, { maxSurge: 2, maxUnavailable: 0 })).toEqual({ deletePods: ['p0'], createOnNodes: ['node-2'] });
  });
});
