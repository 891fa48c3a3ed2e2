// Worked check at worker level: a liveness probe (httpGet, initialDelaySeconds 10, periodSeconds 5,
// failureThreshold 3, timeoutSeconds 1 by default) on a container started at t = 0 whose app hangs
// from t = 60 s. Probes run at t = offset + k·5 s.
//
// Why the kill comes at 70 s + offset + 1 s:
// * probes before age 10 s are skipped (initial delay); the ones at 10 s + offset … 55 s + offset
//   succeed (offset < 5 s, so 55 s + offset < 60 s);
// * the hang is in effect from exactly 60 s, so the probes starting at 60 + offset, 65 + offset
//   and 70 + offset each run into the 1 s HTTP timeout and fail;
// * the third consecutive failure reaches failureThreshold when that probe returns, 1 s after it
//   started: the liveness result Failure is cached at 71 s + offset and the kubelet kills the
//   container (at its next pod sync, which the simulation schedules).
// So: offset 0 → kill at 71 000 ms; offset 2 345 ms → kill at 73 345 ms.
import { describe, expect, it } from 'vitest';
import { appSpecSchema, appState } from '../../../../src/load/app/index.js';
import { probeSchemaFor } from '../../../../src/k8s/kubelet/prober/schema.js';
import { probeApp } from '../../../../src/k8s/kubelet/prober/prober.js';
import { initialOffset, nextProbeStart } from '../../../../src/k8s/kubelet/prober/timing.js';
import { ProbeWorker, type WorkerStep } from '../../../../src/k8s/kubelet/prober/worker.js';

const spec = probeSchemaFor('liveness').parse({
  httpGet: { path: '/healthz', port: 8080 },
  initialDelaySeconds: 10,
  periodSeconds: 5,
  failureThreshold: 3,
});
const app = appSpecSchema.parse({ responseTime: '20ms', phases: [{ after: '60s', hang: true }] });

function runUntilKill(offsetMs: number): { killAt: number; probed: Array<[number, string]> } {
  const worker = new ProbeWorker('liveness', spec);
  const probed: Array<[number, string]> = [];
  const periodMs = spec.periodSeconds * 1000;
  let t = offsetMs;
  for (let i = 0; i < 100; i++) {
    const state = appState(app, t - 0, t);
    const step: WorkerStep = worker.probe(
      t,
      { phase: 'Running', restartPolicy: 'Always', container: { id: 'c1', state: 'running', startedAt: 0, started: true } },
      () => probeApp('liveness', spec, state, []),
    );
    if (step.outcome) probed.push([t, step.outcome.result]);
    if (step.action === 'kill') return { killAt: step.resultAt, probed };
    t = nextProbeStart(offsetMs, periodMs, t, step.resultAt);
  }
  throw new Error('no kill');
}

describe('worked check: hang at 60 s with initialDelay 10 s, period 5 s, failureThreshold 3', () => {
  it('offset 0: kill at 71 s', () => {
    const { killAt, probed } = runUntilKill(0);
    expect(killAt).toBe(71_000);
    expect(probed[0]).toEqual([10_000, 'Success']);
    expect(probed.slice(-3)).toEqual([
      [60_000, 'Failure'],
      [65_000, 'Failure'],
      [70_000, 'Failure'],
    ]);
  });

  it('random offset (rand 0.4691 → 2345 ms): kill at 73.345 s', () => {
    const offset = initialOffset(5000, () => 0.4691);
    expect(offset).toBe(2345);
    const { killAt, probed } = runUntilKill(offset);
    expect(killAt).toBe(73_345);
    expect(probed[0]).toEqual([12_345, 'Success']);
  });

  for (const offset of [1, 999, 2500, 4999]) {
    it(`offset ${offset} ms: kill at 71 s + offset`, () => expect(runUntilKill(offset).killAt).toBe(71_000 + offset));
  }
});
