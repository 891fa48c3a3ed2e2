// After k8s v1.28 pkg/controller/statefulset/stateful_set_utils_test.go (TestGetParentNameAndOrdinal,
// TestIsMemberOf) and stateful_set_control_test.go (CreatesPods, ScalesUp, ScalesDown, ReplacesPods,
// RecreatesFailedPod, TestStatefulSetControlRollingUpdate with partitions, OnDelete, the
// OrderedReady/Parallel variants of TestStatefulSetControlScaleUpAndDown), rewritten as tables over
// kubetwin's pure sync.
import { describe, expect, it } from 'vitest';
import {
  isMemberOf,
  parentAndOrdinal,
  podName,
  syncStatefulSet,
  type SetPod,
  type SetSpec,
} from '../../../../src/k8s/controllers/statefulset/index.js';

describe('identity (TestGetParentNameAndOrdinal, TestIsMemberOf)', () => {
  it('names pods by ordinal and parses them back', () => {
    expect(podName('web', 0)).toBe('web-0');
    expect(parentAndOrdinal('web-12')).toEqual({ parent: 'web', ordinal: 12 });
    expect(parentAndOrdinal('my-web-3')).toEqual({ parent: 'my-web', ordinal: 3 });
    expect(parentAndOrdinal('web')).toBeUndefined();
    expect(parentAndOrdinal('web-x')).toBeUndefined();
    expect(isMemberOf('web', 'web-1')).toBe(true);
    expect(isMemberOf('web', 'web2-1')).toBe(false);
  });
});

const spec = (s: Partial<SetSpec> = {}): SetSpec => ({
  replicas: 3,
  podManagementPolicy: 'OrderedReady',
  updateStrategy: 'RollingUpdate',
  partition: 0,
  updateRevision: 'r1',
  ...s,
});
const pod = (ordinal: number, p: Partial<SetPod> = {}): SetPod => ({
  ordinal,
  revision: 'r1',
  phase: 'Running',
  ready: true,
  available: true,
  deleting: false,
  ...p,
});
const ready = (n: number, p: Partial<SetPod> = {}) => Array.from({ length: n }, (_, i) => pod(i, p));

describe('OrderedReady', () => {
  it('creates web-0 first and waits for it to be Running and Ready', () => {
    expect(syncStatefulSet(spec(), [])).toEqual({ create: [0], delete: [], waiting: { ordinal: 0, for: 'Running and Ready' } });
    expect(syncStatefulSet(spec(), [pod(0, { phase: 'Pending', ready: false })])).toEqual({
      create: [],
      delete: [],
      waiting: { ordinal: 0, for: 'Running and Ready' },
    });
    expect(syncStatefulSet(spec(), [pod(0, { ready: false })]).create).toEqual([]);
    expect(syncStatefulSet(spec(), [pod(0)]).create).toEqual([1]);
    expect(syncStatefulSet(spec(), ready(3))).toEqual({ create: [], delete: [] });
  });
  it('waits for minReadySeconds (available) before the next ordinal', () => {
    expect(syncStatefulSet(spec(), [pod(0, { available: false })])).toEqual({
      create: [],
      delete: [],
      waiting: { ordinal: 0, for: 'available' },
    });
  });
  it('scales down from the highest ordinal, one at a time', () => {
    expect(syncStatefulSet(spec({ replicas: 1 }), ready(3)).delete).toEqual([{ ordinal: 2, why: 'condemned' }]);
    expect(syncStatefulSet(spec({ replicas: 1 }), [pod(0), pod(1), pod(2, { deleting: true })])).toEqual({
      create: [],
      delete: [],
      waiting: { ordinal: 2, for: 'termination' },
    });
  });
  it('does not condemn an unhealthy pod unless it is the first unhealthy one', () => {
    expect(syncStatefulSet(spec({ replicas: 1 }), [pod(0), pod(1, { ready: false }), pod(2, { ready: false })]).delete).toEqual([]);
    expect(syncStatefulSet(spec({ replicas: 1 }), [pod(0), pod(1, { ready: false })]).delete).toEqual([{ ordinal: 1, why: 'condemned' }]);
    expect(syncStatefulSet(spec({ replicas: 1 }), [pod(0), pod(1, { ready: false }), pod(2)]).delete).toEqual([
      { ordinal: 2, why: 'condemned' },
    ]);
    expect(syncStatefulSet(spec({ replicas: 1 }), [pod(0), pod(1), pod(2, { ready: false }), pod(3, { ready: false })]).delete).toEqual([]);
  });
  it('recreates a failed pod (RecreatesFailedPod)', () => {
    expect(syncStatefulSet(spec(), [pod(0), pod(1, { phase: 'Failed', ready: false }), pod(2)])).toEqual({
      create: [],
      delete: [{ ordinal: 1, why: 'failed' }],
      waiting: { ordinal: 1, for: 'termination' },
    });
    expect(syncStatefulSet(spec(), [pod(0), pod(2)]).create).toEqual([1]);
  });
});

describe('Parallel', () => {
  it('creates and deletes every pod at once', () => {
    expect(syncStatefulSet(spec({ podManagementPolicy: 'Parallel' }), []).create).toEqual([0, 1, 2]);
    expect(
      syncStatefulSet(spec({ podManagementPolicy: 'Parallel', replicas: 1 }), [pod(0), pod(1, { ready: false }), pod(2)]).delete,
    ).toEqual([
      { ordinal: 2, why: 'condemned' },
      { ordinal: 1, why: 'condemned' },
    ]);
  });
});

describe('rolling update (TestStatefulSetControlRollingUpdate, …WithPartition, OnDelete)', () => {
  const old = ready(3, { revision: 'r0' });
  it('replaces the highest ordinal first, one at a time', () => {
    expect(syncStatefulSet(spec(), old).delete).toEqual([{ ordinal: 2, why: 'update' }]);
    expect(syncStatefulSet(spec(), [pod(0, { revision: 'r0' }), pod(1, { revision: 'r0' })]).create).toEqual([2]);
    expect(syncStatefulSet(spec(), [pod(0, { revision: 'r0' }), pod(1, { revision: 'r0' }), pod(2, { ready: false })]).delete).toEqual([]);
    expect(syncStatefulSet(spec(), [pod(0, { revision: 'r0' }), pod(1, { revision: 'r0' }), pod(2)]).delete).toEqual([
      { ordinal: 1, why: 'update' },
    ]);
  });
  it('keeps ordinals below the partition on the old revision', () => {
    expect(syncStatefulSet(spec({ partition: 2 }), old).delete).toEqual([{ ordinal: 2, why: 'update' }]);
    expect(syncStatefulSet(spec({ partition: 2 }), [pod(0, { revision: 'r0' }), pod(1, { revision: 'r0' }), pod(2)]).delete).toEqual([]);
    expect(syncStatefulSet(spec({ partition: 5 }), old).delete).toEqual([]);
  });
  it('Parallel updates one at a time too', () => {
    expect(syncStatefulSet(spec({ podManagementPolicy: 'Parallel' }), old).delete).toEqual([{ ordinal: 2, why: 'update' }]);
  });
  it('OnDelete leaves old pods alone', () => {
    expect(syncStatefulSet(spec({ updateStrategy: 'OnDelete' }), old)).toEqual({ create: [], delete: [] });
  });
});
