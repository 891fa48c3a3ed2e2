// Pins scenarios/memory-oom.yaml: the exact OOM time of a linear leak (96 MiB + 4 MiB/s over a
// 256 MiB limit → 40.001 s), exit 137 / OOMKilled, an immediate first restart, then restarts spaced
// by the crash-loop back-off (≥ 10, 20, 40, 80, 160 s after each exit, within one pod-worker retry).
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/run.js';
import { runLoaded } from '../../src/run.js';

describe('scenario memory-oom', async () => {
  const scenario = loadScenarioFile('scenarios/memory-oom.yaml');
  const { recorder, expectations } = await runLoaded(scenario);
  const summary = recorder.summary() as {
    containers: Array<{ pod: string; oomKilled: number; restarts: number; lastTerminationReason: string; lastExitCode: number }>;
  };
  const pods = summary.containers.map((c) => c.pod);
  const times = (reason: string, pod: string) => recorder.events.filter((e) => e.reason === reason && e.object === pod).map((e) => e.time);

  it('meets every expectation written in the scenario', () => {
    expect(expectations.filter((e) => !e.passed)).toEqual([]);
    expect(expectations.length).toBeGreaterThanOrEqual(7);
  });

  it('OOM-kills every instance 40.001 s after it starts', () => {
    for (const pod of pods) {
      const starts = times('Started', pod);
      const ooms = times('OOMKilled', pod);
      expect(ooms[0]).toBe(40_001);
      ooms.forEach((t, k) => expect(t - starts[k]).toBe(40_001));
    }
    expect(summary.containers.every((c) => c.lastTerminationReason === 'OOMKilled' && c.lastExitCode === 137)).toBe(true);
  });

  it('restarts at the next relist, then after back-offs of 10, 20, 40, 80 and 160 s', () => {
    for (const pod of pods) {
      const starts = times('Started', pod).slice(1);
      const ooms = times('OOMKilled', pod);
      expect(starts[0]).toBe(41_000);
      [10, 20, 40, 80, 160].forEach((b, k) => {
        const wait = starts[k + 1] - ooms[k + 1];
        expect(wait, `restart ${k + 2} of ${pod}`).toBeGreaterThanOrEqual(b * 1000);
        expect(wait).toBeLessThan(b * 1000 + 16_000);
      });
    }
    expect(summary.containers.map((c) => [c.restarts, c.oomKilled])).toEqual([
      [6, 7],
      [6, 7],
    ]);
  });
});
