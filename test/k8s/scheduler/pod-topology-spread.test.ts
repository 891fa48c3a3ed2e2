// PodTopologySpread, rows ported from k8s v1.28 pkg/scheduler/framework/plugins/podtopologyspread/
// filtering_test.go (TestSingleConstraint, TestMultipleConstraints, minDomains and node inclusion
// policy rows) and scoring_test.go (TestPodTopologySpreadScore), in kubetwin's terms.
import { describe, expect, it } from 'vitest';
import type { PodObject, TopologySpreadConstraint } from '../../../src/model/types.js';
import { PodTopologySpread } from '../../../src/k8s/scheduler/plugins/pod-topology-spread.js';
import {
  ERR_REASON_CONSTRAINTS_NOT_MATCH as NOT_MATCH,
  ERR_REASON_NODE_LABEL_NOT_MATCH as NO_LABEL,
  CriticalPaths,
} from '../../../src/k8s/scheduler/plugins/spread-filtering.js';
import { selectorFromSet } from '../../../src/k8s/scheduler/selector.js';
import { node, pod, snapshot } from './fixtures.js';
import { listerWith, runFilter, runScore } from './plugin-harness.js';

const fooExists = { matchExpressions: [{ key: 'foo', operator: 'Exists' as const }] };
const c = (topologyKey: string, maxSkew: number, o: Partial<TopologySpreadConstraint> = {}): TopologySpreadConstraint => ({
  topologyKey,
  maxSkew,
  whenUnsatisfiable: 'DoNotSchedule',
  labelSelector: fooExists,
  ...o,
});
const soft = (topologyKey: string, maxSkew: number, o: Partial<TopologySpreadConstraint> = {}) =>
  c(topologyKey, maxSkew, { whenUnsatisfiable: 'ScheduleAnyway', ...o });

const zoned = (name: string, zone?: string, extra: Record<string, string> = {}) =>
  node(name, {}, { labels: { 'kubernetes.io/hostname': name, ...(zone ? { zone } : {}), ...extra } });
const NODES = [zoned('node-a', 'zone1'), zoned('node-b', 'zone1'), zoned('node-x', 'zone2'), zoned('node-y', 'zone2')];
const foo = (nodeName: string, o: Parameters<typeof pod>[0] = {}) => pod({ nodeName, labels: { foo: '' }, ...o });
const many = (spec: Record<string, number>) => Object.entries(spec).flatMap(([n, k]) => Array.from({ length: k }, () => foo(n)));

const U = 'Unschedulable';
const UU = 'UnschedulableAndUnresolvable';
const ok = null;
const no: [string, string] = [U, NOT_MATCH];
const missing: [string, string] = [UU, NO_LABEL];

interface FilterCase {
  name: string;
  pod: PodObject;
  nodes?: ReturnType<typeof zoned>[];
  pods: PodObject[];
  want: Record<string, [string, string] | null>;
  terminating?: PodObject[];
}

const filterCases: FilterCase[] = [
  {
    name: 'no existing pods',
    pod: pod({ labels: { foo: '' }, spread: [c('zone', 1)] }),
    pods: [],
    want: { 'node-a': ok, 'node-b': ok, 'node-x': ok, 'node-y': ok },
  },
  {
    name: 'no existing pods, incoming pod does not match itself',
    pod: pod({
      labels: { foo: '' },
      spread: [c('zone', 1, { labelSelector: { matchExpressions: [{ key: 'bar', operator: 'Exists' }] } })],
    }),
    pods: [],
    want: { 'node-a': ok, 'node-b': ok, 'node-x': ok, 'node-y': ok },
  },
  {
    name: 'existing pods in a different namespace do not count',
    pod: pod({ labels: { foo: '' }, spread: [c('zone', 1)] }),
    pods: [foo('node-a', { namespace: 'ns1' }), foo('node-b'), foo('node-x', { namespace: 'ns2' }), foo('node-y'), foo('node-y')],
    want: { 'node-a': ok, 'node-b': ok, 'node-x': no, 'node-y': no },
  },
  {
    name: 'pods spread across zones as 3/3, all nodes fit',
    pod: pod({ labels: { foo: '' }, spread: [c('zone', 1)] }),
    pods: many({ 'node-a': 2, 'node-b': 1, 'node-x': 1, 'node-y': 2 }),
    want: { 'node-a': ok, 'node-b': ok, 'node-x': ok, 'node-y': ok },
  },
  {
    name: "pods spread across zones as 1/2 due to absence of label 'zone' on node-b",
    pod: pod({ labels: { foo: '' }, spread: [c('zone', 1)] }),
    nodes: [zoned('node-a', 'zone1'), zoned('node-b'), zoned('node-x', 'zone2'), zoned('node-y', 'zone2')],
    pods: many({ 'node-a': 1, 'node-b': 1, 'node-x': 1, 'node-y': 1 }),
    want: { 'node-a': ok, 'node-b': missing, 'node-x': no, 'node-y': no },
  },
  {
    name: "no node has label 'rack'",
    pod: pod({ labels: { foo: '' }, spread: [c('rack', 1)] }),
    pods: many({ 'node-a': 1 }),
    want: { 'node-a': missing, 'node-b': missing, 'node-x': missing, 'node-y': missing },
  },
  {
    name: 'pods spread across nodes as 2/1/0/3, only node-x fits',
    pod: pod({ labels: { foo: '' }, spread: [c('kubernetes.io/hostname', 1)] }),
    pods: many({ 'node-a': 2, 'node-b': 1, 'node-y': 3 }),
    want: { 'node-a': no, 'node-b': no, 'node-x': ok, 'node-y': no },
  },
  {
    name: 'pods spread across nodes as 2/1/0/3, maxSkew is 2, node-b and node-x fit',
    pod: pod({ labels: { foo: '' }, spread: [c('kubernetes.io/hostname', 2)] }),
    pods: many({ 'node-a': 2, 'node-b': 1, 'node-y': 3 }),
    want: { 'node-a': no, 'node-b': ok, 'node-x': ok, 'node-y': no },
  },
  {
    name: 'pods spread across nodes as 2/1/0/3, incoming pod does not match itself: node-a, node-b, node-x fit',
    pod: pod({ labels: { bar: '' }, spread: [c('kubernetes.io/hostname', 1)] }),
    pods: many({ 'node-a': 2, 'node-b': 1, 'node-y': 3 }),
    want: { 'node-a': no, 'node-b': ok, 'node-x': ok, 'node-y': no },
  },
  {
    name: 'terminating pods are not counted (2/1/1/3 with the one on node-x terminating)',
    pod: pod({ labels: { foo: '' }, spread: [c('kubernetes.io/hostname', 1)] }),
    pods: many({ 'node-a': 2, 'node-b': 1, 'node-y': 3 }),
    terminating: [foo('node-x')],
    want: { 'node-a': no, 'node-b': no, 'node-x': ok, 'node-y': no },
  },
  {
    name: 'two constraints (zone 3/3 + node 2/1/0/3): only node-x fits',
    pod: pod({ labels: { foo: '' }, spread: [c('zone', 1), c('kubernetes.io/hostname', 1)] }),
    pods: many({ 'node-a': 2, 'node-b': 1, 'node-y': 3 }),
    want: { 'node-a': no, 'node-b': no, 'node-x': ok, 'node-y': no },
  },
  {
    name: 'two constraints (zone 3/4 + node 2/1/1/3): zone1 nodes win on zone, only node-b on node',
    pod: pod({ labels: { foo: '' }, spread: [c('zone', 1), c('kubernetes.io/hostname', 1)] }),
    pods: many({ 'node-a': 2, 'node-b': 1, 'node-x': 1, 'node-y': 3 }),
    want: { 'node-a': no, 'node-b': ok, 'node-x': no, 'node-y': no },
  },
  {
    name: 'minDomains 3 with 2 zones: the global minimum is 0',
    pod: pod({ labels: { foo: '' }, spread: [c('zone', 2, { minDomains: 3 })] }),
    pods: many({ 'node-a': 1, 'node-b': 1, 'node-x': 1 }),
    want: { 'node-a': no, 'node-b': no, 'node-x': ok, 'node-y': ok },
  },
  {
    name: 'minDomains 2 with 2 zones: the usual minimum',
    pod: pod({ labels: { foo: '' }, spread: [c('zone', 2, { minDomains: 2 })] }),
    pods: many({ 'node-a': 1, 'node-b': 1, 'node-x': 1 }),
    want: { 'node-a': ok, 'node-b': ok, 'node-x': ok, 'node-y': ok },
  },
  {
    name: 'nodeAffinityPolicy Honor: nodes outside the nodeSelector are not counted',
    pod: pod({ labels: { foo: '' }, nodeSelector: { foo: '' }, spread: [c('zone', 1)] }),
    nodes: [
      zoned('node-a', 'zone1', { foo: '' }),
      zoned('node-b', 'zone1', { foo: '' }),
      zoned('node-x', 'zone2'),
      zoned('node-y', 'zone2', { foo: '' }),
    ],
    pods: many({ 'node-a': 1, 'node-b': 1, 'node-x': 2 }),
    want: { 'node-a': no, 'node-b': no, 'node-x': ok, 'node-y': ok },
  },
  {
    name: 'nodeAffinityPolicy Ignore: every node is counted',
    pod: pod({ labels: { foo: '' }, nodeSelector: { foo: '' }, spread: [c('zone', 1, { nodeAffinityPolicy: 'Ignore' })] }),
    nodes: [
      zoned('node-a', 'zone1', { foo: '' }),
      zoned('node-b', 'zone1', { foo: '' }),
      zoned('node-x', 'zone2'),
      zoned('node-y', 'zone2', { foo: '' }),
    ],
    pods: many({ 'node-a': 1, 'node-x': 2 }),
    want: { 'node-a': ok, 'node-b': ok, 'node-x': no, 'node-y': no },
  },
  {
    name: 'nodeTaintsPolicy Honor: tainted nodes are not counted',
    pod: pod({ labels: { foo: '' }, spread: [c('zone', 1, { nodeTaintsPolicy: 'Honor' })] }),
    nodes: [
      zoned('node-a', 'zone1'),
      zoned('node-b', 'zone1'),
      node('node-x', {}, { labels: { zone: 'zone2' }, taints: [{ key: 'k', effect: 'NoSchedule' }] }),
      zoned('node-y', 'zone2'),
    ],
    pods: many({ 'node-a': 1, 'node-b': 1, 'node-x': 2 }),
    want: { 'node-a': no, 'node-b': no, 'node-x': ok, 'node-y': ok },
  },
  {
    name: 'nodeTaintsPolicy Ignore (default): tainted nodes are counted',
    pod: pod({ labels: { foo: '' }, spread: [c('zone', 1)] }),
    nodes: [
      zoned('node-a', 'zone1'),
      zoned('node-b', 'zone1'),
      node('node-x', {}, { labels: { zone: 'zone2' }, taints: [{ key: 'k', effect: 'NoSchedule' }] }),
      zoned('node-y', 'zone2'),
    ],
    pods: many({ 'node-a': 1, 'node-x': 2 }),
    want: { 'node-a': ok, 'node-b': ok, 'node-x': no, 'node-y': no },
  },
  {
    name: 'matchLabelKeys: only pods with the same value of that key count',
    pod: pod({ labels: { foo: '', rev: '2' }, spread: [c('kubernetes.io/hostname', 1, { matchLabelKeys: ['rev'] })] }),
    pods: [
      foo('node-a', { labels: { foo: '', rev: '1' } }),
      foo('node-a', { labels: { foo: '', rev: '1' } }),
      foo('node-b', { labels: { foo: '', rev: '2' } }),
    ],
    want: { 'node-a': ok, 'node-b': no, 'node-x': ok, 'node-y': ok },
  },
];

describe('PodTopologySpread Filter', () => {
  for (const t of filterCases) {
    it(t.name, () => {
      const dying = new Set(t.terminating ?? []);
      const lister = listerWith({}, { terminating: (p) => dying.has(p) });
      const r = runFilter(new PodTopologySpread({}, { lister }), t.pod, snapshot(t.nodes ?? NODES, [...t.pods, ...dying]));
      expect(r.preFilter).toBeNull();
      expect(r.nodes).toEqual(t.want);
    });
  }

  it('a pod without constraints and without a selecting Service/controller skips', () => {
    expect(runFilter(new PodTopologySpread(), pod({ labels: { foo: '' } }), snapshot(NODES)).preFilter?.code).toBe('Skip');
  });

  it('ScheduleAnyway constraints never filter', () => {
    expect(
      runFilter(new PodTopologySpread(), pod({ labels: { foo: '' }, spread: [soft('zone', 1)] }), snapshot(NODES, many({ 'node-a': 5 })))
        .preFilter?.code,
    ).toBe('Skip');
  });

  it('criticalPaths keeps the two smallest domains (TestPreFilterState paths)', () => {
    const p = new CriticalPaths();
    p.update('a', 3);
    p.update('b', 1);
    p.update('c', 2);
    p.update('b', 4);
    expect(p.p.map((x) => [x.value, x.num])).toEqual([
      ['c', 2],
      ['b', 4],
    ]);
  });

  it('AddPod and RemovePod move the skew like a new PreFilter would', () => {
    const plugin = new PodTopologySpread();
    const infos = snapshot(NODES, many({ 'node-a': 1, 'node-x': 1 }));
    const incoming = pod({ labels: { foo: '' }, spread: [c('zone', 1)] });
    const state = new Map<string, unknown>();
    plugin.preFilter(state, incoming, infos);
    expect(plugin.filter(state, incoming, infos[2])).toBeNull();
    plugin.addPod(state, incoming, foo('node-y'), infos[3]);
    expect(plugin.filter(state, incoming, infos[2])?.reasons).toEqual([NOT_MATCH]);
    plugin.removePod(state, incoming, foo('node-y'), infos[3]);
    expect(plugin.filter(state, incoming, infos[2])).toBeNull();
  });
});

const hosts = (...names: string[]) => names.map((n) => node(n, {}, { labels: { 'kubernetes.io/hostname': n } }));

describe('PodTopologySpread Score', () => {
  it('one constraint on node, no existing pods: all 100', () => {
    expect(
      runScore(
        new PodTopologySpread(),
        pod({ labels: { foo: '' }, spread: [soft('kubernetes.io/hostname', 1)] }),
        snapshot(hosts('node-a', 'node-b')),
      ),
    ).toEqual({ 'node-a': 100, 'node-b': 100 });
  });

  it('one constraint on node, only one node is a candidate', () => {
    const all = snapshot(hosts('node-a', 'node-b'), many({ 'node-a': 1, 'node-b': 1 }));
    expect(
      runScore(new PodTopologySpread(), pod({ labels: { foo: '' }, spread: [soft('kubernetes.io/hostname', 1)] }), [all[0]], all),
    ).toEqual({ 'node-a': 100 });
  });

  it('one constraint on node, nodes with 2/1/0/3 matching pods', () => {
    // weight log(4+2); raw scores round(2w)=4, round(w)=2, 0, round(3w)=5 → 100·(5+0−s)/5.
    const infos = snapshot(hosts('node-a', 'node-b', 'node-c', 'node-d'), many({ 'node-a': 2, 'node-b': 1, 'node-d': 3 }));
    expect(runScore(new PodTopologySpread(), pod({ labels: { foo: '' }, spread: [soft('kubernetes.io/hostname', 1)] }), infos)).toEqual({
      'node-a': 20,
      'node-b': 60,
      'node-c': 100,
      'node-d': 0,
    });
  });

  it('one constraint on zone: nodes missing the key are ignored (score 0)', () => {
    const infos = snapshot(
      [zoned('node-a', 'zone1'), zoned('node-b', 'zone1'), zoned('node-x', 'zone2'), zoned('node-y')],
      many({ 'node-a': 1, 'node-b': 2, 'node-x': 1 }),
    );
    // zones weigh log(2+2); zone1 has 3 pods → round(3·1.386)=4; zone2 1 → 1; min 1, max 4.
    expect(runScore(new PodTopologySpread(), pod({ labels: { foo: '' }, spread: [soft('zone', 1)] }), infos)).toEqual({
      'node-a': 25,
      'node-b': 25,
      'node-x': 100,
      'node-y': 0,
    });
  });

  it('maxSkew adds (maxSkew − 1) to every counted constraint', () => {
    const infos = snapshot(hosts('node-a', 'node-b'), many({ 'node-a': 1 }));
    // log(4)·1 + 2 = 3.39 → 3; 0 + 2 = 2; → 100·(3+2−s)/3.
    expect(runScore(new PodTopologySpread(), pod({ labels: { foo: '' }, spread: [soft('kubernetes.io/hostname', 3)] }), infos)).toEqual({
      'node-a': 66,
      'node-b': 100,
    });
  });

  it('system default constraints apply to pods a Service selects, even without zone labels', () => {
    const lister = listerWith({}, { defaultSelector: () => selectorFromSet({ app: 'web' }) });
    const web = (n: string) => pod({ nodeName: n, labels: { app: 'web' } });
    const infos = snapshot(hosts('n1', 'n2', 'n3'), [web('n1'), web('n1'), web('n2')]);
    // hostname maxSkew 3 (weight log 5); zone maxSkew 5 over the empty value (weight log 3), no node has it.
    // raw: n1 round(2·1.609+2)=5, n2 round(1.609+2)=4, n3 2 → 100·(5+2−s)/5.
    expect(runScore(new PodTopologySpread({}, { lister }), pod({ labels: { app: 'web' } }), infos)).toEqual({ n1: 40, n2: 60, n3: 100 });
  });

  it('no constraints and no selecting Service/controller: Skip', () => {
    expect(runScore(new PodTopologySpread(), pod({ labels: { app: 'web' } }), snapshot(hosts('n1', 'n2')))).toBe('Skip');
  });
});
