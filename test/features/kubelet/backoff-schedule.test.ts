// Restarts follow the crash-loop back-off exactly (k8s v1.28 kuberuntime_manager.go doBackOff with
// flowcontrol.Backoff(10 s, 300 s); pod_workers.go retries a failed sync after 10 s × U[1, 1.5),
// picked up by the 1 s sync ticker; the PLEG notices an exit at its next 1 s relist).
//
// A container that exits (code 1) 5 s after every start: the first restart comes at the first relist
// after the exit; the k-th later one at the first pod-worker retry at or after exit + B_k with
// B = 10, 20, 40, 80, 160, 300, 300 s — every sync before that reports BackOff.
import { describe, expect, it } from 'vitest';
import { run, scenarioText } from './harness.js';

const pod = (policy = 'Always') => `apiVersion: v1
kind: Pod
metadata: { name: crash }
spec:
  restartPolicy: ${policy}
  containers:
    - name: app
      image: example/crash:1`;

describe('crash-loop back-off schedule', () => {
  const r = run(scenarioText({ duration: '25m', spec: '  apps: [{ target: pod/crash, phases: [{ after: 5s, exit: 1 }] }]', docs: pod() }));
  const starts = r.times('Started');
  const exits = starts.map((s) => s + 5000);
  const backOffs = r.times('BackOff');

  it('restarts immediately (next relist) after the first exit', () => {
    expect(starts.slice(0, 2)).toEqual([0, 6000]);
  });

  it('then waits at least 10, 20, 40, 80, 160, 300, 300, … s after each exit, and no longer than one retry', () => {
    // 25 minutes hold ten lives: the first, the immediate restart, then 8 restarts after back-offs up to the cap.
    expect(starts.length).toBe(10);
    const waits = starts.slice(2).map((_, k) => Math.min(10_000 * 2 ** k, 300_000));
    expect(waits).toEqual([10, 20, 40, 80, 160, 300, 300, 300].map((s) => s * 1000));
    waits.forEach((b, k) => {
      const exit = exits[k + 1];
      const restart = starts[k + 2];
      const retries = backOffs.filter((t) => t > exit && t < restart);
      expect(restart - exit, `restart ${k + 2}`).toBeGreaterThanOrEqual(b);
      // Every sync between the exit and the restart was refused, and all of them came before exit + B.
      expect(retries.length).toBeGreaterThan(0);
      expect(Math.max(...retries)).toBeLessThan(exit + b);
      // The restart is the first retry at or after exit + B: 10–15 s after the last refused sync, on the 1 s tick.
      const gap = restart - Math.max(...retries);
      expect(gap).toBeGreaterThanOrEqual(10_000);
      expect(gap).toBeLessThanOrEqual(16_000);
      expect(restart % 1000).toBe(0);
    });
  });

  it('shows CrashLoopBackOff while waiting and counts restarts', () => {
    const s = r.states('crash.app');
    // Nine back-off waits: eight ended by a restart, the ninth still going at the end.
    expect(s.filter((x) => x.state === 'CrashLoopBackOff').length).toBe(9);
    expect(s[s.length - 1].state).toBe('CrashLoopBackOff');
    expect(r.summary('crash.app')).toMatchObject({
      restarts: 9,
      exited: 10,
      state: 'waiting',
      reason: 'CrashLoopBackOff',
      lastTerminationReason: 'Error',
      lastExitCode: 1,
    });
    const last = r.recorder.series('container', 'crash.app', 'backOffSeconds').pop();
    expect(last?.[1]).toBe(300);
  });
});

describe('back-off reset after a long run (entry older than 2 × 300 s)', () => {
  // Exits at absolute times end whichever instance runs then: 5 s, 8 s, 30 s, then 1000 s.
  const apps = `  apps:
    - target: pod/crash
      phases: [{ at: 5s, exit: 1 }, { at: 8s, exit: 1 }, { at: 30s, exit: 1 }, { at: 1000s, exit: 1 }]`;
  const r = run(scenarioText({ duration: '20m', spec: apps, docs: pod() }));
  const starts = r.times('Started');

  it('backs off 10 s and 20 s, then restarts at once after a 15-minute run', () => {
    expect(starts[1]).toBe(6000);
    expect(starts[2]).toBeGreaterThanOrEqual(18_000);
    expect(starts[3]).toBeGreaterThanOrEqual(50_000);
    expect(starts[4]).toBe(1_001_000);
    expect(r.times('BackOff').filter((t) => t > 1_000_000)).toEqual([]);
  });
});

describe('restart policies', () => {
  it('OnFailure restarts a failed container; the pod stays Running', () => {
    const r = run(
      scenarioText({ duration: '30s', spec: '  apps: [{ target: pod/crash, phases: [{ after: 5s, exit: 3 }] }]', docs: pod('OnFailure') }),
    );
    expect(r.times('Started').slice(0, 2)).toEqual([0, 6000]);
    expect(r.recorder.series('pod', 'crash', 'phase').every(([, v]) => v === 'Running')).toBe(true);
  });

  it('OnFailure does not restart a container that exited 0: the pod Succeeds', () => {
    const r = run(
      scenarioText({ duration: '30s', spec: '  apps: [{ target: pod/crash, phases: [{ after: 5s, exit: 0 }] }]', docs: pod('OnFailure') }),
    );
    expect(r.times('Started')).toEqual([0]);
    expect(r.recorder.series('pod', 'crash', 'phase').pop()?.[1]).toBe('Succeeded');
    expect(r.summary('crash.app')).toMatchObject({ state: 'terminated', reason: 'Completed', restarts: 0 });
  });

  it('Never: a failed container stays down and the pod Fails', () => {
    const r = run(
      scenarioText({ duration: '30s', spec: '  apps: [{ target: pod/crash, phases: [{ after: 5s, exit: 2 }] }]', docs: pod('Never') }),
    );
    expect(r.times('Started')).toEqual([0]);
    expect(r.recorder.series('pod', 'crash', 'phase').map(([t, v]) => [t, v])).toContainEqual([5000, 'Failed']);
    expect(r.times('BackOff')).toEqual([]);
  });

  it('Always restarts a container that exited 0 too (reason Completed)', () => {
    const r = run(
      scenarioText({ duration: '30s', spec: '  apps: [{ target: pod/crash, phases: [{ after: 5s, exit: 0 }] }]', docs: pod('Always') }),
    );
    expect(r.times('Started').slice(0, 2)).toEqual([0, 6000]);
    expect(r.summary('crash.app')).toMatchObject({ lastTerminationReason: 'Completed', lastExitCode: 0 });
  });
});
