// Tables after k8s v1.28 pkg/controller/disruption/disruption_test.go (TestNoSelector, TestUnavailable,
// TestIntegerMaxUnavailable, TestIntegerMaxUnavailableWithScaling, TestReplicationController,
// TestStatefulSetController, TestTwoControllers, TestNakedPod), pkg/registry/core/pod/storage/
// eviction_test.go (TestEviction, TestEvictionIgnorePDB, the unhealthyPodEvictionPolicy cases) and
// metav1 selector_test.go, rewritten over kubetwin's pure functions.
import { describe, expect, it } from 'vitest';
import {
  checkEviction,
  pdbStatus,
  selectorMatches,
  type PdbPod,
  type PdbStatus,
} from '../../../../src/k8s/controllers/disruption/index.js';

const pods = (n: number, p: Partial<PdbPod> = {}): PdbPod[] =>
  Array.from({ length: n }, (_, i) => ({
    name: `p${i}`,
    phase: 'Running',
    ready: true,
    deleting: false,
    controller: 'ReplicaSet/rs',
    ...p,
  }));
const scale = (m: Record<string, number>) => (c: string) => m[c];

describe('pdbStatus', () => {
  it('TestUnavailable: minAvailable 3 over 4 ready pods allows 1, none once one is unready', () => {
    expect(pdbStatus({ minAvailable: 3 }, pods(4), scale({})).disruptionsAllowed).toBe(1);
    const ps = pods(4);
    ps[0].ready = false;
    expect(pdbStatus({ minAvailable: 3 }, ps, scale({}))).toMatchObject({
      expectedPods: 4,
      desiredHealthy: 3,
      currentHealthy: 3,
      disruptionsAllowed: 0,
    });
  });
  it('TestNoSelector-like: nothing healthy enough', () => {
    expect(pdbStatus({ minAvailable: 3 }, pods(1), scale({})).disruptionsAllowed).toBe(0);
  });
  it('TestIntegerMaxUnavailable: maxUnavailable 1 of a 2-replica controller', () => {
    expect(pdbStatus({ maxUnavailable: 1 }, pods(2), scale({ 'ReplicaSet/rs': 2 }))).toMatchObject({
      expectedPods: 2,
      desiredHealthy: 1,
      disruptionsAllowed: 1,
    });
  });
  it('TestIntegerMaxUnavailableWithScaling: the controller scale, not the pod count, is expected', () => {
    expect(pdbStatus({ maxUnavailable: 2 }, pods(3), scale({ 'ReplicaSet/rs': 7 }))).toMatchObject({
      expectedPods: 7,
      desiredHealthy: 5,
      disruptionsAllowed: 0,
    });
    expect(pdbStatus({ maxUnavailable: 2 }, pods(5), scale({ 'ReplicaSet/rs': 7 })).disruptionsAllowed).toBe(0);
    expect(pdbStatus({ maxUnavailable: 2 }, pods(7), scale({ 'ReplicaSet/rs': 7 })).disruptionsAllowed).toBe(2);
  });
  it('TestReplicationController: minAvailable 34% of 3 rounds up to 2', () => {
    const s = scale({ 'ReplicaSet/rs': 3 });
    expect(pdbStatus({ minAvailable: '34%' }, pods(2), s)).toMatchObject({ desiredHealthy: 2, disruptionsAllowed: 0 });
    expect(pdbStatus({ minAvailable: '34%' }, pods(3), s).disruptionsAllowed).toBe(1);
  });
  it('TestStatefulSetController: minAvailable 67% of 3 rounds up to 3', () => {
    expect(pdbStatus({ minAvailable: '67%' }, pods(3, { controller: 'StatefulSet/ss' }), scale({ 'StatefulSet/ss': 3 }))).toMatchObject({
      desiredHealthy: 3,
      disruptionsAllowed: 0,
    });
  });
  it('TestTwoControllers: scales add up; maxUnavailable % rounds up', () => {
    const ps = [...pods(5, { controller: 'ReplicaSet/a' }), ...pods(6, { controller: 'ReplicaSet/b' })];
    expect(pdbStatus({ minAvailable: '28%' }, ps, scale({ 'ReplicaSet/a': 5, 'ReplicaSet/b': 6 }))).toMatchObject({
      expectedPods: 11,
      desiredHealthy: 4,
      disruptionsAllowed: 7,
    });
    expect(pdbStatus({ maxUnavailable: '10%' }, ps, scale({ 'ReplicaSet/a': 5, 'ReplicaSet/b': 6 }))).toMatchObject({
      desiredHealthy: 9,
      disruptionsAllowed: 2,
    });
  });
  it('TestNakedPod: unmanaged pods are ignored for a percentage (nothing expected → 0 allowed)', () => {
    const s = pdbStatus({ minAvailable: '28%' }, pods(1, { controller: undefined }), scale({}));
    expect(s).toMatchObject({ expectedPods: 0, disruptionsAllowed: 0, unmanaged: ['p0'] });
  });
  it('a controller without a scale is an error (no disruption allowed)', () => {
    expect(pdbStatus({ maxUnavailable: 1 }, pods(3, { controller: 'DaemonSet/d' }), scale({}))).toMatchObject({
      disruptionsAllowed: 0,
      error: 'found no controllers for pod "p0"',
    });
  });
  it('pods being deleted are not healthy', () => {
    expect(pdbStatus({ minAvailable: 2 }, pods(3, { deleting: true }), scale({})).currentHealthy).toBe(0);
  });
});

const status = (s: Partial<PdbStatus>): PdbStatus => ({
  expectedPods: 3,
  desiredHealthy: 2,
  currentHealthy: 3,
  disruptionsAllowed: 1,
  unmanaged: [],
  ...s,
});
const running = { phase: 'Running' as const, ready: true, deleting: false };

describe('checkEviction (TestEviction, TestEvictionIgnorePDB)', () => {
  it.each<
    [
      string,
      typeof running,
      Array<{ allowed: number; healthy?: number; desired?: number; policy?: 'IfHealthyBudget' | 'AlwaysAllow' }>,
      boolean | number,
    ]
  >([
    ['matching pdb with no disruptions allowed', running, [{ allowed: 0 }], 429],
    ['matching pdb with disruptions allowed', running, [{ allowed: 1 }], true],
    ['no matching pdb', running, [], true],
    ['two matching pdbs', running, [{ allowed: 1 }, { allowed: 1 }], 500],
    ['pending pod ignores the budget', { ...running, phase: 'Pending' as never }, [{ allowed: 0 }], true],
    ['succeeded pod ignores the budget', { ...running, phase: 'Succeeded' as never }, [{ allowed: 0 }], true],
    ['terminating pod ignores the budget', { ...running, deleting: true }, [{ allowed: 0 }], true],
    ['unhealthy pod, healthy budget (IfHealthyBudget)', { ...running, ready: false }, [{ allowed: 0, healthy: 2, desired: 2 }], true],
    ['unhealthy pod, unhealthy budget (IfHealthyBudget)', { ...running, ready: false }, [{ allowed: 0, healthy: 1, desired: 2 }], 429],
    [
      'unhealthy pod, unhealthy budget (AlwaysAllow)',
      { ...running, ready: false },
      [{ allowed: 0, healthy: 1, desired: 2, policy: 'AlwaysAllow' }],
      true,
    ],
  ])('%s', (_n, pod, budgets, want) => {
    const r = checkEviction(
      pod,
      budgets.map((b, i) => ({
        name: `pdb${i}`,
        status: status({ disruptionsAllowed: b.allowed, currentHealthy: b.healthy ?? 3, desiredHealthy: b.desired ?? 2 }),
        unhealthyPodEvictionPolicy: b.policy ?? 'IfHealthyBudget',
      })),
    );
    if (want === true) expect(r.allowed).toBe(true);
    else expect(r).toMatchObject({ allowed: false, code: want });
  });
  it('names the budget in the 429 message and decrements on success', () => {
    const r = checkEviction(running, [
      {
        name: 'web',
        status: status({ disruptionsAllowed: 0, desiredHealthy: 3, currentHealthy: 3 }),
        unhealthyPodEvictionPolicy: 'IfHealthyBudget',
      },
    ]);
    expect(r).toEqual({
      allowed: false,
      code: 429,
      message:
        "Cannot evict pod as it would violate the pod's disruption budget. The disruption budget web needs 3 healthy pods and has 3 currently",
    });
    expect(checkEviction(running, [{ name: 'web', status: status({}), unhealthyPodEvictionPolicy: 'IfHealthyBudget' }])).toEqual({
      allowed: true,
      decrement: 'web',
    });
  });
});

describe('selectorMatches', () => {
  it.each([
    ['null matches nothing', null, { a: '1' }, false],
    ['empty matches everything', {}, { a: '1' }, true],
    ['matchLabels', { matchLabels: { a: '1' } }, { a: '1', b: '2' }, true],
    ['matchLabels mismatch', { matchLabels: { a: '2' } }, { a: '1' }, false],
    ['In', { matchExpressions: [{ key: 'a', operator: 'In' as const, values: ['1', '3'] }] }, { a: '1' }, true],
    ['DoesNotExist', { matchExpressions: [{ key: 'a', operator: 'DoesNotExist' as const }] }, { a: '1' }, false],
  ])('%s', (_n, sel, labels, want) => {
    expect(selectorMatches(sel, labels)).toBe(want);
  });
});
