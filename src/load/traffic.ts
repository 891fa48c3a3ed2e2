// Demand → per-pod usage for one usage step, pure. The rules (kubetwin's model, SPEC §1 "Load" and
// "Resources"):
// * loadBalancer access: the service's requests/s are spread evenly over its ready endpoints
//   (k8s EndpointSlice: only Ready pods that are not terminating receive traffic); a round-robin
//   balancer does not know a pod's capacity, so each endpoint gets the same share.
// * none: every running pod receives the whole curve.
// * A pod's CPU demand = baseline + offered requests/s × cpuPerRequest. It gets at most its CPU
//   limit (CFS quota), and less when its node is out of CPU (shared by cpu.shares, cpu-share.ts);
//   what it does not get is recorded as throttled.
// * Capacity: the CPU a pod gets beyond its baseline serves requests, so a pod serves at most
//   (granted − baseline) / cpuPerRequest requests/s; the rest of its share is unserved. With no
//   ready endpoint the whole demand is unserved. A ready endpoint whose app does not answer fails
//   the requests it receives (failed) and uses only its baseline CPU.
// * Memory = baseline + served × requestDuration × memoryPerRequest (requests in flight, Little's
//   law); network in = offered × bytes in, network out = served × bytes out.
import { shareCpu, type CpuClaim } from './cpu-share.js';

export interface LoadCost {
  access: 'loadBalancer' | 'none';
  /** millicore-seconds per request */
  cpuPerRequest: number;
  memoryPerRequest: number;
  /** ms */
  requestDuration: number;
  networkInPerRequest: number;
  networkOutPerRequest: number;
  baseline: { cpu: number; memory: number };
}

export interface PodView {
  key: string;
  node: string;
  /** In the service's endpoints: Running, Ready, not terminating. */
  endpoint: boolean;
  /** The app answers requests. */
  serving: boolean;
  /** CPU limit of the serving container, millicores (Infinity: none). */
  cpuLimit: number;
  /** cpu.shares of the serving container. */
  cpuWeight: number;
}

export interface ServiceInput {
  name: string;
  /** requests/s now */
  demand: number;
  cost: LoadCost;
  /** Running pods of the service (the serving container runs). */
  pods: readonly PodView[];
}

export interface PodUsage {
  service: string;
  offered: number;
  served: number;
  failed: number;
  cpuDemandMilli: number;
  cpuMilli: number;
  cpuThrottledMilli: number;
  memoryBytes: number;
  networkInBytesPerSecond: number;
  networkOutBytesPerSecond: number;
}

export interface ServiceTraffic {
  demand: number;
  served: number;
  unserved: number;
  failed: number;
  endpoints: number;
  cpuMilli: number;
  cpuThrottledMilli: number;
  memoryBytes: number;
  networkInBytesPerSecond: number;
  networkOutBytesPerSecond: number;
}

export interface StepResult {
  pods: Map<string, PodUsage>;
  services: Map<string, ServiceTraffic>;
}

interface Offer {
  view: PodView;
  cost: LoadCost;
  service: string;
  offered: number;
  answering: boolean;
}

function offers(s: ServiceInput): { list: Offer[]; demand: number; endpoints: number } {
  const d = Math.max(0, s.demand);
  const targets = s.cost.access === 'none' ? s.pods : s.pods.filter((p) => p.endpoint);
  const share = s.cost.access === 'none' ? d : targets.length ? d / targets.length : 0;
  const isTarget = new Set(targets.map((p) => p.key));
  const list = s.pods.map((view): Offer => {
    const offered = isTarget.has(view.key) ? share : 0;
    return { view, cost: s.cost, service: s.name, offered, answering: view.serving };
  });
  const demand = s.cost.access === 'none' && targets.length ? d * targets.length : d;
  return { list, demand, endpoints: targets.length };
}

function cpuDemand(o: Offer): number {
  return o.cost.baseline.cpu + (o.answering ? o.offered * o.cost.cpuPerRequest : 0);
}

/** One usage step: `nodeCpu` = allocatable CPU (millicores) of each node. */
export function computeStep(services: readonly ServiceInput[], nodeCpu: ReadonlyMap<string, number>): StepResult {
  const all: Offer[] = [];
  const totals = new Map<string, ServiceTraffic>();
  for (const s of services) {
    const o = offers(s);
    all.push(...o.list);
    totals.set(s.name, {
      demand: o.demand,
      served: 0,
      unserved: 0,
      failed: 0,
      endpoints: o.endpoints,
      cpuMilli: 0,
      cpuThrottledMilli: 0,
      memoryBytes: 0,
      networkInBytesPerSecond: 0,
      networkOutBytesPerSecond: 0,
    });
  }
  // CPU per node, shared by cpu.shares when it runs out.
  const byNode = new Map<string, number[]>();
  all.forEach((o, i) => {
    const list = byNode.get(o.view.node) ?? [];
    list.push(i);
    byNode.set(o.view.node, list);
  });
  const granted = new Array<number>(all.length).fill(0);
  for (const [node, idx] of byNode) {
    const claims: CpuClaim[] = idx.map((i) => ({ demand: cpuDemand(all[i]), limit: all[i].view.cpuLimit, weight: all[i].view.cpuWeight }));
    const g = shareCpu(claims, nodeCpu.get(node) ?? Infinity);
    idx.forEach((i, k) => {
      granted[i] = g[k];
    });
  }
  const pods = new Map<string, PodUsage>();
  all.forEach((o, i) => {
    const c = o.cost;
    const demand = cpuDemand(o);
    let served = 0;
    let failed = 0;
    if (!o.answering) failed = o.offered;
    else if (c.cpuPerRequest > 0) served = Math.min(o.offered, Math.max(0, granted[i] - c.baseline.cpu) / c.cpuPerRequest);
    else served = o.offered;
    const u: PodUsage = {
      service: o.service,
      offered: o.offered,
      served,
      failed,
      cpuDemandMilli: demand,
      cpuMilli: granted[i],
      cpuThrottledMilli: Math.max(0, demand - granted[i]),
      memoryBytes: c.baseline.memory + served * (c.requestDuration / 1000) * c.memoryPerRequest,
      networkInBytesPerSecond: o.offered * c.networkInPerRequest,
      networkOutBytesPerSecond: served * c.networkOutPerRequest,
    };
    pods.set(o.view.key, u);
    const t = totals.get(o.service)!;
    t.served += u.served;
    t.failed += u.failed;
    t.cpuMilli += u.cpuMilli;
    t.cpuThrottledMilli += u.cpuThrottledMilli;
    t.memoryBytes += u.memoryBytes;
    t.networkInBytesPerSecond += u.networkInBytesPerSecond;
    t.networkOutBytesPerSecond += u.networkOutBytesPerSecond;
  });
  for (const t of totals.values()) t.unserved = Math.max(0, t.demand - t.served - t.failed);
  return { pods, services: totals };
}
