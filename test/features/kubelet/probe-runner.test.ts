// The probe runner on a real engine with a fake kubelet: ticker times, the manual trigger while a
// probe runs, and fast-forward bookkeeping (skipped probes are credited exactly as if they ran).
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine.js';
import type { ProbeTarget } from '../../../src/k8s/kubelet/prober/handlers.js';
import type { WorkerStep } from '../../../src/k8s/kubelet/prober/worker.js';
import { ProbeRunner, type RunnerHost } from '../../../src/features/kubelet/probe-runner.js';
import type { ContainerRec, PodRec } from '../../../src/features/kubelet/state.js';
import type { ProbeSpec } from '../../../src/model/types.js';

// An exec probe: it runs into the timeout while the app hangs (a TCP dial would still succeed).
const spec: ProbeSpec = {
  handler: { kind: 'exec', command: ['check'] },
  initialDelaySeconds: 0,
  timeoutSeconds: 1,
  periodSeconds: 1,
  successThreshold: 1,
  failureThreshold: 3,
};
const up: ProbeTarget = {
  listening: true,
  responding: true,
  httpStatus: 200,
  responseMs: 0,
  execExitCode: 0,
  execMs: 0,
  grpcStatus: 'SERVING',
};

function harness(fastForward: boolean, opts: { lateAt?: number; responding?: (now: number) => boolean } = {}) {
  const engine = new Engine();
  const probedAt: number[] = [];
  const published: WorkerStep[] = [];
  const container = { status: { containerId: 'c1' }, spec: { ports: [] } } as unknown as ContainerRec;
  const pod = { ip: '10.0.0.1' } as unknown as PodRec;
  const host: RunnerHost = {
    engine,
    fastForward,
    observe: () => ({ phase: 'Running', restartPolicy: 'Always', container: { id: 'c1', state: 'running', startedAt: 0, started: true } }),
    target: (_p, _c, now) => {
      probedAt.push(now);
      return { ...up, responding: opts.responding?.(now) ?? true };
    },
    horizon: () => Infinity,
    publish: (_r, step) => {
      published.push(step);
    },
    isLate: (now) => now === opts.lateAt,
    tickPriority: () => 21,
    publishPriority: () => 23,
  };
  const runner = new ProbeRunner(host, 'readiness', spec, 0, pod, container);
  return { engine, runner, probedAt, published };
}

describe('probe runner: ticker', () => {
  it('probes at the first delay and then every period (step by step)', () => {
    const h = harness(false);
    h.runner.start(0, 250);
    h.engine.run(3500);
    expect(h.probedAt).toEqual([250, 1250, 2250, 3250]);
  });

  it('a manual trigger during a probe waits until that probe returns', () => {
    // The app hangs: each probe takes the 1 s timeout, so the probe at 250 runs until 1250.
    const h = harness(false, { responding: () => false });
    h.runner.start(0, 250);
    h.engine.at(600, (t) => h.runner.trigger(t), 20);
    h.engine.run(2600);
    // Tick 250 runs until 1250; the trigger goes first then (→ 2250), the tick due at 1250 waits until 2250.
    expect(h.probedAt).toEqual([250, 1250, 2250]);
  });
});

describe('probe runner: fast-forward', () => {
  // The probe at 0 publishes (the new container's initial Failure, then Success): not steady yet.
  // The one at 1000 changes nothing: from then on the runner sleeps.
  it('after a steady probe it sleeps, and finishRun credits every skipped tick', () => {
    const h = harness(true);
    h.runner.start(0, 0);
    h.engine.run(10_500);
    expect(h.probedAt).toEqual([0, 1000]);
    h.runner.finishRun(10_500);
    expect(h.runner.probesRun).toBe(11); // ticks 0, 1000, …, 10 000
    expect(h.runner.worker.resultRun).toBe(11);
  });

  it('a wake before the ticks of that instant credits the earlier ticks and probes at once', () => {
    const h = harness(true);
    h.runner.start(0, 0);
    h.engine.at(5000, (t) => h.runner.wake(t), 20);
    h.engine.run(5000);
    expect(h.probedAt).toEqual([0, 1000, 5000]);
    expect(h.runner.worker.resultRun).toBe(6);
  });

  it('a wake after the ticks of that instant credits that tick too and resumes on the next one', () => {
    const h = harness(true, { lateAt: 5000 });
    h.runner.start(0, 0);
    h.engine.at(5000, (t) => h.runner.wake(t), 25);
    h.engine.run(6000);
    expect(h.probedAt).toEqual([0, 1000, 6000]);
    expect(h.runner.worker.resultRun).toBe(7);
  });

  it('gives the step-by-step counts', () => {
    const step = harness(false);
    step.runner.start(0, 0);
    step.engine.at(5000, (t) => step.runner.wake(t), 25);
    step.engine.run(6000);
    expect(step.probedAt).toEqual([0, 1000, 2000, 3000, 4000, 5000, 6000]);
    expect(step.runner.worker.resultRun).toBe(7);
  });

  it('stop credits the ticks that passed', () => {
    const h = harness(true);
    h.runner.start(0, 0);
    h.engine.at(3500, () => h.runner.stop(), 20);
    h.engine.run(5000);
    expect(h.runner.probesRun).toBe(4);
  });
});
