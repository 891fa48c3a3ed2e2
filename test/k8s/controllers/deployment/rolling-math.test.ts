// Tables from k8s v1.28 pkg/controller/deployment/rolling_test.go (TestDeploymentController_
// reconcileNewReplicaSet, _reconcileOldReplicaSets, _cleanupUnhealthyReplicas,
// _scaleDownOldReplicaSetsForRollingUpdate) and util/deployment_util_test.go (TestResolveFenceposts,
// TestMaxUnavailable), rewritten as tables over kubetwin's pure functions.
import { describe, expect, it } from 'vitest';
import { maxUnavailable, resolveFenceposts, scaledValue } from '../../../../src/k8s/controllers/deployment/intstr.js';
import {
  cleanupUnhealthy,
  reconcileNew,
  reconcileOld,
  scaleDownOldForRolling,
} from '../../../../src/k8s/controllers/deployment/rolling-math.js';

const rolling = (replicas: number, maxSurge: number | string, maxUnav: number | string) => ({
  replicas,
  strategy: { type: 'RollingUpdate' as const, maxSurge, maxUnavailable: maxUnav },
});

describe('reconcileNew (rolling_test.go TestDeploymentController_reconcileNewReplicaSet)', () => {
  const cases: Array<[replicas: number, surge: number, oldR: number, newR: number, expected: number | undefined]> = [
    [10, 0, 10, 0, undefined],
    [10, 2, 10, 0, 2],
    [10, 2, 5, 0, 7],
    [10, 2, 10, 2, undefined],
    [10, 2, 2, 11, 10],
  ];
  it.each(cases)('replicas %i maxSurge %i old %i new %i → %s', (replicas, surge, oldR, newR, expected) => {
    const newRS = { replicas: newR, available: 0 };
    expect(reconcileNew(rolling(replicas, surge, 0), [newRS, { replicas: oldR, available: 0 }], newRS)).toBe(expected);
  });
});

describe('reconcileOld (TestDeploymentController_reconcileOldReplicaSets)', () => {
  const cases: Array<
    [replicas: number, unav: number, oldR: number, newR: number, readyOld: number, readyNew: number, expectedOld: number]
  > = [
    [10, 0, 10, 0, 10, 0, 9],
    [10, 2, 10, 0, 10, 0, 8],
    [10, 2, 10, 0, 8, 0, 8],
    [10, 2, 10, 0, 9, 0, 8],
    [10, 2, 8, 2, 8, 0, 8],
  ];
  it.each(cases)(
    'replicas %i maxUnavailable %i old %i new %i ready %i/%i → old %i',
    (replicas, unav, oldR, newR, readyOld, readyNew, expectedOld) => {
      const oldRS = { replicas: oldR, available: readyOld };
      const newRS = { replicas: newR, available: readyNew };
      const scaled = reconcileOld(rolling(replicas, 0, unav), [oldRS, newRS], [oldRS], newRS);
      expect(oldRS.replicas).toBe(expectedOld);
      expect(scaled > 0).toBe(expectedOld !== oldR);
    },
  );
});

describe('cleanupUnhealthy (TestDeploymentController_cleanupUnhealthyReplicas)', () => {
  const cases: Array<[oldR: number, ready: number, maxCleanup: number, expected: number]> = [
    [10, 8, 1, 1],
    [10, 8, 3, 2],
    [10, 8, 0, 0],
    [10, 10, 3, 0],
  ];
  it.each(cases)('old %i ready %i max %i → %i cleaned', (oldR, ready, max, expected) => {
    const rs = { replicas: oldR, available: ready };
    expect(cleanupUnhealthy([rs], max)).toBe(expected);
    expect(rs.replicas).toBe(oldR - expected);
  });
});

describe('scaleDownOldForRolling (TestDeploymentController_scaleDownOldReplicaSetsForRollingUpdate)', () => {
  const cases: Array<[replicas: number, unav: number, ready: number, oldR: number, expectedOld: number]> = [
    [10, 0, 10, 10, 9],
    [10, 2, 10, 10, 8],
    [10, 2, 8, 10, 10],
    [10, 2, 10, 0, 0],
    [10, 2, 1, 10, 10],
  ];
  it.each(cases)('replicas %i maxUnavailable %i ready %i old %i → %i', (replicas, unav, ready, oldR, expectedOld) => {
    const rs = { replicas: oldR, available: ready };
    scaleDownOldForRolling(rolling(replicas, 0, unav), [rs], [rs]);
    expect(rs.replicas).toBe(expectedOld);
  });
});

describe('resolveFenceposts (deployment_util_test.go TestResolveFenceposts)', () => {
  const cases: Array<[surge: number | string | undefined, unav: number | string | undefined, desired: number, s: number, u: number]> = [
    [0, 0, 0, 0, 1],
    ['39%', '39%', 10, 4, 3],
    [undefined, '39%', 10, 0, 3],
    ['39%', undefined, 10, 4, 0],
    [undefined, undefined, 10, 0, 1],
  ];
  it.each(cases)('surge %s unavailable %s of %i → [%i, %i]', (surge, unav, desired, s, u) => {
    expect(resolveFenceposts(surge, unav, desired)).toEqual([s, u]);
  });
  it('rounds a surge percentage up and an unavailable percentage down', () => {
    expect(scaledValue('25%', 5, true)).toBe(2);
    expect(scaledValue('25%', 5, false)).toBe(1);
    expect(() => scaledValue('oops', 5, true)).toThrow();
  });
});

describe('maxUnavailable (deployment_util_test.go TestMaxUnavailable)', () => {
  const cases: Array<[name: string, replicas: number, surge: number | string, unav: number | string, expected: number]> = [
    ['less than replicas', 10, 0, 5, 5],
    ['equal replicas', 10, 0, 10, 10],
    ['more than replicas', 5, 0, 10, 5],
    ['a percentage', 10, 0, '50%', 5],
    ['zero replicas', 0, 0, 10, 0],
  ];
  it.each(cases)('%s', (_n, replicas, surge, unav, expected) => {
    expect(maxUnavailable(rolling(replicas, surge, unav).strategy, replicas)).toBe(expected);
  });
  it('is 0 for Recreate', () => {
    expect(maxUnavailable({ type: 'Recreate', maxSurge: 1, maxUnavailable: 1 }, 10)).toBe(0);
  });
});
