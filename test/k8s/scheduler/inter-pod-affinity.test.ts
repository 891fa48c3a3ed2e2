// InterPodAffinity, rows ported from k8s v1.28 pkg/scheduler/framework/plugins/interpodaffinity/
// filtering_test.go (TestRequiredAffinitySingleNode, TestRequiredAffinityMultipleNodes) and
// scoring_test.go (TestPreferredAffinity), in kubetwin's terms.
import { describe, expect, it } from 'vitest';
import type { PodAffinity, PodAffinityTerm, PodObject, SelectorOperator } from '../../../src/model/types.js';
import {
  ERR_REASON_AFFINITY,
  ERR_REASON_ANTI_AFFINITY,
  ERR_REASON_EXISTING_ANTI_AFFINITY,
  InterPodAffinity,
} from '../../../src/k8s/scheduler/plugins/inter-pod-affinity.js';
import { node, pod, snapshot } from './fixtures.js';
import { listerWith, runFilter, runScore } from './plugin-harness.js';

const expr = (key: string, operator: SelectorOperator, values?: string[]) => ({ key, operator, values });
const term = (topologyKey: string, ...e: ReturnType<typeof expr>[]): PodAffinityTerm => ({
  labelSelector: { matchExpressions: e },
  topologyKey,
});
const req = (...t: PodAffinityTerm[]): PodAffinity => ({ requiredDuringSchedulingIgnoredDuringExecution: t });
const pref = (...t: Array<[number, PodAffinityTerm]>): PodAffinity => ({
  preferredDuringSchedulingIgnoredDuringExecution: t.map(([weight, podAffinityTerm]) => ({ weight, podAffinityTerm })),
});

const scan = { service: 'securityscan' };
const s1 = { security: 'S1' };
const s2 = { security: 'S2' };
const node1 = node('machine1', {}, { labels: { region: 'r1', zone: 'z11' } });
const inScan = term('region', expr('service', 'In', ['securityscan', 'value2']));
const antiVirus = term('node', expr('service', 'In', ['antivirusscan', 'value2']));
const inScanZone = term('zone', expr('service', 'In', ['securityscan', 'value2']));

const UU = 'UnschedulableAndUnresolvable';
const U = 'Unschedulable';

interface SingleCase {
  name: string;
  pod: PodObject;
  pods: PodObject[];
  want?: [string, string];
  skip?: boolean;
}

const single: SingleCase[] = [
  { name: 'no required pod affinity, no existing pods', pod: pod(), pods: [], skip: true },
  {
    name: 'required affinity In matching the existing pod',
    pod: pod({ labels: s1, podAffinity: req(inScan) }),
    pods: [pod({ nodeName: 'machine1', labels: scan })],
  },
  {
    name: 'required affinity NotIn matching the existing pod',
    pod: pod({ labels: s1, podAffinity: req(term('region', expr('service', 'NotIn', ['securityscan3', 'value3']))) }),
    pods: [pod({ nodeName: 'machine1', labels: scan })],
  },
  {
    name: 'no match because of a different namespace',
    pod: pod({ labels: s1, podAffinity: req({ ...inScan, namespaces: ['DiffNameSpace'] }) }),
    pods: [pod({ nodeName: 'machine1', labels: scan, namespace: 'ns' })],
    want: [UU, ERR_REASON_AFFINITY],
  },
  {
    name: 'no match because of an unmatching labelSelector',
    pod: pod({ labels: scan, podAffinity: req(term('', expr('service', 'In', ['antivirusscan', 'value2']))) }),
    pods: [pod({ nodeName: 'machine1', labels: scan })],
    want: [UU, ERR_REASON_AFFINITY],
  },
  {
    name: 'different operators in several terms, all matching',
    pod: pod({
      labels: s1,
      podAffinity: req(
        term('region', expr('service', 'Exists'), expr('wrongkey', 'DoesNotExist')),
        term('region', expr('service', 'In', ['securityscan']), expr('service', 'NotIn', ['WrongValue'])),
      ),
    }),
    pods: [pod({ nodeName: 'machine1', labels: scan })],
  },
  {
    name: 'matchExpressions are ANDed: one does not match',
    pod: pod({
      labels: s1,
      podAffinity: req(
        term('region', expr('service', 'Exists'), expr('wrongkey', 'DoesNotExist')),
        term('region', expr('service', 'In', ['securityscan2']), expr('service', 'NotIn', ['WrongValue'])),
      ),
    }),
    pods: [pod({ nodeName: 'machine1', labels: scan })],
    want: [UU, ERR_REASON_AFFINITY],
  },
  {
    name: 'affinity and anti-affinity both satisfied',
    pod: pod({ labels: s1, podAffinity: req(inScan), podAntiAffinity: req(antiVirus) }),
    pods: [pod({ nodeName: 'machine1', labels: scan })],
  },
  {
    name: "affinity, anti-affinity and the existing pod's anti-affinity satisfied",
    pod: pod({ labels: s1, podAffinity: req(inScan), podAntiAffinity: req(antiVirus) }),
    pods: [pod({ nodeName: 'machine1', labels: scan, podAntiAffinity: req(antiVirus) })],
  },
  {
    name: 'affinity satisfied, anti-affinity not',
    pod: pod({ labels: s1, podAffinity: req(inScan), podAntiAffinity: req(inScanZone) }),
    pods: [pod({ nodeName: 'machine1', labels: scan })],
    want: [U, ERR_REASON_ANTI_AFFINITY],
  },
  {
    name: "the existing pod's anti-affinity (symmetry) not satisfied",
    pod: pod({ labels: scan, podAffinity: req(inScan), podAntiAffinity: req(antiVirus) }),
    pods: [pod({ nodeName: 'machine1', labels: scan, podAntiAffinity: req(inScanZone) })],
    want: [U, ERR_REASON_EXISTING_ANTI_AFFINITY],
  },
  {
    name: 'pod matching its own affinity, matching pod on another node (not in the snapshot)',
    pod: pod({ labels: scan, podAffinity: req(term('region', expr('service', 'NotIn', ['securityscan', 'value2']))) }),
    pods: [],
    want: [UU, ERR_REASON_AFFINITY],
  },
  {
    name: 'existing anti-affinity respected when the pod has none',
    pod: pod({ labels: scan }),
    pods: [pod({ nodeName: 'machine1', labels: scan, podAntiAffinity: req(inScanZone) })],
    want: [U, ERR_REASON_EXISTING_ANTI_AFFINITY],
  },
  {
    name: 'existing anti-affinity NotIn satisfied when the pod has none',
    pod: pod({ labels: scan }),
    pods: [
      pod({ nodeName: 'machine1', labels: scan, podAntiAffinity: req(term('zone', expr('service', 'NotIn', ['securityscan', 'value2']))) }),
    ],
    skip: true,
  },
  {
    name: 'anti-affinity Exists over two terms: the existing pod matches the second',
    pod: pod({ labels: scan, podAntiAffinity: req(term('region', expr('service', 'Exists')), term('region', expr('security', 'Exists'))) }),
    pods: [pod({ nodeName: 'machine1', labels: s1, podAntiAffinity: req(term('zone', expr('security', 'Exists'))) })],
    want: [U, ERR_REASON_ANTI_AFFINITY],
  },
];

describe('InterPodAffinity Filter on one node (TestRequiredAffinitySingleNode)', () => {
  for (const c of single) {
    it(c.name, () => {
      const r = runFilter(new InterPodAffinity(), c.pod, snapshot([node1], c.pods));
      if (c.skip) expect(r.preFilter?.code).toBe('Skip');
      else expect(r.preFilter).toBeNull();
      expect(r.nodes.machine1).toEqual(c.want ?? null);
    });
  }
});

describe('InterPodAffinity Filter over several nodes (TestRequiredAffinityMultipleNodes)', () => {
  it('affinity to a pod in the same region admits every node of that region', () => {
    const nodes = [
      node('machine1', {}, { labels: { region: 'r1', zone: 'z11' } }),
      node('machine2', {}, { labels: { region: 'r1', zone: 'z12' } }),
      node('machine3', {}, { labels: { region: 'r2', zone: 'z21' } }),
    ];
    const p = pod({ labels: s1, podAffinity: req(term('region', expr('foo', 'In', ['bar']))) });
    const r = runFilter(new InterPodAffinity(), p, snapshot(nodes, [pod({ nodeName: 'machine1', labels: { foo: 'bar' } })]));
    expect(r.nodes).toEqual({ machine1: null, machine2: null, machine3: [UU, ERR_REASON_AFFINITY] });
  });

  it('the first pod of a self-affine group may go to any node with the topology key', () => {
    const nodes = [node('nodeA', {}, { labels: { region: 'r1', zone: 'z1' } }), node('nodeB', {}, { labels: { zone: 'z2' } })];
    const p = pod({
      labels: { foo: 'bar', service: 'securityscan' },
      podAffinity: req(term('zone', expr('foo', 'In', ['bar'])), term('zone', expr('service', 'In', ['securityscan']))),
    });
    const r = runFilter(new InterPodAffinity(), p, snapshot(nodes));
    expect(r.nodes).toEqual({ nodeA: null, nodeB: null });
  });

  it('a self-affine pod cannot start a group where the topology key is missing', () => {
    const nodes = [node('nodeA', {}, { labels: { region: 'r1' } }), node('nodeB', {}, { labels: { zone: 'z2' } })];
    const p = pod({ labels: { foo: 'bar' }, podAffinity: req(term('zone', expr('foo', 'In', ['bar']))) });
    expect(runFilter(new InterPodAffinity(), p, snapshot(nodes)).nodes).toEqual({ nodeA: [UU, ERR_REASON_AFFINITY], nodeB: null });
  });

  it('hostname anti-affinity against its own replicas: only nodes without one', () => {
    const nodes = ['n1', 'n2', 'n3'].map((n) => node(n, {}, { labels: { 'kubernetes.io/hostname': n } }));
    const anti = req(term('kubernetes.io/hostname', expr('app', 'In', ['web'])));
    const existing = [
      pod({ nodeName: 'n1', labels: { app: 'web' }, podAntiAffinity: anti }),
      pod({ nodeName: 'n3', labels: { app: 'web' }, podAntiAffinity: anti }),
    ];
    const r = runFilter(new InterPodAffinity(), pod({ labels: { app: 'web' }, podAntiAffinity: anti }), snapshot(nodes, existing));
    expect(r.nodes).toEqual({ n1: [U, ERR_REASON_ANTI_AFFINITY], n2: null, n3: [U, ERR_REASON_ANTI_AFFINITY] });
  });

  it('anti-affinity on a zone: every node of the zone is excluded, and the symmetric rule as well', () => {
    const nodes = [
      node('a', {}, { labels: { zone: 'z1' } }),
      node('b', {}, { labels: { zone: 'z1' } }),
      node('c', {}, { labels: { zone: 'z2' } }),
    ];
    const existing = [pod({ nodeName: 'a', labels: { app: 'db' }, podAntiAffinity: req(term('zone', expr('app', 'In', ['cache']))) })];
    const r = runFilter(new InterPodAffinity(), pod({ labels: { app: 'cache' } }), snapshot(nodes, existing));
    expect(r.nodes).toEqual({ a: [U, ERR_REASON_EXISTING_ANTI_AFFINITY], b: [U, ERR_REASON_EXISTING_ANTI_AFFINITY], c: null });
  });

  it('namespaceSelector selects namespaces by their labels', () => {
    const lister = listerWith({ 'team-a': { team: 'a' }, 'team-b': { team: 'b' } });
    const nodes = [node('a', {}, { labels: { zone: 'z1' } }), node('b', {}, { labels: { zone: 'z2' } })];
    const t: PodAffinityTerm = { ...term('zone', expr('app', 'In', ['db'])), namespaceSelector: { matchLabels: { team: 'b' } } };
    const existing = [
      pod({ nodeName: 'a', namespace: 'team-a', labels: { app: 'db' } }),
      pod({ nodeName: 'b', namespace: 'team-b', labels: { app: 'db' } }),
    ];
    const r = runFilter(new InterPodAffinity({}, { lister }), pod({ namespace: 'team-a', podAffinity: req(t) }), snapshot(nodes, existing));
    expect(r.nodes).toEqual({ a: [UU, ERR_REASON_AFFINITY], b: null });
  });

  it('an empty namespaceSelector selects every namespace', () => {
    const nodes = [node('a', {}, { labels: { zone: 'z1' } }), node('b', {}, { labels: { zone: 'z2' } })];
    const t: PodAffinityTerm = { ...term('zone', expr('app', 'In', ['db'])), namespaceSelector: {} };
    const existing = [pod({ nodeName: 'b', namespace: 'other', labels: { app: 'db' } })];
    expect(runFilter(new InterPodAffinity(), pod({ podAffinity: req(t) }), snapshot(nodes, existing)).nodes).toEqual({
      a: [UU, ERR_REASON_AFFINITY],
      b: null,
    });
  });

  it('AddPod/RemovePod update the PreFilter state like a fresh PreFilter', () => {
    const nodes = ['n1', 'n2'].map((n) => node(n, {}, { labels: { 'kubernetes.io/hostname': n } }));
    const anti = req(term('kubernetes.io/hostname', expr('app', 'In', ['web'])));
    const other = pod({ nodeName: 'n1', labels: { app: 'web' } });
    const infos = snapshot(nodes, [other]);
    const plugin = new InterPodAffinity();
    const incoming = pod({ labels: { app: 'web' }, podAntiAffinity: anti });
    const state = new Map<string, unknown>();
    expect(plugin.preFilter(state, incoming, infos).status).toBeNull();
    expect(plugin.filter(state, incoming, infos[0])?.reasons).toEqual([ERR_REASON_ANTI_AFFINITY]);
    plugin.removePod(state, incoming, other, infos[0]);
    expect(plugin.filter(state, incoming, infos[0])).toBeNull();
    plugin.addPod(state, incoming, other, infos[1]);
    expect(plugin.filter(state, incoming, infos[1])?.reasons).toEqual([ERR_REASON_ANTI_AFFINITY]);
  });
});

const rgChina = { region: 'China' };
const rgIndia = { region: 'India' };
const az1 = { az: 'az1' };
const az2 = { az: 'az2' };
const stayWithS1InRegion = pref([5, term('region', expr('security', 'In', ['S1']))]);
const stayWithS2InRegion = pref([6, term('region', expr('security', 'In', ['S2']))]);
const awayFromS1InAz = pref([5, term('az', expr('security', 'In', ['S1']))]);
const awayFromS2InAz = pref([5, term('az', expr('security', 'In', ['S2']))]);
const affinity3 = pref(
  [8, term('region', expr('security', 'NotIn', ['S1']), expr('security', 'In', ['S2']))],
  [2, term('region', expr('security', 'Exists'), expr('wrongkey', 'DoesNotExist'))],
);
const hardAffinity = req(
  term('region', expr('security', 'In', ['S1', 'value2'])),
  term('region', expr('security', 'Exists'), expr('wrongkey', 'DoesNotExist')),
);

interface ScoreCase {
  name: string;
  pod: PodObject;
  pods: PodObject[];
  nodes: Array<[string, Record<string, string>]>;
  want: Record<string, number> | string;
}
const at = (nodeName: string, labels: Record<string, string>, o: Parameters<typeof pod>[0] = {}) => pod({ ...o, nodeName, labels });

const scoreCases: ScoreCase[] = [
  {
    name: 'no affinity anywhere: Skip',
    pod: pod({ labels: s1 }),
    pods: [],
    nodes: [
      ['node1', rgChina],
      ['node2', rgIndia],
      ['node3', az1],
    ],
    want: 'Skip',
  },
  {
    name: 'affinity: matching topology key and pods scores high',
    pod: pod({ labels: s1, podAffinity: stayWithS1InRegion }),
    pods: [at('node1', s1), at('node2', s2), at('node3', s1)],
    nodes: [
      ['node1', rgChina],
      ['node2', rgIndia],
      ['node3', az1],
    ],
    want: { node1: 100, node2: 0, node3: 0 },
  },
  {
    name: 'nodes sharing the topology value share the score',
    pod: pod({ podAffinity: stayWithS1InRegion }),
    pods: [at('node1', s1)],
    nodes: [
      ['node1', rgChina],
      ['node2', { ...rgChina, ...az1 }],
      ['node3', rgIndia],
    ],
    want: { node1: 100, node2: 100, node3: 0 },
  },
  {
    name: 'the region with more matching pods scores high',
    pod: pod({ labels: s1, podAffinity: stayWithS2InRegion }),
    pods: [at('node1', s2), at('node1', s2), at('node2', s2), at('node3', s2), at('node4', s2), at('node5', s2)],
    nodes: [
      ['node1', rgChina],
      ['node2', rgIndia],
      ['node3', rgChina],
      ['node4', rgChina],
      ['node5', rgIndia],
    ],
    want: { node1: 100, node2: 0, node3: 100, node4: 100, node5: 0 },
  },
  {
    name: 'different operators, some terms failing',
    pod: pod({ labels: s1, podAffinity: affinity3 }),
    pods: [at('node1', s1), at('node2', s2), at('node3', s1)],
    nodes: [
      ['node1', rgChina],
      ['node2', rgIndia],
      ['node3', az1],
    ],
    want: { node1: 20, node2: 100, node3: 0 },
  },
  {
    name: "symmetry: existing pods' preferred affinity",
    pod: pod({ labels: s2 }),
    pods: [at('node1', s1, { podAffinity: stayWithS1InRegion }), at('node2', s2, { podAffinity: stayWithS2InRegion })],
    nodes: [
      ['node1', rgChina],
      ['node2', rgIndia],
      ['node3', az1],
    ],
    want: { node1: 0, node2: 100, node3: 0 },
  },
  {
    name: "symmetry: existing pods' required affinity with the hard weight",
    pod: pod({ labels: s1 }),
    pods: [at('node1', s1, { podAffinity: hardAffinity }), at('node2', s2, { podAffinity: hardAffinity })],
    nodes: [
      ['node1', rgChina],
      ['node2', rgIndia],
      ['node3', az1],
    ],
    want: { node1: 100, node2: 100, node3: 0 },
  },
  {
    name: 'anti-affinity: not matching the pods on the node scores high',
    pod: pod({ labels: s1, podAntiAffinity: awayFromS1InAz }),
    pods: [at('node1', s1), at('node2', s2)],
    nodes: [
      ['node1', az1],
      ['node2', rgChina],
    ],
    want: { node1: 0, node2: 100 },
  },
  {
    name: 'anti-affinity: more matching pods, lower score',
    pod: pod({ labels: s1, podAntiAffinity: awayFromS1InAz }),
    pods: [at('node1', s1), at('node1', s1), at('node2', s2)],
    nodes: [
      ['node1', az1],
      ['node2', rgIndia],
    ],
    want: { node1: 0, node2: 100 },
  },
  {
    name: 'anti-affinity symmetry',
    pod: pod({ labels: s2 }),
    pods: [at('node1', s1, { podAntiAffinity: awayFromS2InAz }), at('node2', s2, { podAntiAffinity: awayFromS1InAz })],
    nodes: [
      ['node1', az1],
      ['node2', az2],
    ],
    want: { node1: 0, node2: 100 },
  },
  {
    name: 'affinity, anti-affinity and symmetry together',
    pod: pod({ labels: s1, podAffinity: pref([8, term('region', expr('security', 'In', ['S1']))]), podAntiAffinity: awayFromS2InAz }),
    pods: [
      at('node1', s1),
      at('node2', s2),
      at('node3', {}, { podAffinity: pref([8, term('region', expr('security', 'In', ['S1']))]), podAntiAffinity: awayFromS2InAz }),
      at('node4', {}, { podAntiAffinity: awayFromS1InAz }),
    ],
    nodes: [
      ['node1', rgChina],
      ['node2', az1],
      ['node3', rgIndia],
      ['node4', az2],
    ],
    want: { node1: 100, node2: 0, node3: 100, node4: 0 },
  },
  {
    name: 'partial nodes of a topology with affinity pods, incoming pod without affinity',
    pod: pod({ labels: s1 }),
    pods: [
      at('node1', s1),
      at('node2', {}, { podAffinity: pref([8, term('region', expr('security', 'In', ['S1']))]), podAntiAffinity: awayFromS2InAz }),
    ],
    nodes: [
      ['node1', rgChina],
      ['node2', rgChina],
    ],
    want: { node1: 0, node2: 0 },
  },
];

describe('InterPodAffinity Score (TestPreferredAffinity)', () => {
  for (const c of scoreCases) {
    it(c.name, () => {
      const infos = snapshot(
        c.nodes.map(([n, labels]) => node(n, {}, { labels })),
        c.pods,
      );
      expect(runScore(new InterPodAffinity(), c.pod, infos)).toEqual(c.want);
    });
  }

  it("namespaceSelector on an existing pod's preferred term (symmetry) uses the incoming pod's namespace labels", () => {
    const lister = listerWith({ 'subteam1.team1': { team: 'team1' }, 'subteam2.team2': { team: 'team2' } });
    const nsAffinity = pref([
      5,
      {
        ...term('region', expr('security', 'In', ['S1'])),
        namespaces: ['subteam2.team2'],
        namespaceSelector: { matchExpressions: [expr('team', 'In', ['team1'])] },
      },
    ]);
    const infos = snapshot(
      [node('node1', {}, { labels: rgChina }), node('node2', {}, { labels: rgIndia }), node('node3', {}, { labels: az1 })],
      [at('node1', s1, { podAffinity: nsAffinity }), at('node2', s2, { podAffinity: stayWithS2InRegion })],
    );
    const p = pod({ namespace: 'subteam1.team1', labels: s1 });
    expect(runScore(new InterPodAffinity({}, { lister }), p, infos)).toEqual({ node1: 100, node2: 0, node3: 0 });
  });

  it("hardPodAffinityWeight 0 ignores existing pods' required affinity", () => {
    const infos = snapshot(
      [node('node1', {}, { labels: rgChina }), node('node2', {}, { labels: rgIndia })],
      [at('node1', s1, { podAffinity: hardAffinity })],
    );
    expect(runScore(new InterPodAffinity({ hardPodAffinityWeight: 0 }), pod({ labels: s1 }), infos)).toBe('Skip');
  });
});
