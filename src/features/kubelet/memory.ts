// Container ends that the runtime, not the kubelet, decides: the app's scripted exit, and the
// kernel's OOM kill when memory use exceeds the container's memory limit (exit 137, OOMKilled;
// SPEC §1 Resources). Memory use = the app model's (baseline + leaks) + the load model's demand
// (ctx.usage), when there is one.
//
// Granularity: the app model's memory is piecewise linear, so the kill is scheduled at the exact
// millisecond it first exceeds the limit. The load model's part is re-read every
// `memoryCheckInterval` (default 10 s) and held constant in between.
import type { SimContext } from '../../sim/context.js';
import { exitOf, leakedBytes, memoryOverLimitAt } from '../../load/app/index.js';
import { KUBELET_PRIORITY } from './priorities.js';
import { runningInstance, type ContainerRec, type Instance, type PodRec } from './state.js';

export interface InstanceEnds {
  finish(p: PodRec, c: ContainerRec, inst: Instance, exitCode: number, reason: string): void;
  readonly pods: ReadonlyMap<string, PodRec>;
}

const MiB = 1024 * 1024;
const mib = (bytes: number) => `${Math.round((bytes / MiB) * 10) / 10}Mi`;

export class MemoryGuard {
  constructor(
    private readonly ctx: SimContext,
    private readonly host: InstanceEnds,
    intervalMs: number,
  ) {
    const { engine } = ctx;
    // The load component may be installed after the kubelet: look for it when the run starts.
    engine.at(
      0,
      () => {
        if (!ctx.usage) return;
        engine.every(intervalMs, () => this.recheck(), { priority: KUBELET_PRIORITY.runtime });
      },
      KUBELET_PRIORITY.runtime,
    );
  }

  /** Memory demand of the load model for this container now (0 without a load model). */
  private demand(p: PodRec, c: ContainerRec, now: number): number {
    return this.ctx.usage?.containerUsage(p.pod, c.spec, now).memoryBytes ?? 0;
  }

  /** Memory in use by the container now, bytes (0 when it does not run). */
  memoryBytes(p: PodRec, c: ContainerRec, now: number): number {
    const i = runningInstance(c);
    if (!i) return 0;
    const app = c.app.spec;
    return app.memory + Math.floor(leakedBytes(app, i.startedAt, now)) + this.demand(p, c, now);
  }

  /** Schedules the instance's next runtime end: its scripted exit or its OOM kill, whichever is first. */
  arm(p: PodRec, c: ContainerRec, inst: Instance): void {
    this.disarm(inst);
    const { engine } = this.ctx;
    const now = engine.now;
    const app = c.app.spec;
    const exit = exitOf(app, inst.startedAt);
    let at = exit ? exit.at : Infinity;
    let oom = false;
    const limit = c.spec.limits.memory;
    if (limit !== undefined) {
      const extra = this.demand(p, c, now);
      const over = this.memoryBytes(p, c, now) > limit ? now : memoryOverLimitAt(app, inst.startedAt, now, limit - extra);
      if (over !== undefined && over < at) {
        at = over;
        oom = true;
      }
    }
    if (!Number.isFinite(at)) return;
    inst.timer = engine.at(
      Math.max(at, now),
      () => {
        inst.timer = undefined;
        if (oom) this.oomKill(p, c, inst, limit as number);
        else {
          c.counters.exited += 1;
          const code = exit!.code;
          this.host.finish(p, c, inst, code, code === 0 ? 'Completed' : 'Error');
        }
      },
      KUBELET_PRIORITY.runtime,
    );
  }

  disarm(inst: Instance): void {
    if (inst.timer !== undefined) this.ctx.engine.cancel(inst.timer);
    inst.timer = undefined;
  }

  private oomKill(p: PodRec, c: ContainerRec, inst: Instance, limit: number): void {
    const used = this.memoryBytes(p, c, this.ctx.engine.now);
    c.counters.oomKilled += 1;
    this.ctx.cluster.event(
      'Pod',
      p.pod.obj.name,
      'OOMKilled',
      `Container ${c.spec.name} was OOM-killed: memory use ${mib(used)} exceeded its limit ${mib(limit)}`,
    );
    this.host.finish(p, c, inst, 137, 'OOMKilled');
  }

  /** Re-reads the load model's memory demand of every running container with a memory limit. */
  private recheck(): void {
    for (const p of this.host.pods.values()) {
      for (const c of p.containers) {
        const i = runningInstance(c);
        if (i && !i.stopping && c.spec.limits.memory !== undefined) this.arm(p, c, i);
      }
    }
  }
}
