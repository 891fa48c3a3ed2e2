// The node-local container runtime model: ids, lifecycle, ground-truth log, GC, listing and status.
import { describe, expect, it } from 'vitest';
import { ContainerRuntime, RuntimeOpError } from '../../../../src/k8s/kubelet/runtime/index.js';

describe('ids and lifecycle', () => {
  it('numbers sandboxes and containers with one per-node counter', () => {
    const rt = new ContainerRuntime({ nodeName: 'node-2' });
    expect(rt.createSandbox(0, 'p1')).toBe('node-2/sb-1');
    expect(rt.createContainer(0, 'p1', 'app')).toBe('node-2/ctr-2');
    expect(rt.createContainer(0, 'p2', 'app')).toBe('node-2/ctr-3');
  });

  it('logs every true change with its time, in order', () => {
    const rt = new ContainerRuntime();
    const sb = rt.createSandbox(0, { uid: 'p', name: 'web-0', namespace: 'prod' });
    const c = rt.createContainer(10, 'p', 'app');
    rt.start(20, c);
    rt.exit(30, c, 137);
    rt.remove(40, c);
    rt.exit(50, sb);
    rt.remove(60, sb);
    expect(rt.log.map((e) => [e.seq, e.time, e.containerId, e.kind, e.from, e.to])).toEqual([
      [1, 0, sb, 'sandbox', 'nonexistent', 'running'],
      [2, 10, c, 'container', 'nonexistent', 'created'],
      [3, 20, c, 'container', 'created', 'running'],
      [4, 30, c, 'container', 'running', 'exited'],
      [5, 40, c, 'container', 'exited', 'removed'],
      [6, 50, sb, 'sandbox', 'running', 'exited'],
      [7, 60, sb, 'sandbox', 'exited', 'removed'],
    ]);
    expect(rt.get(c)).toBeUndefined();
  });

  it('keeps exit code and timestamps', () => {
    const rt = new ContainerRuntime();
    const c = rt.createContainer(5, 'p', 'app');
    rt.start(6, c);
    rt.exit(9, c, 2);
    expect(rt.get(c)).toMatchObject({ state: 'exited', createdAt: 5, startedAt: 6, finishedAt: 9, exitCode: 2 });
  });

  it.each([
    {
      name: 'start a running container',
      act: (rt: ContainerRuntime, c: string) => {
        rt.start(1, c);
        rt.start(2, c);
      },
    },
    {
      name: 'remove a running container',
      act: (rt: ContainerRuntime, c: string) => {
        rt.start(1, c);
        rt.remove(2, c);
      },
    },
    {
      name: 'exit an exited container',
      act: (rt: ContainerRuntime, c: string) => {
        rt.start(1, c);
        rt.exit(2, c);
        rt.exit(3, c);
      },
    },
    {
      name: 'touch a removed container',
      act: (rt: ContainerRuntime, c: string) => {
        rt.remove(1, c);
        rt.start(2, c);
      },
    },
    {
      name: 'go back in time',
      act: (rt: ContainerRuntime, c: string) => {
        rt.start(10, c);
        rt.exit(5, c);
      },
    },
    {
      name: 'use a fractional time',
      act: (rt: ContainerRuntime, c: string) => {
        rt.start(1.5, c);
      },
    },
  ])('refuses to $name', ({ act }) => {
    const rt = new ContainerRuntime();
    const c = rt.createContainer(0, 'p', 'app');
    expect(() => act(rt, c)).toThrow(RuntimeOpError);
  });

  it('allows a failed start (created → exited) and removing a never-started container', () => {
    const rt = new ContainerRuntime();
    const a = rt.createContainer(0, 'p', 'a');
    const b = rt.createContainer(0, 'p', 'b');
    rt.exit(1, a, 128);
    rt.remove(2, b);
    expect(rt.log.slice(2).map((e) => `${e.from}>${e.to}`)).toEqual(['created>exited', 'created>removed']);
  });

  it('can stream changes instead of keeping them', () => {
    const seen: string[] = [];
    const rt = new ContainerRuntime({ recordLog: false, onChange: (c) => seen.push(c.to) });
    rt.start(1, rt.createContainer(0, 'p', 'a'));
    expect(seen).toEqual(['created', 'running']);
    expect(rt.log).toEqual([]);
  });
});

describe('garbage collection of exited containers', () => {
  it('returns the due time and removes containers when it comes', () => {
    const rt = new ContainerRuntime({ gcDelayMs: 1000 });
    const a = rt.createContainer(0, 'p', 'a');
    const b = rt.createContainer(0, 'p', 'b');
    rt.start(0, a);
    rt.start(0, b);
    expect(rt.exit(100, a)).toEqual({ gcDueAt: 1100 });
    expect(rt.exit(200, b, 1, 50)).toEqual({ gcDueAt: 250 });
    expect(rt.nextGcDueAt()).toBe(250);
    expect(rt.collectGarbage(249)).toEqual([]);
    expect(rt.collectGarbage(250)).toEqual([b]);
    expect(rt.nextGcDueAt()).toBe(1100);
    expect(rt.collectGarbage(5000)).toEqual([a]);
    expect(rt.nextGcDueAt()).toBeUndefined();
    expect(rt.log.filter((e) => e.to === 'removed').map((e) => [e.containerId, e.time])).toEqual([
      [b, 250],
      [a, 5000],
    ]);
  });

  it('is off by default, never collects sandboxes, and skips containers already removed', () => {
    const rt = new ContainerRuntime();
    const c = rt.createContainer(0, 'p', 'a');
    rt.start(0, c);
    expect(rt.exit(1, c)).toEqual({});
    const rt2 = new ContainerRuntime({ gcDelayMs: 0 });
    const sb = rt2.createSandbox(0, 'p');
    expect(rt2.exit(1, sb)).toEqual({});
    const d = rt2.createContainer(1, 'p', 'd');
    rt2.start(1, d);
    rt2.exit(2, d);
    rt2.remove(2, d);
    expect(rt2.collectGarbage(10)).toEqual([]);
  });
});

describe('list (ListPods all=true)', () => {
  it('snapshots pods in creation order with containers and sandboxes, omitting removed ones', () => {
    const rt = new ContainerRuntime();
    const sb = rt.createSandbox(0, { uid: 'p1', name: 'web-0', namespace: 'prod' });
    const c1 = rt.createContainer(0, 'p1', 'app');
    const c2 = rt.createContainer(0, 'p2', 'job');
    rt.start(1, c2);
    rt.exit(2, c2);
    const gone = rt.createContainer(3, 'p3', 'x');
    rt.remove(4, gone);
    const r = rt.list(5);
    expect(r).toEqual({
      ok: true,
      durationMs: 0,
      pods: [
        {
          uid: 'p1',
          name: 'web-0',
          namespace: 'prod',
          sandboxes: [{ id: sb, name: 'sandbox', state: 'running' }],
          containers: [{ id: c1, name: 'app', state: 'created' }],
        },
        { uid: 'p2', name: 'p2', namespace: 'default', sandboxes: [], containers: [{ id: c2, name: 'job', state: 'exited' }] },
      ],
    });
  });

  it.each([
    { cost: { baseMs: 10 }, want: 10 },
    { cost: { perPodMs: 2 }, want: 4 },
    { cost: { perContainerMs: 0.5 }, want: 2 }, // 3 containers + 1 sandbox = 4 × 0.5
    { cost: { baseMs: 1, perPodMs: 1, perContainerMs: 1 }, want: 7 },
  ])('costs base + per pod + per container: $cost → $want ms', ({ cost, want }) => {
    const rt = new ContainerRuntime({ listCost: cost });
    rt.createSandbox(0, 'a');
    rt.createContainer(0, 'a', 'x');
    rt.createContainer(0, 'b', 'y');
    rt.createContainer(0, 'b', 'z');
    expect(rt.list(0).durationMs).toBe(want);
  });

  it.each([
    { now: 999, ok: true },
    { now: 1000, ok: false },
    { now: 1999, ok: false },
    { now: 2000, ok: true },
  ])('fails inside the scripted window [1000, 2000): t=$now ok=$ok', ({ now, ok }) => {
    const rt = new ContainerRuntime({
      listCost: { baseMs: 5 },
      listFailures: [{ from: 1000, to: 2000, error: 'timeout', durationMs: 120_000 }],
    });
    const r = rt.list(now);
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r).toEqual({ ok: false, error: 'timeout', durationMs: 120_000 });
    else expect(r.durationMs).toBe(5);
  });
});

describe('inspect (GetPodStatus)', () => {
  it('reports containers, sandboxes and the IP of a ready sandbox', () => {
    const rt = new ContainerRuntime({ inspectCostMs: 3 });
    const sb = rt.createSandbox(0, 'p', { ip: '10.1.2.3' });
    const c = rt.createContainer(0, 'p', 'app');
    rt.start(1, c);
    const r = rt.inspect(2, 'p');
    expect(r).toMatchObject({ ok: true, durationMs: 3 });
    expect(r.status.ips).toEqual(['10.1.2.3']);
    expect(r.status.sandboxStatuses).toEqual([{ id: sb, state: 'ready' }]);
    expect(r.status.containerStatuses).toEqual([
      { id: c, name: 'app', state: 'running', createdAt: 0, startedAt: 1, exitCode: undefined, finishedAt: undefined },
    ]);
    rt.exit(3, sb);
    expect(rt.inspect(4, 'p').status.ips).toEqual([]);
    expect(rt.inspect(4, 'p').status.sandboxStatuses).toEqual([{ id: sb, state: 'notready' }]);
  });

  it('gives an unknown pod an empty status', () => {
    expect(new ContainerRuntime().inspect(0, 'nope')).toEqual({
      ok: true,
      durationMs: 0,
      status: { id: 'nope', name: undefined, namespace: undefined, ips: [], containerStatuses: [], sandboxStatuses: [] },
    });
  });

  it.each([
    { pod: 'a', now: 150, ok: false },
    { pod: 'b', now: 150, ok: true },
    { pod: 'a', now: 200, ok: true },
    { pod: 'c', now: 500, ok: false },
    { pod: 'a', now: 600, ok: true },
  ])('scripted failures by pod and window: $pod at $now → ok $ok', ({ pod, now, ok }) => {
    const rt = new ContainerRuntime({
      inspectFailures: [
        { from: 100, to: 200, podUids: ['a'], error: 'boom' },
        { from: 500, to: 600 },
      ],
    });
    for (const p of ['a', 'b', 'c']) rt.createContainer(0, p, 'x');
    const r = rt.inspect(now, pod);
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.status).toEqual({ id: pod, ips: [], containerStatuses: [], sandboxStatuses: [] });
  });
});
