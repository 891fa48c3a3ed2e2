// Pins scenarios/liveness-crashloop.yaml: the worked check (kill at 71 s + the liveness worker's
// drawn offset), readiness taking the pod out of the endpoints before the kill, failed and unserved
// requests, and the crash-loop back-off that only bites once it exceeds a container's ~75 s life.
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/run.js';
import { runLoaded } from '../../src/run.js';
import { probeOffset } from '../features/kubelet/harness.js';

describe('scenario liveness-crashloop', async () => {
  const scenario = loadScenarioFile('scenarios/liveness-crashloop.yaml');
  const { recorder, expectations } = await runLoaded(scenario);
  const summary = recorder.summary() as {
    containers: Array<{ pod: string; restarts: number; killedByLiveness: number; readyNotServing_s: number }>;
    load: Array<{ failed: number; unserved: number; served: number }>;
  };
  const pods = summary.containers.map((c) => c.pod);
  const times = (reason: string, pod: string) => recorder.events.filter((e) => e.reason === reason && e.object === pod).map((e) => e.time);

  it('meets every expectation written in the scenario', () => {
    expect(expectations.filter((e) => !e.passed)).toEqual([]);
    expect(expectations.length).toBeGreaterThanOrEqual(9);
  });

  it('kills each replica at 71 s + its liveness offset (probes at 60, 65, 70 s + o time out after 1 s)', () => {
    expect(pods).toHaveLength(2);
    for (const pod of pods) {
      const o = probeOffset(7, `default/${pod}`, 'app', 'liveness', 5000);
      expect(times('Killing', pod)[0]).toBe(71_000 + o);
    }
  });

  it('readiness takes a hung pod out of the endpoints before liveness kills it', () => {
    const table = recorder.extraTables().find(([n]) => n === 'container-states')![1];
    for (const pod of pods) {
      const notReady = table.find((r) => r.container === `${pod}.app` && r.state === 'Running, not ready' && Number(r.from_s) > 60);
      expect(Number(notReady!.from_s) * 1000).toBeLessThan(times('Killing', pod)[0]);
    }
    // Meanwhile requests hit Ready-but-hung pods (failed), then no endpoint at all (unserved).
    expect(summary.load[0].failed).toBeGreaterThan(0);
    expect(summary.load[0].unserved).toBeGreaterThan(0);
    expect(summary.containers.every((c) => c.readyNotServing_s > 0)).toBe(true);
  });

  it('restarts 1 s after the first five kills, then waits in CrashLoopBackOff (≥ 80 s after the sixth)', () => {
    for (const pod of pods) {
      const kills = times('Killing', pod);
      const starts = times('Started', pod).slice(1);
      for (let k = 0; k < 5; k++) expect(starts[k] - kills[k]).toBe(1000);
      // Sixth kill: the previous exit (fifth kill) is ~75 s ago, less than the 80 s back-off.
      const sixthKillExit = kills[5] + 1000;
      expect(starts[5] - sixthKillExit).toBeGreaterThanOrEqual(80_000);
      expect(starts[5] - sixthKillExit).toBeLessThan(80_000 + 16_000);
      expect(times('BackOff', pod)[0]).toBe(kills[5] + 1000);
    }
    // Every restart follows a liveness kill; the last kill may still wait out its back-off at 20 min.
    for (const c of summary.containers) expect(c.killedByLiveness - c.restarts).toBeGreaterThanOrEqual(0);
    for (const c of summary.containers) expect(c.killedByLiveness - c.restarts).toBeLessThanOrEqual(1);
    expect(summary.containers.reduce((n, c) => n + c.killedByLiveness, 0)).toBe(
      recorder.events.filter((e) => e.reason === 'Killing').length,
    );
  });
});
