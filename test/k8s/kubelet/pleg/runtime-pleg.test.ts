// The generic PLEG against the runtime model, judged by the runtime's ground truth (SPEC §1 relist,
// k8s-semantics §3.6: a container created, exited and removed within one period is never seen).
import { describe, expect, it } from 'vitest';
import { ContainerRuntime } from '../../../../src/k8s/kubelet/runtime/index.js';
import { compareWithGroundTruth, GenericPleg, type PlegEvent } from '../../../../src/k8s/kubelet/pleg/index.js';

function relistEvery(pleg: GenericPleg, rt: ContainerRuntime, times: number[], script: Map<number, () => void>): PlegEvent[] {
  const out: PlegEvent[] = [];
  const all = [...new Set([...times, ...script.keys()])].sort((a, b) => a - b);
  for (const t of all) {
    script.get(t)?.();
    if (times.includes(t)) out.push(...pleg.relist(t, rt).sent);
  }
  return out;
}

describe('a container that lives and dies between two relists', () => {
  it.each([
    { name: 'removed at exit', exitAt: 300, removeAt: 300 },
    { name: 'garbage-collected before the next relist', exitAt: 300, removeAt: 900 },
  ])('yields no event and counts as missed ($name)', ({ exitAt, removeAt }) => {
    const rt = new ContainerRuntime();
    const pleg = new GenericPleg();
    let id = '';
    const script = new Map<number, () => void>([
      [
        100,
        () => {
          id = rt.createContainer(100, 'p', 'blip');
          rt.start(100, id);
        },
      ],
      [exitAt, () => rt.exit(exitAt, id, 0)],
    ]);
    const prev = script.get(removeAt);
    script.set(removeAt, () => {
      prev?.();
      rt.remove(removeAt, id);
    });
    const delivered = relistEvery(pleg, rt, [0, 1000, 2000], script);
    expect(delivered).toEqual([]);
    const { summary } = compareWithGroundTruth(rt.log, delivered);
    expect(summary).toMatchObject({ transitions: 3, seen: 0, missed: 3, missedPct: 100, containersNeverSeen: 1 });
  });
});

describe('a container that outlives a relist period', () => {
  it('is seen exactly once Started, once Died and once Removed, with the expected latencies', () => {
    const rt = new ContainerRuntime({ gcDelayMs: 1000 });
    const pleg = new GenericPleg();
    let id = '';
    const script = new Map<number, () => void>([
      [
        100,
        () => {
          id = rt.createContainer(100, 'p', 'app');
          rt.start(100, id);
        },
      ],
      [
        2500,
        () => {
          expect(rt.exit(2500, id, 1).gcDueAt).toBe(3500);
        },
      ],
      [
        3500,
        () => {
          expect(rt.collectGarbage(3500)).toEqual([id]);
        },
      ],
    ]);
    const delivered = relistEvery(pleg, rt, [0, 1000, 2000, 3000, 4000, 5000], script);
    expect(delivered.map((e) => [e.type, e.containerId, e.time])).toEqual([
      ['ContainerStarted', id, 1000],
      ['ContainerDied', id, 3000],
      ['ContainerRemoved', id, 4000],
    ]);
    const { summary } = compareWithGroundTruth(rt.log, delivered);
    expect(summary).toMatchObject({ seen: 3, missed: 0, containersNeverSeen: 0 });
    expect(summary.latency).toEqual({ count: 3, meanMs: (900 + 500 + 500) / 3, p50Ms: 500, p95Ms: 900, maxMs: 900 });
  });

  it('reports a container that exits and is removed within one period as Died + Removed together', () => {
    const rt = new ContainerRuntime();
    const pleg = new GenericPleg();
    const id = rt.createContainer(0, 'p', 'app');
    rt.start(0, id);
    pleg.relist(0, rt);
    rt.exit(400, id);
    rt.remove(600, id);
    expect(pleg.relist(1000, rt).sent.map((e) => e.type)).toEqual(['ContainerDied', 'ContainerRemoved']);
  });
});

describe('the runtime feeding the relist', () => {
  it('stamps events with start + list cost and schedules the next relist after the finish', () => {
    const rt = new ContainerRuntime({ listCost: { baseMs: 20, perPodMs: 5, perContainerMs: 1 }, inspectCostMs: 3 });
    const pleg = new GenericPleg();
    rt.createSandbox(0, 'a');
    rt.start(0, rt.createContainer(0, 'a', 'x'));
    rt.start(0, rt.createContainer(0, 'b', 'y'));
    const r = pleg.relist(1000, rt);
    // list: 20 + 2×5 + 3×1 = 33 ms; pod a inspected (3 ms) then sent; pod b inspected then sent.
    expect(r.sent.map((e) => [e.podUid, e.time])).toEqual([
      ['a', 1036],
      ['a', 1036],
      ['b', 1039],
    ]);
    expect(r).toMatchObject({ durationMs: 39, finishedAt: 1039, nextRelistAt: 2039 });
    expect(pleg.counters.relistDuration).toEqual({ count: 1, totalMs: 39, maxMs: 39, lastMs: 39 });
    // The relist time and the cache timestamp are the relist's start, not its end (generic.go timestamp).
    expect(pleg.relistTime).toBe(1000);
    expect(pleg.cache!.timestamp).toBe(1000);
    expect(pleg.cache!.entry('b')?.modifiedAt).toBe(1036);
  });

  it('withholds events while a pod cannot be inspected and delivers them once it can', () => {
    const rt = new ContainerRuntime({ inspectFailures: [{ from: 0, to: 2500, podUids: ['slow'] }] });
    const pleg = new GenericPleg();
    const ok = rt.createContainer(0, 'fine', 'a');
    const slow = rt.createContainer(0, 'slow', 'b');
    rt.start(0, ok);
    rt.start(0, slow);
    const sent: PlegEvent[] = [];
    for (const t of [1000, 2000, 3000]) sent.push(...pleg.relist(t, rt).sent);
    expect(sent.map((e) => [e.containerId, e.time])).toEqual([
      [ok, 1000],
      [slow, 3000],
    ]);
    // 1000: step 5 fails. 2000: step 5 fails again and the step-6 re-inspection fails too. 3000: step 5 succeeds.
    expect(pleg.counters).toMatchObject({ inspectionFailures: 3, withheld: 2, reinspections: 1 });
    const { outcomes } = compareWithGroundTruth(rt.log, sent);
    expect(outcomes.map((o) => o.latencyMs)).toEqual([1000, 3000]);
  });

  it('generates but never sends ContainerChanged for a created, not yet started container', () => {
    const rt = new ContainerRuntime();
    const pleg = new GenericPleg();
    const id = rt.createContainer(0, 'p', 'a');
    expect(pleg.relist(0, rt).sent).toEqual([]);
    expect(pleg.counters.generated.ContainerChanged).toBe(1);
    rt.start(500, id);
    expect(pleg.relist(1000, rt).sent.map((e) => e.type)).toEqual(['ContainerStarted']);
  });

  it('reports sandboxes like containers', () => {
    const rt = new ContainerRuntime();
    const pleg = new GenericPleg();
    const sb = rt.createSandbox(0, 'p');
    expect(pleg.relist(0, rt).sent.map((e) => [e.type, e.containerId])).toEqual([['ContainerStarted', sb]]);
    rt.exit(10, sb);
    expect(pleg.relist(1000, rt).sent.map((e) => [e.type, e.containerId])).toEqual([['ContainerDied', sb]]);
  });
});
