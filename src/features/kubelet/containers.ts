// What happens to one container: the runtime starts an instance, stops it (SIGTERM, SIGKILL after
// the grace period), or sees it end; and the API status the kubelet keeps for it. Every change is
// put on the cluster bus (`container:changed`), into the state timeline, and wakes the container's
// probe runners (a fast-forwarded runner must look again).
import type { SimContext } from '../../sim/context.js';
import { appState, isServing, nextAppChange } from '../../load/app/index.js';
import type { KillAction } from './actions.js';
import type { MemoryGuard } from './memory.js';
import { podStatusOf, type PodStatusView } from './pod-status.js';
import { KUBELET_PRIORITY } from './priorities.js';
import { containerObject, newestExited, runningInstance, type ContainerRec, type Instance, type PodRec } from './state.js';
import { stateLabel, type ContainerTimeline } from './timeline.js';

/** kuberuntime_container.go minimumGracePeriodInSeconds. */
const MIN_GRACE_MS = 2000;

/** The container runs (and is not being stopped) and its app answers now. */
// The app's answer only changes at its scripted change points (nextAppChange), so it is cached per
// container instance until the next one: the load model asks every pod every usage step.
const servingCache = new WeakMap<Instance, { from: number; until: number; serving: boolean }>();

export function containerServing(c: ContainerRec, now: number): boolean {
  const i = runningInstance(c);
  if (i === undefined || i.stopping) return false;
  const hit = servingCache.get(i);
  if (hit && now >= hit.from && now < hit.until) return hit.serving;
  const serving = isServing(appState(c.app.spec, now - i.startedAt, now));
  servingCache.set(i, { from: now, until: nextAppChange(c.app.spec, i.startedAt, now)?.at ?? Infinity, serving });
  return serving;
}

export class Containers {
  private started = 0;

  constructor(
    private readonly ctx: SimContext,
    private readonly timeline: ContainerTimeline,
    private readonly memory: MemoryGuard,
    /** A container of the pod started or ended at this time (the PLEG will report it). */
    private readonly onRuntimeChange: (p: PodRec, at: number) => void,
  ) {}

  /** startContainer: a new instance (container ID) runs from now; Pulled / Created / Started. */
  start(p: PodRec, c: ContainerRec): void {
    const now = this.ctx.engine.now;
    const restarts = c.instances.length > 0 ? c.status.restartCount + 1 : 0;
    this.started += 1;
    const inst: Instance = { id: `containerd://${p.node}-${this.started}`, startedAt: now };
    // Container GC (kuberuntime_gc.go, MaxPerPodContainer 1): only the newest dead instance is kept.
    const dead = newestExited(c);
    c.instances = dead ? [dead, inst] : [inst];
    c.starts.push(now);
    c.results = {};
    c.resultsFor = inst.id;
    const event = (reason: string, message: string) => this.ctx.cluster.event('Pod', p.pod.obj.name, reason, message);
    event('Pulled', `Container image "${c.spec.image}" already present on machine`);
    event('Created', `Created container ${c.spec.name}`);
    event('Started', `Started container ${c.spec.name}`);
    if (restarts > 0) this.timeline.noteRestart(containerObject(p, c), now, restarts);
    this.setStatus(p, c, {
      state: 'running',
      reason: undefined,
      exitCode: undefined,
      finishedAt: undefined,
      startedAt: now,
      containerId: inst.id,
      restartCount: restarts,
      started: false,
      ready: false,
    });
    this.memory.arm(p, c, inst);
    this.refresh(p);
    this.onRuntimeChange(p, now);
  }

  /** killContainer: "Killing", SIGTERM, SIGKILL when the grace period ends first. Returns how long it takes. */
  kill(p: PodRec, c: ContainerRec, k: KillAction): number {
    const inst = runningInstance(c);
    if (!inst || inst.stopping) return 0;
    const { engine, cluster } = this.ctx;
    cluster.event('Pod', p.pod.obj.name, 'Killing', k.message);
    if (k.reason === 'liveness') c.counters.killedLiveness += 1;
    if (k.reason === 'startup') c.counters.killedStartup += 1;
    // kuberuntime_container.go setTerminationGracePeriod: a probe kill uses the probe's own grace period if set.
    const probe = k.reason === 'liveness' ? c.spec.livenessProbe : k.reason === 'startup' ? c.spec.startupProbe : undefined;
    const grace = Math.max(MIN_GRACE_MS, (probe?.terminationGracePeriodSeconds ?? p.pod.obj.spec.terminationGracePeriodSeconds) * 1000);
    const took = Math.min(c.app.shutdownMs, grace);
    // Exit by SIGTERM (128 + 15) when the app stops in time, else by SIGKILL (128 + 9).
    const code = c.app.shutdownMs < grace ? 143 : 137;
    if (took === 0) {
      this.finish(p, c, inst, code, 'Error');
      return 0;
    }
    inst.stopping = true;
    this.memory.disarm(inst);
    inst.timer = engine.at(engine.now + took, () => this.finish(p, c, inst, code, 'Error'), KUBELET_PRIORITY.runtime);
    return took;
  }

  /** The instance's process ended now (exit, kill, OOM kill): Terminated with its exit code. */
  finish(p: PodRec, c: ContainerRec, inst: Instance, exitCode: number, reason: string): void {
    if (p.gone || inst.finishedAt !== undefined) return;
    const now = this.ctx.engine.now;
    this.memory.disarm(inst);
    Object.assign(inst, { finishedAt: now, exitCode, reason, stopping: false });
    c.lastTermination = { reason, exitCode, startedAt: inst.startedAt, finishedAt: now };
    this.setStatus(p, c, { state: 'terminated', reason, exitCode, finishedAt: now, started: false, ready: false });
    this.refresh(p);
    this.onRuntimeChange(p, now);
  }

  setStatus(p: PodRec, c: ContainerRec, change: Partial<ContainerRec['status']>): void {
    Object.assign(c.status, change);
    this.changed(p, c);
  }

  private changed(p: PodRec, c: ContainerRec): void {
    const now = this.ctx.engine.now;
    this.timeline.note(containerObject(p, c), now, stateLabel(c.status));
    this.ctx.cluster.bus.emit('container:changed', { pod: p.pod, container: c.status });
    for (const r of c.runners) r.wake(now);
  }

  /** generateAPIPodStatus + prober_manager.go UpdatePodStatus: started / ready flags, phase, Ready. */
  refresh(p: PodRec): PodStatusView {
    const view = podStatusOf(p);
    view.containers.forEach((s, i) => {
      const c = p.containers[i];
      if (c.status.started !== s.started || c.status.ready !== s.ready) {
        c.status.started = s.started;
        c.status.ready = s.ready;
        this.changed(p, c);
      }
    });
    const { cluster, engine } = this.ctx;
    if (p.pod.phase !== view.phase) {
      cluster.setPhase(p.pod, view.phase);
      for (const c of p.containers) for (const r of c.runners) r.wake(engine.now);
    }
    // A pod being deleted (Terminating) is never Ready.
    cluster.setReady(p.pod, view.ready && p.pod.deletingAt === undefined);
    return view;
  }
}
