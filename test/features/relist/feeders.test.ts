// What feeds a node's runtime model: real pods (PodMirror) and churn loads (ChurnDriver).
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine.js';
import { applyChurnOp, churnOperations, generateChurn, type ChurnSpec } from '../../../src/k8s/kubelet/pleg/index.js';
import { ChurnDriver } from '../../../src/features/relist/churn-driver.js';
import { PodMirror } from '../../../src/features/relist/pod-mirror.js';
import { ContainerRuntime } from '../../../src/k8s/kubelet/runtime/index.js';
import type { ContainerStatus, PodState } from '../../../src/sim/cluster.js';
import { seeded } from '../../k8s/kubelet/pleg/seeded.js';

const pod = { obj: { uid: 'uid-1', name: 'web', namespace: 'default' } } as unknown as PodState;
const status = (containerId: string, state: ContainerStatus['state'], exitCode?: number): ContainerStatus => ({
  name: 'app',
  state,
  containerId,
  exitCode,
  restartCount: 0,
  started: false,
  ready: false,
});
const trail = (rt: ContainerRuntime) => rt.log.map((c) => `${c.time} ${c.containerId} ${c.from}→${c.to}`);

describe('PodMirror', () => {
  it('creates the sandbox when bound and a runtime container per reported instance', () => {
    const rt = new ContainerRuntime({ nodeName: 'n' });
    const m = new PodMirror(rt);
    m.bound(0, pod);
    m.changed(0, pod, status('c-1', 'waiting'));
    m.changed(10, pod, status('c-1', 'running'));
    m.changed(10, pod, status('c-1', 'running')); // a readiness flip: no runtime change
    m.changed(50, pod, status('c-1', 'terminated', 1));
    m.changed(60, pod, status('c-2', 'running')); // restart: a new instance, the dead one is kept
    m.changed(90, pod, status('c-2', 'terminated', 137)); // newest dead kept, the older one collected
    expect(trail(rt)).toEqual([
      '0 n/sb-1 nonexistent→running',
      '10 n/ctr-2 nonexistent→created',
      '10 n/ctr-2 created→running',
      '50 n/ctr-2 running→exited',
      '60 n/ctr-3 nonexistent→created',
      '60 n/ctr-3 created→running',
      '90 n/ctr-3 running→exited',
      '90 n/ctr-2 exited→removed',
    ]);
    expect(rt.get('n/ctr-3')?.exitCode).toBe(137);
  });

  it('stops and removes everything when the pod is deleted', () => {
    const rt = new ContainerRuntime({ nodeName: 'n' });
    const m = new PodMirror(rt);
    m.bound(0, pod);
    m.changed(0, pod, status('c-1', 'running'));
    m.deleted(30, pod);
    expect(trail(rt).slice(3)).toEqual([
      '30 n/ctr-2 running→exited',
      '30 n/ctr-2 exited→removed',
      '30 n/sb-1 running→exited',
      '30 n/sb-1 exited→removed',
    ]);
    expect(m.has('uid-1')).toBe(false);
    expect(rt.list(30)).toMatchObject({ ok: true, pods: [] });
  });

  it('records a container that terminated without having been seen running', () => {
    const rt = new ContainerRuntime({ nodeName: 'n' });
    const m = new PodMirror(rt);
    m.bound(0, pod);
    m.changed(5, pod, status('c-1', 'terminated', 128));
    expect(trail(rt).slice(1)).toEqual(['5 n/ctr-2 nonexistent→created', '5 n/ctr-2 created→exited']);
  });
});

describe('ChurnDriver', () => {
  const spec: ChurnSpec = {
    arrivals: { kind: 'poisson', ratePerSecond: 5 },
    lifetime: { kind: 'exponential', meanMs: 400 },
    gcDelayMs: 150,
    startDelayMs: 20,
    exitCode: 2,
    pods: 3,
    podUidPrefix: 'job',
    startMs: 1000,
    untilMs: 20_000,
  };

  it('performs exactly the operations of the pure churn schedule, drawn lazily', () => {
    const engine = new Engine();
    const onEngine = new ContainerRuntime({ nodeName: 'n' });
    const driver = new ChurnDriver(engine, onEngine, spec, seeded('churn'), 0);
    engine.at(0, () => driver.start());
    engine.run(60_000);
    const pure = new ContainerRuntime({ nodeName: 'n' });
    const ids = new Map<number, string>();
    for (const op of churnOperations(generateChurn(spec, seeded('churn')))) applyChurnOp(pure, op, ids);
    const key = (rt: ContainerRuntime) => rt.log.map((c) => `${c.time} ${c.podUid} ${c.name} ${c.to}`).sort();
    expect(key(onEngine)).toEqual(key(pure));
    expect(driver.created).toBe(ids.size + pure.log.filter((c) => c.to === 'removed').length);
    expect(driver.created).toBeGreaterThan(50);
  });

  it('stops creating when stopped, and skips containers due before it started', () => {
    const engine = new Engine();
    const rt = new ContainerRuntime({ nodeName: 'n' });
    const driver = new ChurnDriver(engine, rt, { ...spec, startMs: 0 }, seeded('late'), 0);
    engine.at(5000, () => driver.start());
    engine.at(10_000, () => driver.stop());
    engine.run(30_000);
    const created = rt.log.filter((c) => c.to === 'created').map((c) => c.time);
    expect(Math.min(...created)).toBeGreaterThanOrEqual(5000);
    expect(Math.max(...created)).toBeLessThan(10_000);
  });
});
