// Ported from k8s v1.28 pkg/controller/podautoscaler/replica_calculator_test.go TestGroupPods and
// TestCalculatePodRequests (v1.28 cases: init containers are not counted in v1.28).
// "now" is NOW; upstream's time.Now()-relative times keep their offsets. Upstream constants:
// CPU initialization period 2 min, initial readiness delay 10 s.
import { describe, expect, it } from 'vitest';
import { calculatePodRequests, groupPods, type HpaPod, type HpaResourceName, type PodMetric } from '../../../src/k8s/hpa/index.js';
import { NOW, TESTING_CONFIG } from './helpers.js';

const s = 1000;
const m = 60 * s;

interface Case {
  name: string;
  pods: HpaPod[];
  metrics: Record<string, PodMetric>;
  resource: HpaResourceName | '';
  ready: number;
  unready?: string[];
  missing?: string[];
  ignored?: string[];
}

const pod = (name: string, p: Partial<HpaPod>): HpaPod => ({ name, phase: 'Succeeded', containers: [], ...p });
const metric = (timestamp = 0, window = 0): PodMetric => ({ value: 1, timestamp, window });

const cases: Case[] = [
  { name: 'void', pods: [], metrics: {}, resource: 'cpu', ready: 0 },
  { name: 'count in a ready pod - memory', pods: [pod('bentham', {})], metrics: { bentham: metric(NOW, m) }, resource: 'memory', ready: 1 },
  {
    name: 'unready a pod without ready condition - CPU',
    pods: [pod('lucretius', { startTime: NOW })],
    metrics: { lucretius: metric() },
    resource: 'cpu',
    ready: 0,
    unready: ['lucretius'],
  },
  {
    name: 'count in a ready pod with fresh metrics during initialization period - CPU',
    pods: [pod('bentham', { startTime: NOW - m, ready: true, readyLastTransition: NOW - 30 * s })],
    metrics: { bentham: metric(NOW, 30 * s) },
    resource: 'cpu',
    ready: 1,
  },
  {
    name: 'unready a ready pod without fresh metrics during initialization period - CPU',
    pods: [pod('bentham', { startTime: NOW - m, ready: true, readyLastTransition: NOW - 30 * s })],
    metrics: { bentham: metric(NOW, 60 * s) },
    resource: 'cpu',
    ready: 0,
    unready: ['bentham'],
  },
  {
    name: 'unready an unready pod during initialization period - CPU',
    pods: [pod('lucretius', { startTime: NOW - 10 * m, ready: false, readyLastTransition: NOW - 9 * m - 54 * s })],
    metrics: { lucretius: metric() },
    resource: 'cpu',
    ready: 0,
    unready: ['lucretius'],
  },
  {
    name: 'count in a ready pod without fresh metrics after initialization period - CPU',
    pods: [pod('bentham', { startTime: NOW - 3 * m, ready: true, readyLastTransition: NOW - 3 * m })],
    metrics: { bentham: metric(NOW - 2 * m, m) },
    resource: 'cpu',
    ready: 1,
  },
  {
    name: 'count in an unready pod that was ready after initialization period - CPU',
    pods: [pod('lucretius', { startTime: NOW - 10 * m, ready: false, readyLastTransition: NOW - 9 * m })],
    metrics: { lucretius: metric() },
    resource: 'cpu',
    ready: 1,
  },
  {
    name: 'unready pod that has never been ready after initialization period - CPU (boundary: exactly start + delay counts)',
    pods: [pod('lucretius', { startTime: NOW - 10 * m, ready: false, readyLastTransition: NOW - 9 * m - 50 * s })],
    metrics: { lucretius: metric() },
    resource: 'cpu',
    ready: 1,
  },
  {
    name: 'a missing pod',
    pods: [pod('epicurus', { startTime: NOW - 3 * m })],
    metrics: {},
    resource: 'cpu',
    ready: 0,
    missing: ['epicurus'],
  },
  {
    name: 'several pods',
    pods: [
      pod('lucretius', { startTime: NOW }),
      pod('niccolo', { startTime: NOW - 3 * m, ready: true, readyLastTransition: NOW - 3 * m }),
      pod('epicurus', { startTime: NOW - 3 * m }),
    ],
    metrics: { lucretius: metric(), niccolo: metric() },
    resource: 'cpu',
    ready: 1,
    unready: ['lucretius'],
    missing: ['epicurus'],
  },
  {
    name: 'pending pods are unreadied',
    pods: [pod('unscheduled', { phase: 'Pending' })],
    metrics: {},
    resource: 'cpu',
    ready: 0,
    unready: ['unscheduled'],
  },
  {
    name: 'ignore pods with deletion timestamps',
    pods: [pod('deleted', { phase: 'Pending', deleting: true })],
    metrics: { deleted: metric() },
    resource: 'cpu',
    ready: 0,
    ignored: ['deleted'],
  },
  {
    name: 'ignore pods in a failed state',
    pods: [pod('failed', { phase: 'Failed' })],
    metrics: { failed: metric() },
    resource: 'cpu',
    ready: 0,
    ignored: ['failed'],
  },
  // kubetwin addition: the readiness rules are CPU-only, so a Pods metric counts an unready pod.
  {
    name: 'pods metric ignores the Ready condition',
    pods: [pod('p', { phase: 'Running', startTime: NOW, ready: false })],
    metrics: { p: metric() },
    resource: '',
    ready: 1,
  },
];

describe('groupPods (TestGroupPods)', () => {
  it.each(cases)('$name', (c) => {
    const g = groupPods(
      c.pods,
      new Map(Object.entries(c.metrics)),
      c.resource,
      TESTING_CONFIG.cpuInitializationPeriod,
      TESTING_CONFIG.initialReadinessDelay,
      NOW,
    );
    expect({ ready: g.readyPodCount, unready: [...g.unready], missing: [...g.missing], ignored: [...g.ignored] }).toEqual({
      ready: c.ready,
      unready: c.unready ?? [],
      missing: c.missing ?? [],
      ignored: c.ignored ?? [],
    });
  });
});

describe('calculatePodRequests (TestCalculatePodRequests, v1.28 cases)', () => {
  const twoContainers: HpaPod = {
    name: 'test-pod',
    phase: 'Running',
    containers: [
      { name: 'container1', requests: { cpu: 100 } },
      { name: 'container2', requests: { cpu: 50 } },
    ],
  };
  it('void', () => expect(calculatePodRequests([], undefined, 'cpu')).toEqual(new Map()));
  it('pod with regular containers', () =>
    expect(calculatePodRequests([twoContainers], undefined, 'cpu')).toEqual(new Map([['test-pod', 150]])));
  it('calculate requests with special container', () =>
    expect(calculatePodRequests([twoContainers], 'container1', 'cpu')).toEqual(new Map([['test-pod', 100]])));
  it('container missing requests', () => {
    const p: HpaPod = { name: 'test-pod', phase: 'Running', containers: [{ name: 'container1', requests: {} }] };
    expect(() => calculatePodRequests([p], undefined, 'cpu')).toThrow('missing request for cpu in container container1 of Pod test-pod');
  });
  it('memory requests are converted to milli-units like Quantity.MilliValue()', () => {
    const p: HpaPod = { name: 'm', phase: 'Running', containers: [{ name: 'c', requests: { memory: 256 * 1024 * 1024 } }] };
    expect(calculatePodRequests([p], undefined, 'memory').get('m')).toBe(256 * 1024 * 1024 * 1000);
  });
});
