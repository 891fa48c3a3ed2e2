// The metrics pipeline between usage and the HPA, metrics-server-like:
// * a collector integrates every running pod's usage (ctx.usage) each usage step, as the kubelet's
//   cumulative CPU counters do;
// * every `resolution` (metrics-server --metric-resolution, 15 s) a scrape stores, per pod, the
//   average CPU and network over the time since the previous scrape (the rate between two counter
//   readings), memory at scrape time, and the custom Pods metrics below;
// * the HPA reads the latest scrape (MetricsSource.query), so it sees lagged, windowed values, and a
//   pod has no metric until a scrape finds it running for some time (metrics-server needs two
//   counter readings).
// Pods metrics provided: requests_per_second (served), network_receive_bytes_per_second,
// network_transmit_bytes_per_second, network_in_mbps and network_out_mbps (megabits/s, the manual's
// inbound / outbound bandwidth).
import { MetricsSource, type PodSample, type ScrapeInput } from '../../k8s/hpa/metrics-source.js';
import type { Cluster, PodState } from '../../sim/cluster.js';
import type { UsageProvider } from '../../sim/hooks.js';

export const POD_METRICS = [
  'requests_per_second',
  'network_receive_bytes_per_second',
  'network_transmit_bytes_per_second',
  'network_in_mbps',
  'network_out_mbps',
] as const;

interface Rates {
  cpu: number[];
  rx: number;
  tx: number;
  rps: number;
}

interface Acc {
  /** Value in effect since `at` (read at the last tick). */
  current: Rates;
  at: number;
  /** ∫ over the current scrape window (value × ms). */
  sum: Rates;
  covered: number;
}

const zero = (n: number): Rates => ({ cpu: new Array<number>(n).fill(0), rx: 0, tx: 0, rps: 0 });

export class MetricsPipeline {
  readonly source: MetricsSource;
  private readonly acc = new Map<string, Acc>();

  constructor(
    private readonly cluster: Cluster,
    private readonly usage: () => UsageProvider | undefined,
    resolution: number,
  ) {
    this.source = new MetricsSource(resolution);
  }

  private running(p: PodState): boolean {
    return p.phase === 'Running' && p.nodeName !== undefined;
  }

  private read(p: PodState, now: number): Rates {
    const u = this.usage();
    const r = zero(p.obj.spec.containers.length);
    if (!u) return r;
    p.obj.spec.containers.forEach((c, i) => {
      if (p.containers[i]?.state !== 'running') return;
      const x = u.containerUsage(p, c, now);
      r.cpu[i] = x.cpuMilli;
      r.rx += x.networkRxBytesPerSecond;
      r.tx += x.networkTxBytesPerSecond;
    });
    r.rps = u.podRequestsPerSecond?.(p, now) ?? 0;
    return r;
  }

  /** One collector tick: adds the value in effect since the last tick, then reads the new one. */
  tick(now: number): void {
    const seen = new Set<string>();
    for (const p of this.cluster.pods.values()) {
      if (!this.running(p)) continue;
      seen.add(p.key);
      const a = this.acc.get(p.key);
      const next = this.read(p, now);
      if (!a) {
        this.acc.set(p.key, { current: next, at: now, sum: zero(next.cpu.length), covered: 0 });
        continue;
      }
      const dt = now - a.at;
      a.current.cpu.forEach((v, i) => {
        a.sum.cpu[i] += v * dt;
      });
      a.sum.rx += a.current.rx * dt;
      a.sum.tx += a.current.tx * dt;
      a.sum.rps += a.current.rps * dt;
      a.covered += dt;
      a.current = next;
      a.at = now;
    }
    for (const key of [...this.acc.keys()]) if (!seen.has(key)) this.acc.delete(key);
  }

  /** One scrape at `now` (after the tick at `now`): pods with a window of usage get a sample. */
  scrape(now: number): void {
    const inputs: ScrapeInput[] = [];
    for (const p of this.cluster.pods.values()) {
      const a = this.acc.get(p.key);
      if (!a || a.covered === 0 || !this.running(p)) continue;
      const avg = (x: number) => x / a.covered;
      const u = this.usage();
      const containers = p.obj.spec.containers.map((c, i) => ({
        name: c.name,
        cpuMilli: avg(a.sum.cpu[i] ?? 0),
        memoryBytes: u && p.containers[i]?.state === 'running' ? u.containerUsage(p, c, now).memoryBytes : 0,
      }));
      const rx = avg(a.sum.rx);
      const tx = avg(a.sum.tx);
      inputs.push({
        name: p.obj.name,
        cpuMilli: containers.reduce((s, c) => s + c.cpuMilli, 0),
        memoryBytes: containers.reduce((s, c) => s + c.memoryBytes, 0),
        containers,
        custom: {
          requests_per_second: avg(a.sum.rps),
          network_receive_bytes_per_second: rx,
          network_transmit_bytes_per_second: tx,
          network_in_mbps: (rx * 8) / 1e6,
          network_out_mbps: (tx * 8) / 1e6,
        },
      });
      a.sum = zero(a.sum.cpu.length);
      a.covered = 0;
    }
    this.source.scrape(now, inputs);
  }

  /**
   * The latest scrape's samples of the named pods: metrics.k8s.io listed by the target's selector,
   * which the HPA has matched against the pods already (features/hpa/pods.ts targetPods).
   */
  samplesFor(pods: ReadonlySet<string>, now: number): PodSample[] {
    return this.source.query(now).filter((s) => pods.has(s.pod));
  }
}
