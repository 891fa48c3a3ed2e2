// The online ground-truth judge: when a verdict becomes final, seen / late / missed / pending, and
// agreement with the pure batch judge compareWithGroundTruth on a whole churn run.
import { describe, expect, it } from 'vitest';
import { compareWithGroundTruth, generateChurn } from '../../../src/k8s/kubelet/pleg/index.js';
import { OnlineJudge, judgeContainer, type ContainerVerdict } from '../../../src/features/relist/judge.js';
import type { StateChange } from '../../../src/k8s/kubelet/runtime/index.js';
import { drive } from '../../k8s/kubelet/pleg/driver.js';
import { seeded } from '../../k8s/kubelet/pleg/seeded.js';

let seq = 0;
const change = (id: string, time: number, from: StateChange['from'], to: StateChange['to'], podUid = 'p'): StateChange => ({
  seq: ++seq,
  time,
  containerId: id,
  podUid,
  kind: 'container',
  name: id,
  from,
  to,
});

/** A container created at c, running at c, exited and removed at e. */
function lifecycle(judge: OnlineJudge, id: string, c: number, e: number, podUid = 'p'): void {
  judge.observe(change(id, c, 'nonexistent', 'created', podUid));
  judge.observe(change(id, c, 'created', 'running', podUid));
  judge.observe(change(id, e, 'running', 'exited', podUid));
  judge.observe(change(id, e, 'exited', 'removed', podUid));
}

describe('OnlineJudge', () => {
  it('finalizes a removed container at the first successful relist starting at or after its removal', () => {
    const verdicts: ContainerVerdict[] = [];
    const judge = new OnlineJudge((v) => verdicts.push(v));
    lifecycle(judge, 'c1', 100, 300);
    judge.settle(200, new Set());
    expect(verdicts).toHaveLength(0); // still there at 200
    judge.settle(300, new Set());
    expect(verdicts.map((v) => v.transitions.map((t) => t.verdict))).toEqual([['missed', 'missed', 'missed']]);
    expect(judge.tally).toMatchObject({ transitions: 3, missed: 3, seen: 0, containers: 1, containersNeverSeen: 1 });
    expect(verdicts[0].times).toEqual({ created: 100, running: 100, exited: 300, removed: 300 });
  });

  it("waits while the pod's events are withheld (failed inspection), then judges the re-sent events", () => {
    const judge = new OnlineJudge();
    lifecycle(judge, 'c1', 100, 300);
    judge.delivered({ podUid: 'p', type: 'ContainerStarted', containerId: 'c1', time: 200 }, 0);
    judge.settle(1000, new Set(['p']));
    expect(judge.tally.transitions).toBe(0);
    judge.delivered({ podUid: 'p', type: 'ContainerDied', containerId: 'c1', time: 2000 }, 1000);
    judge.delivered({ podUid: 'p', type: 'ContainerRemoved', containerId: 'c1', time: 2000 }, 1000);
    judge.settle(2000, new Set());
    expect(judge.tally).toMatchObject({ transitions: 3, seen: 3, late: 2, missed: 0 });
    expect(judge.tally.latenciesMs).toEqual([100, 1700, 1700]);
  });

  it('marks a change late only when an earlier relist attempt started at or after it', () => {
    const c = [change('x', 500, 'created', 'running')];
    const at = (time: number, previousAttemptAt?: number) =>
      judgeContainer(c, [{ podUid: 'p', type: 'ContainerStarted', containerId: 'x', time, previousAttemptAt }], Infinity, false)[0].verdict;
    expect(at(1000, 0)).toBe('seen');
    expect(at(1000, 499)).toBe('seen');
    expect(at(2000, 500)).toBe('late');
    expect(at(2000, undefined)).toBe('seen');
    expect(at(400, 0)).toBe('missed'); // an event before the change does not report it
  });

  it('ends the run with pending verdicts after the last relist or for withheld pods', () => {
    const verdicts: ContainerVerdict[] = [];
    const judge = new OnlineJudge((v) => verdicts.push(v));
    judge.observe(change('a', 100, 'nonexistent', 'created'));
    judge.observe(change('a', 100, 'created', 'running'));
    judge.observe(change('b', 900, 'nonexistent', 'created', 'q'));
    judge.observe(change('b', 900, 'created', 'running', 'q'));
    judge.observe(change('c', 100, 'nonexistent', 'created', 'w'));
    judge.observe(change('c', 100, 'created', 'running', 'w'));
    judge.finish(500, new Set(['w']));
    expect(verdicts.map((v) => [v.containerId, v.transitions.map((t) => t.verdict)])).toEqual([
      ['a', ['missed']],
      ['b', ['pending']],
      ['c', ['pending']],
    ]);
    expect(judge.openContainers).toBe(0);
  });

  it('ignores sandboxes', () => {
    const judge = new OnlineJudge();
    judge.observe({ ...change('sb', 0, 'nonexistent', 'running'), kind: 'sandbox' });
    judge.finish(10, new Set());
    expect(judge.tally.transitions).toBe(0);
  });
});

describe('judgeContainer agrees with compareWithGroundTruth', () => {
  it.each([
    { L: 300, P: 1000 },
    { L: 1500, P: 1000 },
    { L: 700, P: 500 },
  ])('on a churn run with L=$L ms, P=$P ms', ({ L, P }) => {
    const items = generateChurn(
      {
        arrivals: { kind: 'poisson', ratePerSecond: 4 },
        lifetime: { kind: 'exponential', meanMs: L },
        gcDelayMs: 0,
        startDelayMs: 0,
        exitCode: 0,
        pods: 3,
        podUidPrefix: 'churn',
        startMs: 0,
        count: 2000,
      },
      seeded(`judge-${L}-${P}`),
    );
    const run = drive(items, P);
    const batch = compareWithGroundTruth(run.runtime.log, run.delivered).outcomes;
    const online: string[] = [];
    const byContainer = new Map<string, StateChange[]>();
    for (const ch of run.runtime.log) byContainer.set(ch.containerId, [...(byContainer.get(ch.containerId) ?? []), ch]);
    const deliveredTo = new Map<string, typeof run.delivered>();
    for (const e of run.delivered) deliveredTo.set(e.containerId, [...(deliveredTo.get(e.containerId) ?? []), e]);
    for (const [id, changes] of byContainer) {
      const deliveries = deliveredTo.get(id) ?? [];
      for (const v of judgeContainer(changes, deliveries, Infinity, false))
        online.push(`${id}/${v.to}/${v.verdict === 'late' ? 'seen' : v.verdict}/${v.latencyMs ?? ''}`);
    }
    const want = batch.map((o) => `${o.containerId}/${o.to}/${o.detection}/${o.latencyMs ?? ''}`);
    expect(online.sort()).toEqual(want.sort());
    expect(want.some((w) => w.includes('/missed/'))).toBe(L < P * 2);
  });
});
