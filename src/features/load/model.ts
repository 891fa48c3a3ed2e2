// The load model in the simulation: every usage step it reads the cluster (each service's running
// pods, readiness, whether the app answers), evaluates the curves and computes per-pod usage and
// per-service traffic (traffic.ts). Usage holds until the next step. It is the simulation's
// UsageProvider (ctx.usage).
import type { ContainerSpec } from '../../model/types.js';
import type { Cluster, PodState } from '../../sim/cluster.js';
import type { AppStatus, ContainerUsage, UsageProvider } from '../../sim/hooks.js';
import { effectiveCpuLimit, milliCpuToShares } from '../../load/cpu-share.js';
import type { Curve } from '../../load/curves/types.js';
import type { ServiceLoad } from './schema.js';
import { computeStep, type PodUsage, type PodView, type ServiceInput, type ServiceTraffic } from '../../load/traffic.js';

/** Default of `spec.usageStep` (virtual ms). Load, usage and traffic are constant within a step. */
export const USAGE_STEP_MS = 1000;

export interface LoadedService {
  name: string;
  spec: ServiceLoad;
  curve: Curve;
}

/** Requests over the run, per service (integrals of the rates). */
export interface TrafficTotals {
  demand: number;
  served: number;
  unserved: number;
  failed: number;
}

const ZERO: ContainerUsage = { cpuMilli: 0, cpuThrottledMilli: 0, memoryBytes: 0, networkRxBytesPerSecond: 0, networkTxBytesPerSecond: 0 };

export class LoadModel implements UsageProvider {
  private pods = new Map<string, PodUsage>();
  private traffic = new Map<string, ServiceTraffic>();
  readonly totals = new Map<string, TrafficTotals>();
  private last: number | undefined;

  constructor(
    private readonly cluster: Cluster,
    readonly services: readonly LoadedService[],
    private readonly apps: () => AppStatus | undefined,
  ) {
    for (const s of services) this.totals.set(s.name, { demand: 0, served: 0, unserved: 0, failed: 0 });
  }

  /** The container of `pod` that serves `s`'s requests (named, else the first). */
  servingContainer(s: LoadedService, pod: PodState): number {
    if (s.spec.container === undefined) return 0;
    return pod.obj.spec.containers.findIndex((c) => c.name === s.spec.container);
  }

  /** Recomputes usage at `now`; the previous step's rates are added to the totals first. */
  step(now: number): void {
    this.accumulate(now);
    const byService = new Map<string, PodState[]>();
    for (const p of this.cluster.pods.values()) {
      const owner = p.obj.ownerRef?.kind === 'Deployment' ? p.obj.ownerRef.name : undefined;
      if (owner === undefined) continue;
      const list = byService.get(owner) ?? [];
      list.push(p);
      byService.set(owner, list);
    }
    const apps = this.apps();
    const inputs: ServiceInput[] = this.services.map((s) => ({
      name: s.name,
      demand: s.curve(now),
      cost: s.spec,
      pods: (byService.get(s.name) ?? []).flatMap((p) => this.view(s, p, apps, now)),
    }));
    const nodeCpu = new Map<string, number>();
    for (const n of this.cluster.nodes.values()) nodeCpu.set(n.spec.name, n.spec.allocatable.cpu ?? 0);
    const r = computeStep(inputs, nodeCpu);
    this.pods = r.pods;
    this.traffic = r.services;
  }

  private view(s: LoadedService, p: PodState, apps: AppStatus | undefined, now: number): PodView[] {
    const i = this.servingContainer(s, p);
    const c = p.obj.spec.containers[i];
    if (!c || p.phase !== 'Running' || p.nodeName === undefined || p.containers[i]?.state !== 'running') return [];
    return [
      {
        key: p.key,
        node: p.nodeName,
        endpoint: p.ready && p.deletingAt === undefined,
        serving: apps ? apps.serving(p, now) : true,
        cpuLimit: effectiveCpuLimit(c.limits.cpu),
        cpuWeight: milliCpuToShares(c.requests.cpu ?? 0),
      },
    ];
  }

  /** Adds the current rates × the time since the last step to the totals. */
  accumulate(now: number): void {
    if (this.last !== undefined && now > this.last) {
      const seconds = (now - this.last) / 1000;
      for (const [name, t] of this.traffic) {
        const sum = this.totals.get(name)!;
        sum.demand += t.demand * seconds;
        sum.served += t.served * seconds;
        sum.unserved += t.unserved * seconds;
        sum.failed += t.failed * seconds;
      }
    }
    this.last = now;
  }

  /** Traffic of a service at the latest step. */
  serviceTraffic(name: string): ServiceTraffic | undefined {
    return this.traffic.get(name);
  }

  /** Usage of a pod at the latest step (undefined: no load and no baseline). */
  podUsage(key: string): PodUsage | undefined {
    return this.pods.get(key);
  }

  podRequestsPerSecond(pod: PodState): number {
    return this.pods.get(pod.key)?.served ?? 0;
  }

  containerUsage(pod: PodState, container: ContainerSpec): ContainerUsage {
    const u = this.pods.get(pod.key);
    if (!u) return ZERO;
    const s = this.services.find((x) => x.name === u.service)!;
    if (pod.obj.spec.containers[this.servingContainer(s, pod)]?.name !== container.name) return ZERO;
    return {
      cpuMilli: u.cpuMilli,
      cpuThrottledMilli: u.cpuThrottledMilli,
      memoryBytes: u.memoryBytes,
      networkRxBytesPerSecond: u.networkInBytesPerSecond,
      networkTxBytesPerSecond: u.networkOutBytesPerSecond,
    };
  }
}
