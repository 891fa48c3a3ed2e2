// What reaches the kubelet in the simulation: a container that lives between two relists is never
// reported; one that outlives a period is reported once per transition; a full channel drops
// events (counted, and missed in the ground truth); a failed pod inspection withholds events, which
// arrive late (k8s v1.28 generic.go relist: non-blocking send; re-inspection on failure).
import { describe, expect, it } from 'vitest';
import { scenario, simulate } from './sim.js';

describe('one relist period: seen or missed', () => {
  // Relists at whole seconds. `short` lives 2.2 → 2.7 s; `long` 2.2 → 4.7 s, removed at 5.7 s.
  const run = simulate(
    scenario({
      duration: '10s',
      nodes: [{ name: 'n' }],
      spec: `relist:
  - events: all
churn:
  - containers: { arrivals: { kind: fixed, interval: 1h }, lifetime: { kind: fixed, value: 500ms }, start: 2200ms, count: 1, podUidPrefix: short }
  - containers: { arrivals: { kind: fixed, interval: 1h }, lifetime: { kind: fixed, value: 2500ms }, gcDelay: 1s, start: 2200ms, count: 1, podUidPrefix: long }`,
    }),
  );
  const pleg = (pod: string) =>
    run.recorder.events.filter((e) => e.object === pod && e.reason.startsWith('PLEGContainer')).map((e) => [e.time, e.reason]);

  it('never reports a container created, exited and removed between two relists', () => {
    expect(pleg('short-0')).toEqual([]);
    expect(run.events('ContainerStateTruth', 'short-0').map((e) => e.time)).toEqual([2200, 2200, 2700, 2700]);
    expect(run.events('PLEGEventMissed', 'short-0').map((e) => e.message.split(' ')[0])).toEqual([
      'ContainerStarted',
      'ContainerDied',
      'ContainerRemoved',
    ]);
  });

  it('reports a container living longer than a period once started, once died, once removed', () => {
    expect(pleg('long-0')).toEqual([
      [3000, 'PLEGContainerStarted'],
      [5000, 'PLEGContainerDied'],
      [6000, 'PLEGContainerRemoved'],
    ]);
  });

  it('judges them in pleg-containers.csv', () => {
    const rows = run
      .table('pleg-containers')
      .map((r) => [r.pod, r.started, r.startedLatencyMs, r.died, r.diedLatencyMs, r.removed, r.outcome]);
    expect(rows).toEqual([
      ['short-0', 'missed', null, 'missed', null, 'missed', 'missed'],
      ['long-0', 'seen', 800, 'seen', 300, 'seen', 'seen'],
    ]);
    const node = run.table('relist-nodes')[0];
    expect(node).toMatchObject({ containers: 2, containersNeverSeen: 1, eventsMissed: 3, eventsSeen: 3, missedPct: 50, eventsEmitted: 3 });
  });
});

describe('a full channel', () => {
  // ~5 starts and ~5 deaths per relist, a channel of 5 and a kubelet taking 2 events per second.
  const run = simulate(
    scenario({
      duration: '2m',
      sampleInterval: '5s',
      nodes: [{ name: 'n' }],
      spec: `relist:
  - channelCapacity: 5
    consumeRate: 2
churn:
  - containers: { arrivals: { kind: fixed, interval: 200ms }, lifetime: { kind: fixed, value: 3s }, pods: 2, until: 100s }`,
    }),
  );
  const node = run.table('relist-nodes')[0];

  it('drops what does not fit and counts it (PLEGDiscardEvents)', () => {
    expect(node.discards as number).toBeGreaterThan(100);
    // Full after each relist; the sync loop has taken one by the time of the sample.
    expect(Math.max(...run.rows('kubelet', 'n').map((r) => r.values.channelLength as number))).toBe(4);
    expect(run.events('PLEGChannelFull', 'n')[0].message).toMatch(/^the PLEG channel is full \(capacity 5\): \d+ events? discarded$/);
  });

  it('turns every dropped event into a missed transition (none is missed otherwise: L > P)', () => {
    expect(node.eventsMissed).toBe(node.discards);
    // The kubelet took everything that got into the channel, bar what is still in it at the end.
    const left = (node.eventsEmitted as number) - (node.eventsConsumed as number);
    expect(left).toBeGreaterThanOrEqual(0);
    expect(left).toBeLessThanOrEqual(5);
    expect(node.meanSyncWaitMs as number).toBeGreaterThan(500);
  });
});

describe('a failing pod inspection', () => {
  const run = simulate(
    scenario({
      duration: '40s',
      sampleInterval: '5s',
      nodes: [{ name: 'n' }],
      spec: `relist:
  - inspectFailures: [{ from: 10s, to: 15s, pods: [job-0] }]
churn:
  - containers: { arrivals: { kind: fixed, interval: 500ms }, lifetime: { kind: fixed, value: 1500ms }, pods: 2, podUidPrefix: job, until: 30s }`,
    }),
  );
  const rows = run.table('pleg-containers');

  it("withholds the pod's events and delivers them late once inspection works again", () => {
    const late = rows.filter((r) => r.started === 'late' || r.died === 'late' || r.removed === 'late');
    expect(late.length).toBeGreaterThan(0);
    expect(new Set(late.map((r) => r.pod))).toEqual(new Set(['job-0']));
    const node = run.table('relist-nodes')[0];
    expect(node.withheld as number).toBeGreaterThan(0);
    expect(node.eventsLate).toBe(late.reduce((n, r) => n + ['started', 'died', 'removed'].filter((k) => r[k] === 'late').length, 0));
  });

  it('loses nothing that a relist had seen: only changes inside the window can be missed', () => {
    // A container seen running before the window is still reported dead and removed after it.
    for (const r of rows) {
      if (r.started === 'seen' || r.started === 'late') expect([r.died, r.removed]).not.toContain('missed');
    }
    expect(rows.filter((r) => r.pod === 'job-1').every((r) => r.outcome === 'seen' && r.started === 'seen')).toBe(true);
  });
});
