// The sync loop draining the PLEG channel: consume rate, events not taken before their time, and
// kubelet.go syncLoop's back-off (100 ms doubling to 5 s) while a runtime health check fails.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine.js';
import { EventChannel, type PlegEvent } from '../../../src/k8s/kubelet/pleg/index.js';
import { SYNC_BACKOFF, SyncLoop } from '../../../src/features/relist/sync-loop.js';

const ev = (time: number, id = `c${time}`): PlegEvent => ({ podUid: 'p', type: 'ContainerStarted', containerId: id, time });

function setup(rate?: number, healthy: (now: number) => boolean = () => true, capacity = 1000) {
  const engine = new Engine();
  const channel = new EventChannel<PlegEvent>(capacity);
  const taken: Array<[string, number, number]> = [];
  const loop = new SyncLoop(engine, channel, healthy, 0, rate, (e, at) => taken.push([e.containerId, at, engine.now]));
  return { engine, channel, loop, taken };
}

describe('SyncLoop', () => {
  it('takes every event as soon as it is in the channel when the rate is unlimited', () => {
    const s = setup();
    s.engine.at(1000, (now) => {
      s.channel.offer(ev(now, 'a'));
      s.channel.offer(ev(now, 'b'));
      s.loop.notify(now);
    });
    s.engine.run(2000);
    expect(s.taken).toEqual([
      ['a', 1000, 1000],
      ['b', 1000, 1000],
    ]);
    expect(s.loop.consumed).toBe(2);
    expect(s.channel.length).toBe(0);
  });

  it('takes one event per 1/rate seconds, so the channel holds a backlog', () => {
    const s = setup(4); // 250 ms per event
    s.engine.at(0, (now) => {
      for (const id of ['a', 'b', 'c', 'd']) s.channel.offer(ev(now, id));
      s.loop.notify(now);
    });
    s.engine.run(500);
    expect(s.taken.map((t) => t[1])).toEqual([0, 250, 500]);
    expect(s.channel.length).toBe(1);
    s.engine.run(1000);
    expect(s.taken.map((t) => [t[0], t[1]])).toEqual([
      ['a', 0],
      ['b', 250],
      ['c', 500],
      ['d', 750],
    ]);
    expect(s.loop.waitTotalMs).toBe(250 + 500 + 750);
    expect(s.loop.waitMaxMs).toBe(750);
  });

  it('does not take an event before the time it was put into the channel', () => {
    const s = setup();
    s.engine.at(100, (now) => {
      s.channel.offer(ev(130, 'late'));
      s.loop.notify(now);
    });
    s.engine.run(129);
    expect(s.taken).toEqual([]);
    s.engine.run(200);
    expect(s.taken).toEqual([['late', 130, 130]]);
  });

  it('skips while unhealthy with back-off 100, 200, 400 … 5000 ms, then drains (kubelet.go syncLoop)', () => {
    const s = setup(undefined, (now) => now >= 20_000);
    s.engine.at(0, (now) => {
      s.channel.offer(ev(0, 'x'));
      s.loop.notify(now);
    });
    s.engine.run(30_000);
    // Wake-ups at 0, 100, 300, 700, 1500, 3100, 6300, 11300, 16300, 21300.
    expect(s.loop.skipped).toBe(9);
    expect(s.taken).toEqual([['x', 21_300, 21_300]]);
    expect(SYNC_BACKOFF).toEqual({ baseMs: 100, factor: 2, maxMs: 5000 });
  });

  it('starts backing off when kicked by a failing health check even with an empty channel', () => {
    let ok = true;
    const s = setup(undefined, () => ok);
    s.engine.at(1000, (now) => {
      ok = false;
      s.loop.kick(now);
    });
    s.engine.at(1250, () => {
      ok = true;
    });
    s.engine.at(1260, (now) => {
      s.channel.offer(ev(now, 'y'));
      s.loop.notify(now);
    });
    s.engine.run(5000);
    // Skips at 1000 and 1100; the loop sleeps until 1300, so the event put in at 1260 waits until then.
    expect(s.loop.skipped).toBe(2);
    expect(s.taken).toEqual([['y', 1300, 1300]]);
  });
});
