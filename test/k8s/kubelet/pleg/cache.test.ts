// Ports of generic_test.go TestRelistWithCache, TestRemoveCacheEntry, TestRelistWithReinspection and
// TestRelistIPChange, plus the listing-failure and double-inspection rules of k8s-semantics §3.4.
import { describe, expect, it } from 'vitest';
import { GenericPleg } from '../../../../src/k8s/kubelet/pleg/index.js';
import { FakeRuntime, pod, status } from './fake-runtime.js';

const strictRuntime = () => Object.assign(new FakeRuntime(), { lenient: false });

describe('TestRelistWithCache', () => {
  it('caches status and error; withholds events of a pod whose inspection failed until it succeeds', () => {
    const runtime = strictRuntime();
    const pleg = new GenericPleg();
    runtime.pods = [pod('test-pod-0', [['c0', 'running']]), pod('test-pod-1', [['c1', 'running']])];
    const good0 = status('test-pod-0', [['c0', 'running']]);
    const good1 = status('test-pod-1', [['c1', 'running']]);
    runtime.expectInspect('test-pod-0', good0);
    runtime.expectInspect('test-pod-1', status('test-pod-1'), 'unable to get status');

    const r1 = pleg.relist(0, runtime);
    expect(pleg.cache!.get('test-pod-0')).toEqual({ status: good0 });
    expect(pleg.cache!.get('test-pod-1')).toEqual({ status: status('test-pod-1'), error: 'unable to get status' });
    expect(pleg.drain().map((e) => [e.podUid, e.type, e.containerId])).toEqual([['test-pod-0', 'ContainerStarted', 'c0']]);
    expect(r1.failedInspections).toEqual(['test-pod-1']);
    expect(r1.withheld).toEqual([{ podUid: 'test-pod-1', type: 'ContainerStarted', containerId: 'c1' }]);
    expect(pleg.podsToReinspect).toEqual(['test-pod-1']);

    runtime.expectInspect('test-pod-1', good1);
    pleg.relist(1000, runtime);
    expect(pleg.cache!.get('test-pod-0')).toEqual({ status: good0 });
    expect(pleg.cache!.get('test-pod-1')).toEqual({ status: good1 });
    expect(pleg.drain().map((e) => [e.podUid, e.type, e.containerId])).toEqual([['test-pod-1', 'ContainerStarted', 'c1']]);
    // pod-0 had no events in the second relist: inspected once in all. pod-1: twice.
    expect(runtime.inspectCalls.map((c) => c.uid)).toEqual(['test-pod-0', 'test-pod-1', 'test-pod-1']);
    expect(pleg.podsToReinspect).toEqual([]);
    expect(pleg.cache!.timestamp).toBe(1000);
  });
});

describe('TestRemoveCacheEntry', () => {
  it('deletes the cache entry of a pod that disappeared', () => {
    const runtime = strictRuntime();
    const pleg = new GenericPleg();
    runtime.pods = [pod('test-pod-0', [['c0', 'running']])];
    runtime.expectInspect('test-pod-0', status('test-pod-0', [['c0', 'running']]));
    pleg.relist(0, runtime);
    expect(pleg.cache!.has('test-pod-0')).toBe(true);
    runtime.pods = [];
    pleg.relist(1000, runtime);
    expect(pleg.cache!.has('test-pod-0')).toBe(false);
    // The kubelet cache answers an unknown pod with an empty status and no error.
    expect(pleg.cache!.get('test-pod-0')).toEqual({ status: status('test-pod-0') });
    expect(runtime.inspectCalls).toHaveLength(1);
  });
});

describe('TestRelistWithReinspection', () => {
  it('re-inspects a pod whose inspection failed even when its listing is back to the old one', () => {
    const runtime = strictRuntime();
    const pleg = new GenericPleg();
    const infraOnly = [pod('test-pod', [['infra', 'running']])];
    const good = status('test-pod', [['infra', 'running']]);

    // listing 1: infra container running.
    runtime.pods = infraOnly;
    runtime.expectInspect('test-pod', good);
    pleg.relist(0, runtime);
    expect(pleg.cache!.get('test-pod')).toEqual({ status: good });
    expect(pleg.drain().map((e) => e.type)).toEqual(['ContainerStarted']);

    // listing 2: a transient container appears; the inspection fails.
    runtime.pods = [
      pod('test-pod', [
        ['infra', 'running'],
        ['transient', 'unknown'],
      ]),
    ];
    const bad = status('test-pod');
    runtime.expectInspect('test-pod', bad, 'inspection error');
    pleg.relist(1000, runtime);
    expect(pleg.cache!.get('test-pod')).toEqual({ status: bad, error: 'inspection error' });
    expect(pleg.drain()).toEqual([]);

    // listing 3: the transient container is gone; no diff against listing 1, but the pod is re-inspected.
    runtime.pods = infraOnly;
    runtime.expectInspect('test-pod', good);
    const r3 = pleg.relist(2000, runtime);
    expect(pleg.cache!.get('test-pod')).toEqual({ status: good });
    expect(pleg.drain()).toEqual([]);
    expect(r3.sent).toEqual([]);
    expect(runtime.pendingAnswers()).toBe(0);
    expect(pleg.counters.reinspections).toBe(1);
  });

  it('keeps re-queuing a pod without events while its re-inspection fails (§3.4 step 6)', () => {
    const runtime = strictRuntime();
    const pleg = new GenericPleg();
    const infraOnly = [pod('test-pod', [['infra', 'running']])];
    runtime.pods = infraOnly;
    runtime.expectInspect('test-pod', status('test-pod', [['infra', 'running']]));
    pleg.relist(0, runtime);
    runtime.pods = [
      pod('test-pod', [
        ['infra', 'running'],
        ['transient', 'unknown'],
      ]),
    ];
    runtime.expectInspect('test-pod', status('test-pod'), 'inspection error');
    pleg.relist(1000, runtime);
    runtime.pods = infraOnly;
    runtime.expectInspect('test-pod', status('test-pod'), 'still failing');
    pleg.relist(2000, runtime);
    expect(pleg.podsToReinspect).toEqual(['test-pod']);
    expect(pleg.cache!.get('test-pod').error).toBe('still failing');
    runtime.expectInspect('test-pod', status('test-pod', [['infra', 'running']]));
    pleg.relist(3000, runtime);
    expect(pleg.podsToReinspect).toEqual([]);
    expect(pleg.cache!.get('test-pod').error).toBeUndefined();
    expect(runtime.inspectCalls.map((c) => c.now)).toEqual([0, 1000, 2000, 3000]);
  });

  it('inspects a queued pod twice when it has events and fails again (§3.4 step 6)', () => {
    const runtime = strictRuntime();
    const pleg = new GenericPleg();
    runtime.pods = [pod('p', [['a', 'running']])];
    runtime.expectInspect('p', status('p'), 'boom');
    pleg.relist(0, runtime);
    runtime.expectInspect('p', status('p'), 'boom again');
    runtime.expectInspect('p', status('p', [['a', 'running']]));
    const r = pleg.relist(1000, runtime);
    // Step 5 fails (events withheld, re-queued), step 6 succeeds, but the pod stays queued.
    expect(runtime.inspectCalls.map((c) => c.now)).toEqual([0, 1000, 1000]);
    expect(r.sent).toEqual([]);
    expect(pleg.podsToReinspect).toEqual(['p']);
    expect(pleg.cache!.get('p').error).toBeUndefined();
    // Third relist: inspection succeeds; the withheld ContainerStarted is finally delivered.
    runtime.expectInspect('p', status('p', [['a', 'running']]));
    const r3 = pleg.relist(2000, runtime);
    expect(r3.sent.map((e) => `${e.type}:${e.containerId}`)).toEqual(['ContainerStarted:a']);
    expect(pleg.podsToReinspect).toEqual([]);
    expect(pleg.counters.inspectionFailures).toBe(2);
  });
});

describe('TestRelistIPChange', () => {
  it.each([
    { podId: 'test-pod-0', ips: ['192.168.1.5'] },
    { podId: 'test-pod-1', ips: ['192.168.1.5/24', '2000::'] },
  ])('keeps the cached IPs of $podId once its container exited and the status has none', ({ podId, ips }) => {
    const runtime = strictRuntime();
    const pleg = new GenericPleg();
    runtime.pods = [pod(podId, [['c0', 'running']])];
    runtime.expectInspect(podId, status(podId, [['c0', 'running']], ips));
    const r1 = pleg.relist(0, runtime);
    expect(pleg.cache!.get(podId)).toEqual({ status: status(podId, [['c0', 'running']], ips) });
    expect(r1.sent.map((e) => e.type)).toEqual(['ContainerStarted']);

    runtime.pods = [pod(podId, [['c0', 'exited']])];
    runtime.expectInspect(podId, status(podId, [['c0', 'exited']]));
    const r2 = pleg.relist(1000, runtime);
    expect(pleg.cache!.get(podId)).toEqual({ status: status(podId, [['c0', 'exited']], ips) });
    expect(r2.sent.map((e) => e.type)).toEqual(['ContainerDied']);
  });

  it.each([
    { name: 'new IPs win', cachedIps: ['1.1.1.1'], fresh: status('p', [], ['2.2.2.2']), want: ['2.2.2.2'] },
    { name: 'no cached IPs', cachedIps: [], fresh: status('p'), want: [] },
    { name: 'ready sandbox, no IPs', cachedIps: ['1.1.1.1'], fresh: status('p', [], [], [{ id: 's', state: 'ready' }]), want: [] },
    {
      name: 'only notready sandboxes',
      cachedIps: ['1.1.1.1'],
      fresh: status('p', [], [], [{ id: 's', state: 'notready' }]),
      want: ['1.1.1.1'],
    },
  ])('getPodIPs: $name', ({ cachedIps, fresh, want }) => {
    const runtime = strictRuntime();
    const pleg = new GenericPleg();
    runtime.pods = [pod('p', [['a', 'running']])];
    runtime.expectInspect('p', status('p', [], cachedIps));
    pleg.relist(0, runtime);
    runtime.pods = [pod('p', [['a', 'exited']])];
    runtime.expectInspect('p', fresh);
    pleg.relist(1000, runtime);
    expect(pleg.cache!.get('p').status.ips).toEqual(want);
  });
});

describe('listing failure (§3.4 step 1)', () => {
  it('changes nothing: no relist time, no events, records kept, failure counted', () => {
    const runtime = new FakeRuntime();
    const pleg = new GenericPleg();
    runtime.pods = [pod('p', [['a', 'running']])];
    pleg.relist(0, runtime);
    pleg.drain();
    runtime.pods = [pod('p', [['a', 'exited']])];
    runtime.listError = 'rpc error: deadline exceeded';
    runtime.listDurationMs = 2000;
    const r = pleg.relist(1000, runtime);
    expect(r).toMatchObject({ ok: false, error: 'rpc error: deadline exceeded', durationMs: 2000, nextRelistAt: 4000 });
    expect(pleg.relistTime).toBe(0);
    expect(pleg.drain()).toEqual([]);
    expect(pleg.counters).toMatchObject({ relists: 2, relistFailures: 1 });
    runtime.listError = undefined;
    runtime.listDurationMs = 0;
    pleg.relist(4000, runtime);
    expect(pleg.relistTime).toBe(4000);
    expect(pleg.drain().map((e) => e.type)).toEqual(['ContainerDied']);
  });
});
