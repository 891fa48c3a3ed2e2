// The simulated kubelet of every node: admits bound pods, runs their containers' scripted apps,
// probes them, restarts them with the crash-loop back-off, and OOM-kills containers above their
// memory limit. The parts: probe-runner.ts (probe workers on the engine), pod-sync.ts (when and how
// a pod syncs), containers.ts (container instances and their API status), memory.ts (exits and OOM
// kills). Container status is kept live: a state change reaches the API status when it happens
// (the real status lags by up to one PLEG relist, 1 s); the kubelet acts on it at its syncs.
import type { Engine } from '../../engine/engine.js';
import { canonicalJson, fnv32a } from '../../model/hash.js';
import type { PodState } from '../../sim/cluster.js';
import type { SimContext } from '../../sim/context.js';
import type { AppStatus } from '../../sim/hooks.js';
import { appState, nextAppChange } from '../../load/app/index.js';
import { Backoff, containerBackoffKey } from '../../k8s/kubelet/backoff.js';
import type { ProbeTarget } from '../../k8s/kubelet/prober/handlers.js';
import { firstProbeDelay } from '../../k8s/kubelet/prober/timing.js';
import type { ProbeType } from '../../k8s/kubelet/prober/types.js';
import type { PodObservation, WorkerStep } from '../../k8s/kubelet/prober/worker.js';
import type { AppCatalog } from './apps.js';
import { containerServing, Containers } from './containers.js';
import { MemoryGuard } from './memory.js';
import { PodSync } from './pod-sync.js';
import { KUBELET_PRIORITY } from './priorities.js';
import { ProbeRunner, type RunnerHost } from './probe-runner.js';
import type { KubeletSettings } from './schema.js';
import { containerObject, newestInstance, runningInstance, type ContainerRec, type PodRec } from './state.js';
import { ContainerTimeline, stateLabel } from './timeline.js';
import { podIP } from './pod-ip.js';

const PROBE_TYPES: ProbeType[] = ['startup', 'liveness', 'readiness'];
const NOT_RUNNING: ProbeTarget = {
  listening: false,
  responding: false,
  httpStatus: 0,
  responseMs: 0,
  execExitCode: 1,
  execMs: 0,
  grpcStatus: 'NOT_SERVING',
};

export class Kubelet implements RunnerHost, AppStatus {
  /** Pods admitted and not deleted, in admission order. */
  readonly pods = new Map<string, PodRec>();
  /** Every pod ever admitted (for the summary). */
  readonly history: PodRec[] = [];
  readonly timeline = new ContainerTimeline();
  readonly engine: Engine;
  readonly fastForward: boolean;
  readonly memory: MemoryGuard;
  /** flowcontrol.NewBackOff(10 s, 300 s) (kubelet.go): one per kubelet; keys are per pod and container. */
  readonly backoff = new Backoff();
  private readonly containers: Containers;
  private readonly podSync: PodSync;
  private readonly kubeletStart = new Map<string, number>();
  /** Pod IPs in use, for podIP's collision check. */
  private readonly ipsInUse = new Set<string>();
  private ordinals = 0;
  private lateAt = -1;

  constructor(
    private readonly ctx: SimContext,
    private readonly apps: AppCatalog,
    settings: KubeletSettings,
  ) {
    this.engine = ctx.engine;
    this.fastForward = settings.fastForward;
    this.memory = new MemoryGuard(ctx, this, settings.memoryCheckInterval);
    this.containers = new Containers(ctx, this.timeline, this.memory, (p, at) => this.podSync.plegSync(p, at));
    this.podSync = new PodSync(ctx, this.containers, this.backoff, (p) => this.stopPod(p));
    const bus = ctx.cluster.bus;
    bus.on('node:added', (n) => this.kubeletStart.set(n.spec.name, this.engine.now));
    bus.on('pod:bound', (pod) => this.engine.at(this.engine.now, () => this.admit(pod), KUBELET_PRIORITY.sync));
    bus.on('pod:deleted', (pod) => this.forget(pod));
    // The probe workers see the deletion timestamp (worker.go: liveness/startup stop probing).
    bus.on('pod:deleting', (pod) => {
      const p = this.pods.get(pod.key);
      if (p) for (const c of p.containers) for (const r of c.runners) r.wake(this.engine.now);
    });
  }

  /** ctx.apps: every container of the pod runs (not being stopped) and its app answers now. */
  serving(pod: PodState, now: number): boolean {
    const p = this.pods.get(pod.key);
    return !!p && !p.gone && p.containers.every((c) => containerServing(c, now));
  }

  /** memory.ts: the runtime ended an instance (scripted exit or OOM kill). */
  finish(...args: Parameters<Containers['finish']>): void {
    this.containers.finish(...args);
  }

  /** End of the run: fast-forwarded workers account for the probes they skipped. */
  finishRun(end: number): void {
    for (const p of this.pods.values()) for (const c of p.containers) for (const r of c.runners) r.finishRun(end);
  }

  // ---- RunnerHost ------------------------------------------------------------------------------

  observe(p: PodRec, c: ContainerRec): PodObservation | undefined {
    if (p.gone) return undefined;
    const s = c.status;
    return {
      phase: p.pod.phase,
      restartPolicy: p.pod.obj.spec.restartPolicy,
      deleting: p.pod.deletingAt !== undefined,
      container: s.containerId ? { id: s.containerId, state: s.state, startedAt: s.startedAt, started: s.started } : undefined,
    };
  }

  target(_p: PodRec, c: ContainerRec, now: number): ProbeTarget {
    const i = runningInstance(c);
    return i ? appState(c.app.spec, now - i.startedAt, now) : NOT_RUNNING;
  }

  horizon(_p: PodRec, c: ContainerRec, now: number): number {
    const i = runningInstance(c);
    return i ? (nextAppChange(c.app.spec, i.startedAt, now)?.at ?? Infinity) : Infinity;
  }

  isLate(now: number): boolean {
    return this.lateAt === now;
  }

  tickPriority(ordinal: number): number {
    return KUBELET_PRIORITY.probe + (ordinal % 2 ** 24) / 2 ** 24;
  }

  publishPriority(ordinal: number): number {
    return KUBELET_PRIORITY.publish + (ordinal % 2 ** 24) / 2 ** 24;
  }

  /** A probe returned: record its event, publish changed results, and sync as the kubelet does. */
  publish(runner: ProbeRunner, step: WorkerStep): void {
    const now = this.engine.now;
    this.lateAt = now;
    const p = runner.pod;
    if (p.gone) return;
    const c = runner.container;
    const ev = step.outcome?.event;
    if (ev) {
      if (ev.reason === 'Unhealthy') c.counters.probeFailures[runner.type] += 1;
      this.ctx.cluster.event('Pod', p.pod.obj.name, ev.reason, ev.message);
    }
    // results_manager.go: updates for a container that is gone no longer matter.
    const current = newestInstance(c)?.id;
    let changed = false;
    for (const u of step.updates) {
      if (u.containerId !== current || c.resultsFor !== current || c.results[runner.type] === u.result) continue;
      c.results[runner.type] = u.result;
      changed = true;
    }
    if (!changed) return;
    this.containers.refresh(p);
    // kubelet.go syncLoopIteration → handleProbeSync: readiness and startup changes, liveness failures.
    if (runner.type !== 'liveness' || c.results.liveness === 'Failure') this.podSync.sync(p);
  }

  // ---- pods -------------------------------------------------------------------------------------

  /** HandlePodAdditions: a pod bound to this node gets its probe workers and its first sync. */
  private admit(pod: PodState): void {
    if (!this.ctx.cluster.pods.has(pod.key) || this.pods.has(pod.key) || !pod.nodeName) return;
    const now = this.engine.now;
    const kubeletStart = this.kubeletStart.get(pod.nodeName) ?? 0;
    const ip = podIP(pod.obj.uid, this.ipsInUse);
    const stream = this.ctx.rng(`kubelet/pod-worker/${pod.key}`);
    const p: PodRec = {
      pod,
      node: pod.nodeName,
      kubeletStart,
      ip,
      containers: [],
      syncHandle: -1,
      syncAt: Infinity,
      retryHandle: -1,
      busyUntil: -Infinity,
      pendingSync: false,
      rand: () => stream.next(),
      gone: false,
    };
    pod.startedAt = now;
    p.containers = pod.obj.spec.containers.map((spec, index) => ({
      index,
      spec,
      app: this.apps.forContainer(pod.obj, spec.name),
      status: pod.containers[index],
      instances: [],
      starts: [],
      results: {},
      resultsFor: '',
      runners: [],
      backoffKey: containerBackoffKey(pod.obj, spec.name, String(fnv32a(canonicalJson(spec)))),
      counters: {
        killedLiveness: 0,
        killedStartup: 0,
        oomKilled: 0,
        exited: 0,
        backOffs: 0,
        probeFailures: { liveness: 0, readiness: 0, startup: 0 },
      },
    }));
    for (const c of p.containers) {
      this.timeline.note(containerObject(p, c), now, stateLabel(c.status));
      // prober_manager.go AddPod: one worker per probe; worker.go run's random first delay.
      for (const type of PROBE_TYPES) {
        const spec = c.spec[`${type}Probe`];
        if (!spec) continue;
        const r = new ProbeRunner(this, type, spec, this.ordinals++, p, c);
        const rand = this.ctx.rng(`kubelet/probe/${pod.key}/${c.spec.name}/${type}`);
        r.start(
          now,
          firstProbeDelay(r.periodMs, now, kubeletStart, () => rand.next()),
        );
        c.runners.push(r);
      }
    }
    this.pods.set(pod.key, p);
    this.history.push(p);
    this.podSync.sync(p);
  }

  private forget(pod: PodState): void {
    const p = this.pods.get(pod.key);
    if (!p) return;
    this.pods.delete(pod.key);
    this.ipsInUse.delete(p.ip);
    this.stopPod(p);
    p.gone = true;
    for (const c of p.containers) {
      const i = runningInstance(c);
      if (i) this.memory.disarm(i);
      this.timeline.close(containerObject(p, c), this.engine.now);
    }
  }

  private stopPod(p: PodRec): void {
    for (const c of p.containers) for (const r of c.runners) r.stop();
    if (p.syncHandle >= 0) this.engine.cancel(p.syncHandle);
    if (p.retryHandle >= 0) this.engine.cancel(p.retryHandle);
    p.syncHandle = p.retryHandle = -1;
  }
}
