// Ports of generic_test.go TestRelisting, TestRelistingWithSandboxes, TestEventChannelFull and
// TestDetectingContainerDeaths (testReportMissingContainers / testReportMissingPods).
import { describe, expect, it } from 'vitest';
import { GenericPleg } from '../../../../src/k8s/kubelet/pleg/index.js';
import { FakeRuntime, pod, sortEvents } from './fake-runtime.js';

type Kind = 'containers' | 'sandboxes';
const place = (kind: Kind, uid: string, specs: Parameters<typeof pod>[1]) =>
  kind === 'containers' ? pod(uid, specs) : pod(uid, [], specs);

// Upstream runs these without a pod cache; with a cache whose inspections succeed the events are the same.
const variants = [
  { name: 'containers, no cache', kind: 'containers' as Kind, cache: false },
  { name: 'containers, cache', kind: 'containers' as Kind, cache: true },
  { name: 'sandboxes (TestRelistingWithSandboxes), no cache', kind: 'sandboxes' as Kind, cache: false },
];

const firstListing = (kind: Kind) => [
  place(kind, '1234', [
    ['c1', 'exited'],
    ['c2', 'running'],
    ['c3', 'unknown'],
  ]),
  place(kind, '4567', [['c1', 'exited']]),
];
const secondListing = (kind: Kind) => [
  place(kind, '1234', [
    ['c2', 'exited'],
    ['c3', 'running'],
  ]),
  place(kind, '4567', [['c4', 'running']]),
];
const firstEvents: Array<[string, string, string]> = [
  ['1234', 'ContainerDied', 'c1'],
  ['1234', 'ContainerStarted', 'c2'],
  ['4567', 'ContainerDied', 'c1'],
];
const secondEvents: Array<[string, string, string]> = [
  ['1234', 'ContainerRemoved', 'c1'],
  ['1234', 'ContainerDied', 'c2'],
  ['1234', 'ContainerStarted', 'c3'],
  ['4567', 'ContainerRemoved', 'c1'],
  ['4567', 'ContainerStarted', 'c4'],
];

describe.each(variants)('TestRelisting: $name', ({ kind, cache }) => {
  it('reports first sightings, then nothing, then only real transitions', () => {
    const runtime = new FakeRuntime();
    const pleg = new GenericPleg({ channelCapacity: 100, cache });
    runtime.pods = firstListing(kind);
    pleg.relist(0, runtime);
    // c3 is unknown: ContainerChanged is generated but never delivered.
    expect(sortEvents(pleg.drain())).toEqual(firstEvents);
    expect(pleg.counters.generated.ContainerChanged).toBe(1);
    expect(pleg.counters.sent.ContainerChanged).toBe(0);

    pleg.relist(1000, runtime);
    expect(pleg.drain()).toEqual([]);

    runtime.pods = secondListing(kind);
    pleg.relist(2000, runtime);
    expect(sortEvents(pleg.drain())).toEqual(secondEvents);
  });
});

describe('deterministic event order', () => {
  it('pods in first-seen order, each pod in the §3.4 container order, stamped with the send time', () => {
    const runtime = new FakeRuntime();
    runtime.listDurationMs = 7;
    const pleg = new GenericPleg({ cache: false });
    runtime.pods = firstListing('containers');
    const r = pleg.relist(100, runtime);
    expect(r.sent.map((e) => `${e.podUid}/${e.type}/${e.containerId}@${e.time}`)).toEqual([
      '1234/ContainerDied/c1@107',
      '1234/ContainerStarted/c2@107',
      '4567/ContainerDied/c1@107',
    ]);
    expect(r.durationMs).toBe(7);
    expect(r.nextRelistAt).toBe(100 + 7 + 1000);
  });
});

describe('TestEventChannelFull', () => {
  it('drops events once the channel holds its capacity and counts the discards', () => {
    const runtime = new FakeRuntime();
    const pleg = new GenericPleg({ channelCapacity: 4, cache: false });
    runtime.pods = firstListing('containers');
    pleg.relist(0, runtime);
    expect(sortEvents(pleg.drain())).toEqual(firstEvents);

    runtime.pods = secondListing('containers');
    const r = pleg.relist(1000, runtime);
    const got = pleg.drain();
    expect(got).toHaveLength(4);
    const all = secondEvents.map((e) => e.join('/'));
    for (const e of sortEvents(got)) expect(all).toContain(e.join('/'));
    expect(r.discarded).toHaveLength(1);
    expect(
      pleg.counters.discarded.ContainerStarted + pleg.counters.discarded.ContainerDied + pleg.counters.discarded.ContainerRemoved,
    ).toBe(1);
  });

  it('fills the default 1000-event channel and discards the rest (plegChannelCapacity)', () => {
    const runtime = new FakeRuntime();
    const pleg = new GenericPleg();
    runtime.pods = [
      pod(
        'big',
        Array.from({ length: 1200 }, (_, i) => [`c${i}`, 'running'] as [string, 'running']),
      ),
    ];
    const r = pleg.relist(0, runtime);
    expect(r.sent).toHaveLength(1000);
    expect(r.discarded).toHaveLength(200);
    expect(r.discarded[0].containerId).toBe('c1000');
    expect(pleg.drain(10)).toHaveLength(10);
    expect(pleg.channel.length).toBe(990);
  });
});

describe('TestDetectingContainerDeaths', () => {
  it.each([1, 3])('missing containers after %i relist(s)', (numRelists) => {
    const runtime = new FakeRuntime();
    const pleg = new GenericPleg({ cache: false });
    runtime.pods = [
      pod('1234', [
        ['c1', 'running'],
        ['c2', 'running'],
        ['c3', 'exited'],
      ]),
    ];
    for (let i = 0; i < numRelists; i++) {
      pleg.relist(i * 1000, runtime);
      pleg.drain();
    }
    // c2 stopped and was removed between relists; the exited c3 was garbage-collected.
    runtime.pods = [pod('1234', [['c1', 'running']])];
    pleg.relist(numRelists * 1000, runtime);
    expect(sortEvents(pleg.drain())).toEqual([
      ['1234', 'ContainerDied', 'c2'],
      ['1234', 'ContainerRemoved', 'c2'],
      ['1234', 'ContainerRemoved', 'c3'],
    ]);
  });

  it.each([1, 3])('missing pods after %i relist(s)', (numRelists) => {
    const runtime = new FakeRuntime();
    const pleg = new GenericPleg({ cache: false });
    runtime.pods = [pod('1234', [['c2', 'running']])];
    for (let i = 0; i < numRelists; i++) {
      pleg.relist(i * 1000, runtime);
      pleg.drain();
    }
    runtime.pods = [];
    pleg.relist(numRelists * 1000, runtime);
    expect(sortEvents(pleg.drain())).toEqual([
      ['1234', 'ContainerDied', 'c2'],
      ['1234', 'ContainerRemoved', 'c2'],
    ]);
  });
});
