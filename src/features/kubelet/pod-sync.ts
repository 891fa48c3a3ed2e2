// When and how a pod is synced. k8s v1.28:
// * triggers (kubelet.go syncLoopIteration, pod_workers.go): the pod is bound; the PLEG relist after
//   one of its containers started or ended (every 1 s from the kubelet's start); a probe result
//   change (handleProbeSync: readiness, startup, liveness Failure) syncs at once; a sync that could
//   not start a container because of the back-off is retried after 10 s × U[1, 1.5), picked up by the
//   1 s sync ticker (completeWork → workQueue.Enqueue). A successful sync's 1–1.5 min resync is not
//   modelled: it finds nothing to do here.
// * one sync (kubelet.go SyncPod → kuberuntime_manager.go SyncPod): regenerate the status (with the
//   readiness manual trigger), computePodActions, kill in parallel, then start through doBackOff
//   with the pod status as it was before the kills (the newest exited instance decides).
//   One sync at a time per pod: a request while containers are being stopped runs afterwards.
import type { SimContext } from '../../sim/context.js';
import { podWorkerRetryDelay, restartDecision, type Backoff } from '../../k8s/kubelet/backoff.js';
import { containerActions } from './actions.js';
import type { Containers } from './containers.js';
import { KUBELET_PRIORITY, RELIST_PERIOD_MS, SYNC_TICK_MS } from './priorities.js';
import { formatPod, newestExited, runningInstance, runtimeView, type Instance, type PodRec } from './state.js';

/** The first time ≥ t on the grid base + k·period. */
export function gridAtOrAfter(t: number, base: number, period: number): number {
  if (t <= base) return base;
  return base + Math.ceil((t - base) / period) * period;
}

export class PodSync {
  constructor(
    private readonly ctx: SimContext,
    private readonly containers: Containers,
    private readonly backoff: Backoff,
    private readonly stopPod: (p: PodRec) => void,
  ) {}

  /** One pod sync (SyncPod). */
  sync(p: PodRec): void {
    if (p.gone) return;
    const { engine } = this.ctx;
    const now = engine.now;
    if (now < p.busyUntil) {
      p.pendingSync = true;
      return;
    }
    const view = this.containers.refresh(p);
    if (view.phase === 'Succeeded' || view.phase === 'Failed') {
      this.stopPod(p);
      return;
    }
    view.containers.forEach((s, i) => {
      if (s.triggerReadiness) p.containers[i].runners.find((r) => r.type === 'readiness')?.trigger(now);
    });
    const spec = p.pod.obj.spec;
    const actions = containerActions(spec.restartPolicy, spec.containers, p.containers.map(runtimeView), p.pod.deletingAt !== undefined);
    const exitedBefore = p.containers.map(newestExited);
    let wait = 0;
    for (const k of actions.toKill) wait = Math.max(wait, this.containers.kill(p, p.containers[k.index], k));
    if (wait === 0) {
      this.startAll(p, actions.toStart, exitedBefore);
      return;
    }
    p.busyUntil = now + wait;
    engine.at(
      now + wait,
      () => {
        p.busyUntil = -Infinity;
        this.startAll(p, actions.toStart, exitedBefore);
        if (p.pendingSync) {
          p.pendingSync = false;
          this.sync(p);
        }
      },
      KUBELET_PRIORITY.sync,
    );
  }

  /** A PLEG event for this pod: it syncs at the first relist after `changedAt`. */
  plegSync(p: PodRec, changedAt: number): void {
    const at = gridAtOrAfter(changedAt + 1, p.kubeletStart, RELIST_PERIOD_MS);
    if (p.syncHandle >= 0 && p.syncAt <= at) return;
    if (p.syncHandle >= 0) this.ctx.engine.cancel(p.syncHandle);
    p.syncAt = at;
    p.syncHandle = this.ctx.engine.at(
      at,
      () => {
        p.syncHandle = -1;
        p.syncAt = Infinity;
        this.sync(p);
      },
      KUBELET_PRIORITY.sync,
    );
  }

  private startAll(p: PodRec, toStart: number[], exitedBefore: Array<Instance | undefined>): void {
    if (p.gone) return;
    const { engine, cluster } = this.ctx;
    const now = engine.now;
    let backedOff = false;
    for (const i of toStart) {
      const c = p.containers[i];
      if (runningInstance(c)) continue;
      const last = exitedBefore[i];
      if (last?.finishedAt !== undefined) {
        // kuberuntime_manager.go doBackOff.
        const d = restartDecision(this.backoff, c.backoffKey, last.finishedAt, now, c.spec.name, formatPod(p));
        if (!d.restart) {
          backedOff = true;
          c.counters.backOffs += 1;
          // The reason cache: the container shows Waiting / CrashLoopBackOff until it starts again.
          c.waiting = { reason: d.reason, message: d.message };
          cluster.event('Pod', p.pod.obj.name, 'BackOff', `Back-off restarting failed container ${c.spec.name} in pod ${formatPod(p)}`);
          this.containers.setStatus(p, c, { state: 'waiting', reason: d.reason, exitCode: undefined, started: false, ready: false });
          continue;
        }
      }
      c.waiting = undefined;
      this.containers.start(p, c);
    }
    // pod_workers.go completeWork: a sync that failed is retried after backOffPeriod with jitter.
    if (p.retryHandle >= 0) engine.cancel(p.retryHandle);
    p.retryHandle = -1;
    if (backedOff) {
      const at = gridAtOrAfter(now + podWorkerRetryDelay(p.rand), p.kubeletStart, SYNC_TICK_MS);
      p.retryHandle = engine.at(
        at,
        () => {
          p.retryHandle = -1;
          this.sync(p);
        },
        KUBELET_PRIORITY.sync,
      );
    }
    this.containers.refresh(p);
  }
}
