// The metrics pipeline on hand-made pods: windowed averages (lag), new pods without a metric until a
// scrape finds them running for some time, owners, custom Pods metrics.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine.js';
import { MetricsPipeline } from '../../../src/features/hpa/index.js';
import type { ContainerSpec, PodObject } from '../../../src/model/types.js';
import { Recorder } from '../../../src/report/recorder.js';
import { Cluster, type PodState } from '../../../src/sim/cluster.js';
import type { ContainerUsage, UsageProvider } from '../../../src/sim/hooks.js';

const container = (name: string): ContainerSpec => ({
  name,
  image: 'x',
  resolvedCommand: [],
  env: {},
  ports: [],
  requests: { cpu: 500 },
  limits: {},
});

function setup() {
  const engine = new Engine();
  const cluster = new Cluster(engine, new Recorder());
  cluster.addNode({ name: 'n1', labels: {}, taints: [], unschedulable: false, capacity: { cpu: 8000 }, allocatable: { cpu: 8000 } });
  /** CPU per pod name, settable over time. */
  const cpu = new Map<string, number>();
  const usage: UsageProvider = {
    containerUsage: (p: PodState, c: ContainerSpec): ContainerUsage => ({
      cpuMilli: c.name === 'app' ? (cpu.get(p.obj.name) ?? 0) : 10,
      cpuThrottledMilli: 0,
      memoryBytes: 1000,
      networkRxBytesPerSecond: 125_000,
      networkTxBytesPerSecond: 250_000,
    }),
    podRequestsPerSecond: (p) => (cpu.get(p.obj.name) ?? 0) / 10,
  };
  const pipeline = new MetricsPipeline(cluster, () => usage, 15_000);
  const start = (name: string, owner?: string) => {
    const obj: PodObject = {
      name,
      namespace: 'default',
      uid: name,
      labels: {},
      annotations: {},
      ownerRef: owner ? { kind: 'Deployment', name: owner } : undefined,
      spec: {
        containers: [container('app'), container('side')],
        initContainers: [],
        restartPolicy: 'Always',
        nodeSelector: {},
        tolerations: [],
        overhead: {},
        terminationGracePeriodSeconds: 30,
        schedulerName: 'default-scheduler',
        priority: 0,
      },
    };
    const p = cluster.createPod(obj);
    cluster.bindPod(p, 'n1');
    p.phase = 'Running';
    p.startedAt = engine.now;
    for (const c of p.containers) c.state = 'running';
    return p;
  };
  /** Runs ticks each second up to `until`, with scrapes every 15 s, like the component. */
  let next = 0;
  const runTo = (until: number) => {
    for (; next <= until; next += 1000) {
      engine.run(next);
      pipeline.tick(next);
      if (next > 0 && next % 15_000 === 0) pipeline.scrape(next);
    }
  };
  /** Names of the pods a Deployment owns (as its selector would match them here). */
  const of = (owner: string) => new Set([...cluster.pods.values()].filter((p) => p.obj.ownerRef?.name === owner).map((p) => p.obj.name));
  return { engine, cluster, cpu, pipeline, start, runTo, of };
}

describe('MetricsPipeline', () => {
  it('serves the average over the window since the previous scrape, not the current value', () => {
    const s = setup();
    s.start('web-a', 'web');
    s.cpu.set('web-a', 300);
    s.runTo(9_000);
    s.cpu.set('web-a', 900); // read from the 10 s tick on
    s.runTo(15_000);
    // Covered 0–15 s: 10 s at 300 and 5 s at 900 → 500m (+ 10m for the sidecar).
    const [sample] = s.pipeline.samplesFor(s.of('web'), 15_000);
    expect(sample).toMatchObject({ pod: 'web-a', timestamp: 15_000, window: 15_000, cpu: 510 });
    expect(sample.containers).toEqual([
      { name: 'app', cpu: 500, memory: 1_000_000 },
      { name: 'side', cpu: 10, memory: 1_000_000 },
    ]);
    s.runTo(29_000);
    expect(s.pipeline.samplesFor(s.of('web'), 29_000)[0].cpu).toBe(510); // lagged until the next scrape
    s.runTo(30_000);
    expect(s.pipeline.samplesFor(s.of('web'), 30_000)[0].cpu).toBe(910);
  });

  it('a pod gets no metric until a scrape finds it running for some time', () => {
    const s = setup();
    s.start('web-a', 'web');
    s.runTo(13_000);
    s.start('web-b', 'web'); // read at the 14 s tick: 1 s covered by the 15 s scrape
    s.runTo(15_000);
    expect(s.pipeline.samplesFor(s.of('web'), 15_000).map((x) => x.pod)).toEqual(['web-a', 'web-b']);
    s.runTo(29_500);
    s.engine.run(29_500);
    s.start('web-c', 'web'); // started between two ticks: first read at 30 s, nothing covered by the 30 s scrape
    s.runTo(30_000);
    expect(s.pipeline.samplesFor(s.of('web'), 30_000).map((x) => x.pod)).toEqual(['web-a', 'web-b']);
    s.runTo(45_000);
    expect(s.pipeline.samplesFor(s.of('web'), 45_000).map((x) => x.pod)).toEqual(['web-a', 'web-b', 'web-c']);
  });

  it('lists only the requested pods; custom Pods metrics in milli-units', () => {
    const s = setup();
    s.start('web-a', 'web');
    s.start('api-a', 'api');
    s.start('lonely');
    s.cpu.set('web-a', 200);
    s.runTo(15_000);
    expect(s.pipeline.samplesFor(s.of('api'), 15_000).map((x) => x.pod)).toEqual(['api-a']);
    const [w] = s.pipeline.samplesFor(s.of('web'), 15_000);
    expect(w.custom).toEqual({
      requests_per_second: 20_000,
      network_receive_bytes_per_second: 250_000_000,
      network_transmit_bytes_per_second: 500_000_000,
      network_in_mbps: 2000,
      network_out_mbps: 4000,
    });
  });

  it('without a usage provider, running pods report zero usage', () => {
    const engine = new Engine();
    const cluster = new Cluster(engine, new Recorder());
    const p = new MetricsPipeline(cluster, () => undefined, 15_000);
    p.tick(0);
    p.scrape(15_000);
    expect(p.samplesFor(new Set(['web']), 15_000)).toEqual([]);
  });
});
