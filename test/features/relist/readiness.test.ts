// PLEG health → node Ready (generic.go Healthy, strict `elapsed > threshold`), on an engine with an
// injected relist time — the simulation form of generic_test.go TestHealthy.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine.js';
import { PlegReadiness } from '../../../src/features/relist/readiness.js';
import { Recorder } from '../../../src/report/recorder.js';
import { Cluster } from '../../../src/sim/cluster.js';

function setup(threshold = 180_000, startedAt = 0) {
  const engine = new Engine();
  const recorder = new Recorder();
  const cluster = new Cluster(engine, recorder);
  cluster.addNode({ name: 'n', labels: {}, taints: [], unschedulable: false, capacity: {}, allocatable: {} });
  let relistTime: number | undefined;
  const unhealthyAt: number[] = [];
  const r = new PlegReadiness(
    engine,
    cluster,
    'n',
    threshold,
    startedAt,
    () => relistTime,
    0,
    (t) => unhealthyAt.push(t),
  );
  const transitions = () =>
    recorder.events.filter((e) => e.reason === 'NodeReady' || e.reason === 'NodeNotReady').map((e) => [e.time, e.reason]);
  return {
    engine,
    cluster,
    r,
    transitions,
    unhealthyAt,
    relist: (t: number) => {
      relistTime = t;
      r.check(engine.now);
    },
  };
}

describe('PlegReadiness', () => {
  it('turns the node NotReady at the first millisecond the relist age exceeds the threshold', () => {
    const s = setup();
    s.engine.at(0, () => s.relist(0));
    s.engine.at(5000, () => s.relist(5000));
    s.engine.run(185_000);
    expect(s.transitions()).toEqual([]); // age 180 000 = threshold: still healthy
    s.engine.run(185_001);
    expect(s.transitions()).toEqual([[185_001, 'NodeNotReady']]);
    expect(s.unhealthyAt).toEqual([185_001]);
    expect(s.cluster.nodes.get('n')!.ready).toBe(false);
    expect(s.r.message(185_001)).toBe('PLEG is not healthy: pleg was last seen active 3m0.001s ago; threshold is 3m0s');
  });

  it('is Ready again as soon as a relist succeeds, and re-arms for the new relist time', () => {
    const s = setup(10_000);
    s.engine.at(0, () => s.relist(0));
    s.engine.at(20_000, () => s.relist(19_000)); // a relist that started at 19 s returns at 20 s
    s.engine.run(60_000);
    expect(s.transitions()).toEqual([
      [10_001, 'NodeNotReady'],
      [20_000, 'NodeReady'],
      [29_001, 'NodeNotReady'],
    ]);
    expect(s.r.notReady).toEqual([
      { from: 10_001, to: 20_000, message: expect.stringContaining('10.001s ago; threshold is 10s') },
      { from: 29_001, message: expect.stringContaining('threshold is 10s') },
    ]);
  });

  it('stays unhealthy when the relist that returns started too long ago (a hung listing)', () => {
    const s = setup(10_000);
    s.engine.at(0, () => s.relist(0));
    s.engine.at(25_000, () => s.relist(12_000)); // age 13 s when it returns
    s.engine.at(26_000, () => s.relist(26_000));
    s.engine.run(30_000);
    expect(s.transitions()).toEqual([
      [10_001, 'NodeNotReady'],
      [26_000, 'NodeReady'],
    ]);
  });

  it('counts the age from the PLEG start before the first successful relist', () => {
    const s = setup(1000, 500);
    s.engine.at(500, (t) => s.r.check(t)); // the PLEG starts at 500 ms
    s.engine.run(1500);
    expect(s.transitions()).toEqual([]);
    s.engine.run(1501);
    expect(s.transitions()).toEqual([[1501, 'NodeNotReady']]);
    expect(s.r.message(1501)).toBe('PLEG is not healthy: pleg has yet to be successful');
  });

  it('leaves a node alone that another component made NotReady', () => {
    const s = setup(1000);
    s.engine.at(0, () => {
      s.relist(0);
      s.cluster.setNodeReady('n', false, 'NodeStatusUnknown');
    });
    s.engine.at(3000, () => s.relist(3000));
    s.engine.run(4000);
    expect(s.transitions()).toEqual([[0, 'NodeNotReady']]);
    expect(s.r.notReady).toEqual([]);
    expect(s.unhealthyAt).toEqual([1001]);
  });
});
