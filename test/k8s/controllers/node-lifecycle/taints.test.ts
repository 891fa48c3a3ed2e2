// Tables after k8s v1.28 pkg/controller/nodelifecycle/scheduler/taint_manager_test.go
// (TestGetMinTolerationTime), plugin/pkg/admission/defaulttolerationseconds/admission_test.go
// (TestForgivenessAdmission) and the node-monitor timing of node_lifecycle_controller.go.
import { describe, expect, it } from 'vitest';
import { lastRenewal, notReadyAt } from '../../../../src/k8s/controllers/node-lifecycle/heartbeat.js';
import {
  matchingTolerations,
  minTolerationMs,
  TAINT_NOT_READY,
  TAINT_UNREACHABLE,
  withDefaultTolerations,
} from '../../../../src/k8s/controllers/node-lifecycle/taints.js';
import type { Toleration } from '../../../../src/model/types.js';

describe('minTolerationMs (TestGetMinTolerationTime)', () => {
  const cases: Array<[string, Toleration[], number]> = [
    ['no tolerations', [], 0],
    ['one toleration without tolerationSeconds', [{ key: 'a', operator: 'Exists', effect: 'NoExecute' }], -1],
    ['one toleration of 1 s', [{ key: 'a', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 1 }], 1000],
    ['the smallest of several', [{ tolerationSeconds: 2 }, { tolerationSeconds: 1 }, {}], 1000],
    ['a negative value is 0', [{ tolerationSeconds: -2 }, { tolerationSeconds: 5 }], 0],
    ['zero', [{ tolerationSeconds: 0 }], 0],
  ];
  it.each(cases)('%s', (_n, tolerations, expected) => {
    expect(minTolerationMs(tolerations)).toBe(expected);
  });
});

describe('withDefaultTolerations (TestForgivenessAdmission)', () => {
  const def = (key: string, s = 300): Toleration => ({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: s });
  const cases: Array<[string, Toleration[], Toleration[]]> = [
    ['a pod without tolerations gets both', [], [def(TAINT_NOT_READY), def(TAINT_UNREACHABLE)]],
    [
      'a pod tolerating not-ready NoExecute gets only unreachable',
      [def(TAINT_NOT_READY, 700)],
      [def(TAINT_NOT_READY, 700), def(TAINT_UNREACHABLE)],
    ],
    [
      'a pod tolerating unreachable (any effect) gets only not-ready',
      [{ key: TAINT_UNREACHABLE, operator: 'Exists', tolerationSeconds: 700 }],
      [{ key: TAINT_UNREACHABLE, operator: 'Exists', tolerationSeconds: 700 }, def(TAINT_NOT_READY)],
    ],
    [
      'a pod tolerating both keeps its own',
      [def(TAINT_NOT_READY, 1), def(TAINT_UNREACHABLE, 2)],
      [def(TAINT_NOT_READY, 1), def(TAINT_UNREACHABLE, 2)],
    ],
    [
      'a NoSchedule toleration does not count',
      [{ key: TAINT_NOT_READY, operator: 'Exists', effect: 'NoSchedule' }],
      [{ key: TAINT_NOT_READY, operator: 'Exists', effect: 'NoSchedule' }, def(TAINT_NOT_READY), def(TAINT_UNREACHABLE)],
    ],
    ['a toleration of every taint adds nothing', [{ operator: 'Exists' }], [{ operator: 'Exists' }]],
  ];
  it.each(cases)('%s', (_n, given, expected) => {
    expect(withDefaultTolerations(given)).toEqual(expected);
  });
});

describe('matchingTolerations (GetMatchingTolerations)', () => {
  const taint = { key: TAINT_UNREACHABLE, effect: 'NoExecute' as const };
  it('every taint tolerated: the tolerations used, in taint order', () => {
    const r = matchingTolerations([taint], withDefaultTolerations([]));
    expect(r.all).toBe(true);
    expect(r.used).toEqual([{ key: TAINT_UNREACHABLE, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }]);
  });
  it('an untolerated taint: not all tolerated', () => {
    expect(matchingTolerations([taint], [{ key: 'other', operator: 'Exists' }]).all).toBe(false);
  });
  it('no taints: all tolerated, none used', () => {
    expect(matchingTolerations([], [])).toEqual({ all: true, used: [] });
  });
});

describe('node monitor timing (40 s grace, 10 s lease renewals, 5 s monitor period)', () => {
  const cases: Array<[started: number, died: number, renewed: number, notReady: number]> = [
    [0, 30_000, 20_000, 65_000],
    [0, 35_000, 30_000, 75_000],
    [0, 0, 0, 45_000],
    [3_000, 30_000, 23_000, 65_000],
    [0, 10_001, 10_000, 55_000],
  ];
  it.each(cases)('kubelet from %i ms dies at %i ms: last renewal %i ms, NotReady at %i ms', (started, died, renewed, notReady) => {
    expect(lastRenewal(started, died)).toBe(renewed);
    expect(notReadyAt(renewed)).toBe(notReady);
  });
});
