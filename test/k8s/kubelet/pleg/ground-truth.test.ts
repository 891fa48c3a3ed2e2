// compareWithGroundTruth on hand-made logs: matching, latency, pending vs missed, summaries.
import { describe, expect, it } from 'vitest';
import { compareWithGroundTruth, percentile, summarizeLatencies } from '../../../../src/k8s/kubelet/pleg/index.js';
import type { PlegEvent } from '../../../../src/k8s/kubelet/pleg/index.js';
import type { StateChange } from '../../../../src/k8s/kubelet/runtime/index.js';

let seq = 0;
const ch = (
  time: number,
  id: string,
  from: StateChange['from'],
  to: StateChange['to'],
  kind: StateChange['kind'] = 'container',
): StateChange => ({ seq: ++seq, time, containerId: id, podUid: 'p', kind, name: id, from, to });
const ev = (time: number, type: PlegEvent['type'], id: string): PlegEvent => ({ time, type, containerId: id, podUid: 'p' });

// c1 lives long and is seen; c2 is created, exits and is removed between relists; s1 is a sandbox.
const changes = [
  ch(100, 'c1', 'nonexistent', 'created'),
  ch(100, 'c1', 'created', 'running'),
  ch(1500, 'c2', 'nonexistent', 'created'),
  ch(1500, 'c2', 'created', 'running'),
  ch(1700, 'c2', 'running', 'exited'),
  ch(1700, 'c2', 'exited', 'removed'),
  ch(2500, 'c1', 'running', 'exited'),
  ch(4200, 'c1', 'exited', 'removed'),
  ch(0, 's1', 'nonexistent', 'running', 'sandbox'),
];
const delivered = [
  ev(1000, 'ContainerStarted', 'c1'),
  ev(1000, 'ContainerStarted', 's1'),
  ev(3000, 'ContainerDied', 'c1'),
  ev(5000, 'ContainerRemoved', 'c1'),
];

describe('compareWithGroundTruth', () => {
  it('classifies each tracked transition and measures its detection latency', () => {
    const { outcomes } = compareWithGroundTruth(changes, delivered);
    expect(outcomes.map((o) => [o.containerId, o.to, o.detection, o.latencyMs])).toEqual([
      ['c1', 'running', 'seen', 900],
      ['c2', 'running', 'missed', undefined],
      ['c2', 'exited', 'missed', undefined],
      ['c2', 'removed', 'missed', undefined],
      ['c1', 'exited', 'seen', 500],
      ['c1', 'removed', 'seen', 800],
    ]);
  });

  it('summarises counts, missed %, containers never seen and latency statistics', () => {
    const { summary } = compareWithGroundTruth(changes, delivered);
    expect(summary).toMatchObject({ transitions: 6, seen: 3, missed: 3, pending: 0, missedPct: 50, containers: 2, containersNeverSeen: 1 });
    expect(summary.byTransition.running).toMatchObject({ transitions: 2, seen: 1, missed: 1, missedPct: 50 });
    expect(summary.eventsDelivered).toEqual({ ContainerStarted: 2, ContainerDied: 1, ContainerRemoved: 1, ContainerChanged: 0 });
    expect(summary.latency).toEqual({ count: 3, meanMs: (900 + 500 + 800) / 3, p50Ms: 800, p95Ms: 900, maxMs: 900 });
  });

  it('judges sandboxes only when asked', () => {
    const { summary } = compareWithGroundTruth(changes, delivered, { kinds: ['sandbox'] });
    expect(summary).toMatchObject({ transitions: 1, seen: 1, missed: 0 });
    expect(summary.latency?.maxMs).toBe(1000);
  });

  it('calls undetected transitions after the last relist pending, not missed', () => {
    const { outcomes, summary } = compareWithGroundTruth(changes, delivered.slice(0, 3), { asOf: 4000 });
    expect(outcomes.find((o) => o.containerId === 'c1' && o.to === 'removed')?.detection).toBe('pending');
    expect(summary).toMatchObject({ seen: 2, missed: 3, pending: 1, missedPct: 60 });
  });

  it('does not match an event delivered before the true change (a different incarnation)', () => {
    const { outcomes } = compareWithGroundTruth([ch(2000, 'x', 'created', 'running')], [ev(1000, 'ContainerStarted', 'x')]);
    expect(outcomes[0].detection).toBe('missed');
  });

  it('reports no latency and 0 % when nothing happened', () => {
    const { summary } = compareWithGroundTruth([], []);
    expect(summary).toMatchObject({ transitions: 0, missedPct: 0, latency: null });
  });
});

describe('nearest-rank percentiles', () => {
  it.each([
    { values: [5], p: 50, want: 5 },
    { values: [1, 2, 3, 4], p: 50, want: 2 },
    { values: [1, 2, 3, 4], p: 95, want: 4 },
    { values: Array.from({ length: 100 }, (_, i) => i + 1), p: 95, want: 95 },
    { values: Array.from({ length: 20 }, (_, i) => i + 1), p: 0, want: 1 },
  ])('p$p of $values.length values → $want', ({ values, p, want }) => {
    expect(percentile(values, p)).toBe(want);
  });

  it('summarizes unsorted input', () => {
    expect(summarizeLatencies([30, 10, 20])).toEqual({ count: 3, meanMs: 20, p50Ms: 20, p95Ms: 30, maxMs: 30 });
  });
});
