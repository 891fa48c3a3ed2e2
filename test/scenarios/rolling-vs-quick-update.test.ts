// Pins the rolling-vs-quick-update story, checked at every readiness change (not only at samples):
// the rolling update never has fewer than replicas − maxUnavailable ready pods; Recreate has a window
// with none.
import { describe, expect, it } from 'vitest';
import { loadScenarioFile, buildSimulation } from '../../src/run.js';

/** Ready pods and pods not Terminating, after a change. */
interface Change {
  time: number;
  ready: number;
  pods: number;
}

describe('scenario rolling-vs-quick-update', () => {
  const scenario = loadScenarioFile('scenarios/rolling-vs-quick-update.yaml');
  const sim = buildSimulation(scenario);
  const { cluster } = sim.ctx;
  const changes: Record<string, Change[]> = { 'web-rolling': [], 'web-quick': [] };
  const note = () => {
    for (const name of Object.keys(changes)) {
      const all = [...cluster.pods.values()].filter((p) => p.obj.ownerRef?.kind === 'Deployment' && p.obj.ownerRef.name === name);
      const live = all.filter((p) => p.deletingAt === undefined);
      changes[name].push({ time: cluster.now, ready: live.filter((p) => p.ready).length, pods: live.length });
    }
  };
  cluster.bus.on('pod:ready', note);
  cluster.bus.on('pod:deleted', note);
  cluster.bus.on('pod:created', note);
  const recorder = sim.run();
  const changesAfter = (name: string, t: number) => changes[name].filter((c) => c.time >= t);

  it('both services are fully ready before the update at 60 s', () => {
    for (const name of Object.keys(changes)) expect(changes[name].filter((c) => c.time < 60_000).at(-1)!.ready).toBe(4);
  });

  it('rolling update: ready replicas never drop below replicas − maxUnavailable = 3', () => {
    const during = changesAfter('web-rolling', 30_000);
    expect(during.length).toBeGreaterThan(10);
    expect(Math.min(...during.map((c) => c.ready))).toBe(3);
    // Terminating pods do not count, as in Kubernetes: at most replicas + maxSurge others.
    expect(Math.max(...during.map((c) => c.pods))).toBe(4 + 1);
  });

  it('quick update: a window with zero ready replicas, then all 4 new ones', () => {
    const during = changesAfter('web-quick', 60_000);
    const firstZero = during.find((c) => c.ready === 0)!;
    const back = during.find((c) => c.time > firstZero.time && c.ready === 4)!;
    expect(firstZero.time).toBe(60_000);
    // Old pods stop in 2 s, new ones listen after 10 s and pass a 2 s-period readiness probe.
    expect(back.time - firstZero.time).toBeGreaterThanOrEqual(12_000);
    expect(back.time - firstZero.time).toBeLessThan(20_000);
  });

  it('Recreate creates the new ReplicaSet only after every old pod is gone', () => {
    const ev = recorder.events.filter((e) => e.object === 'web-quick' && e.reason === 'ScalingReplicaSet');
    expect(ev.map((e) => [e.time, e.message.replace(/web-quick-\w+/, 'RS')])).toEqual([
      [0, 'Scaled up replica set RS to 4'],
      [60_000, 'Scaled down replica set RS to 0 from 4'],
      [62_000, 'Scaled up replica set RS to 4'],
    ]);
  });

  it('reports every service state transition', () => {
    const t = recorder.events.filter((e) => e.reason === 'ServiceStateChanged' && e.object === 'web-quick').map((e) => [e.time, e.message]);
    expect(t[0]).toEqual([0, 'Service web-quick is now Starting']);
    expect(t).toContainEqual([60_000, 'Service web-quick is now Updating (was Running)']);
    expect(t.at(-1)![1]).toBe('Service web-quick is now Running (was Updating)');
  });
});
