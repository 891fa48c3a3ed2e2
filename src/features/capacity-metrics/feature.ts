// Capacity numbers for studies, in summary.json under `capacity`: what the cluster cost (node-hours,
// core-hours), how long pods waited (pending-pod minutes, integrated exactly over the bus events),
// and how full the nodes were (requested and used CPU, sampled every sampleInterval like the
// timeseries: time average over the cluster and the peak of any single node).
import type { PodState } from '../../sim/cluster.js';
import type { SimContext } from '../../sim/context.js';
import type { Feature } from '../../sim/feature.js';
import { PRIORITY } from '../../sim/priorities.js';
import { podRequests } from '../../k8s/scheduler/index.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const GIB = 2 ** 30;

/** ∫ value dt for a value that changes in steps. */
class Integral {
  private total = 0;
  private last = 0;
  private value = 0;
  peak = 0;
  set(now: number, value: number): void {
    this.total += (now - this.last) * this.value;
    this.last = now;
    this.value = value;
    if (value > this.peak) this.peak = value;
  }
  at(now: number): number {
    return this.total + (now - this.last) * this.value;
  }
}

class Samples {
  private sum = 0;
  private n = 0;
  peak: number | null = null;
  add(v: number): void {
    this.sum += v;
    this.n += 1;
    if (this.peak === null || v > this.peak) this.peak = v;
  }
  get mean(): number | null {
    return this.n ? this.sum / this.n : null;
  }
}

function round6(x: number | null): number | null {
  return x === null ? null : Math.round(x * 1e6) / 1e6;
}

function pct(part: number, whole: number): number {
  return whole > 0 ? (100 * part) / whole : 0;
}

function cpuUsed(ctx: SimContext, pods: readonly PodState[], now: number): number {
  let sum = 0;
  for (const p of pods) {
    if (p.phase !== 'Running') continue;
    p.obj.spec.containers.forEach((c, i) => {
      if (p.containers[i]?.state === 'running') sum += ctx.usage!.containerUsage(p, c, now).cpuMilli;
    });
  }
  return sum;
}

export const capacityMetricsFeature: Feature = {
  name: 'capacity-metrics',
  after: ['usage'],
  install(ctx) {
    const { cluster, engine } = ctx;
    const nodes = new Integral();
    const cores = new Integral();
    const memory = new Integral();
    const pending = new Integral();
    const unscheduled = new Integral();
    const onNodes = () => {
      let cpu = 0;
      let mem = 0;
      for (const n of cluster.nodes.values()) {
        cpu += n.spec.allocatable.cpu ?? 0;
        mem += n.spec.allocatable.memory ?? 0;
      }
      nodes.set(engine.now, cluster.nodes.size);
      cores.set(engine.now, cpu / 1000);
      memory.set(engine.now, mem / GIB);
    };
    // k8s PodPhase Pending: accepted by the API, not all containers started yet; "unscheduled" are
    // the Pending pods not bound to a node. Counted incrementally per pod (2: unscheduled, 1: bound).
    const state = new Map<string, 1 | 2>();
    let nPending = 0;
    let nUnscheduled = 0;
    const onPod = (pod: PodState, deleted: boolean) => {
      const prev = state.get(pod.key) ?? 0;
      const next = deleted || pod.phase !== 'Pending' ? 0 : pod.nodeName === undefined ? 2 : 1;
      if (prev === next) return;
      nPending += (next > 0 ? 1 : 0) - (prev > 0 ? 1 : 0);
      nUnscheduled += (next === 2 ? 1 : 0) - (prev === 2 ? 1 : 0);
      if (next) state.set(pod.key, next);
      else state.delete(pod.key);
      pending.set(engine.now, nPending);
      unscheduled.set(engine.now, nUnscheduled);
    };
    for (const e of ['node:added', 'node:changed', 'node:removed'] as const) cluster.bus.on(e, onNodes);
    for (const e of ['pod:created', 'pod:bound', 'pod:phase'] as const) cluster.bus.on(e, (pod) => onPod(pod, false));
    cluster.bus.on('pod:deleted', (pod) => onPod(pod, true));

    const requested = new Samples();
    const requestedNode = new Samples();
    const used = new Samples();
    const usedNode = new Samples();
    const sample = (now: number) => {
      let alloc = 0;
      let req = 0;
      let use = 0;
      for (const n of cluster.nodes.values()) {
        const a = n.spec.allocatable.cpu ?? 0;
        const pods = cluster.podsOn(n.spec.name);
        let r = 0;
        for (const p of pods) r += podRequests(p.obj.spec).cpu ?? 0;
        alloc += a;
        req += r;
        requestedNode.add(pct(r, a));
        if (ctx.usage) {
          const u = cpuUsed(ctx, pods, now);
          use += u;
          usedNode.add(pct(u, a));
        }
      }
      requested.add(pct(req, alloc));
      if (ctx.usage) used.add(pct(use, alloc));
    };
    const end = ctx.scenario.manifest.spec.duration;
    engine.every(
      ctx.scenario.manifest.spec.sampleInterval,
      (now) => {
        if (now < end) sample(now);
      },
      { start: 0, priority: PRIORITY.sample },
    );
    ctx.onFinish.push((now) => sample(now));

    ctx.recorder.addSummary('capacity', () => ({
      nodeHours: round6(nodes.at(end) / HOUR),
      cpuCoreHours: round6(cores.at(end) / HOUR),
      memoryGiBHours: round6(memory.at(end) / HOUR),
      pendingPodMinutes: round6(pending.at(end) / MINUTE),
      unscheduledPodMinutes: round6(unscheduled.at(end) / MINUTE),
      peakPendingPods: pending.peak,
      avgCpuRequestedPct: round6(requested.mean),
      peakCpuRequestedPct: round6(requested.peak),
      peakNodeCpuRequestedPct: round6(requestedNode.peak),
      avgCpuUsedPct: round6(used.mean),
      peakCpuUsedPct: round6(used.peak),
      peakNodeCpuUsedPct: round6(usedNode.peak),
    }));
  },
};
