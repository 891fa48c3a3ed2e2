// Restart back-off (CrashLoopBackOff). Clock-injected port of client-go's flowcontrol.Backoff
// (k8s v1.28 staging/src/k8s.io/client-go/util/flowcontrol/backoff.go, no jitter — the kubelet's is 0)
// and of the kubelet's use of it (pkg/kubelet/kuberuntime/kuberuntime_manager.go doBackOff,
// pkg/kubelet/kubelet.go: initial 10 s, MaxContainerBackOff 300 s).
//
// Derived schedule (not a Kubernetes test vector): after the 1st crash the container restarts at
// once; after later crashes it waits at least 10, 20, 40, 80, 160, 300, 300, … s from the crash
// (each wait doubles, capped at 300 s). The doubling starts over ("immediate, then 10 s") when a
// crash comes more than 2 × 300 s = 10 min after the previous back-off update, i.e. after a run of
// about 10 minutes. The restart itself happens at the first pod sync after the wait has passed.
import { goDuration } from '../../model/duration.js';

/** pkg/kubelet/kubelet.go: backOffPeriod (initial) and MaxContainerBackOff. */
export const CONTAINER_BACKOFF_INITIAL_MS = 10_000;
export const CONTAINER_BACKOFF_MAX_MS = 300_000;

interface Entry {
  backoffMs: number;
  lastUpdate: number;
}

export class Backoff {
  private readonly entries = new Map<string, Entry>();

  constructor(
    readonly initialMs: number = CONTAINER_BACKOFF_INITIAL_MS,
    readonly maxMs: number = CONTAINER_BACKOFF_MAX_MS,
  ) {}

  /** backoff.go hasExpired: the entry is stale when eventTime − lastUpdate > 2 × max. */
  private expired(eventTime: number, e: Entry): boolean {
    return eventTime - e.lastUpdate > 2 * this.maxMs;
  }

  /** Current back-off of `id`, ms (0 when there is no entry). */
  get(id: string): number {
    return this.entries.get(id)?.backoffMs ?? 0;
  }

  /** backoff.go Next: start at `initial` (no entry or expired), else double up to `max`; lastUpdate = now. */
  next(id: string, eventTime: number, now: number): void {
    const e = this.entries.get(id);
    if (!e || this.expired(eventTime, e)) {
      this.entries.set(id, { backoffMs: this.initialMs, lastUpdate: now });
      return;
    }
    e.backoffMs = Math.min(e.backoffMs * 2, this.maxMs);
    e.lastUpdate = now;
  }

  /** backoff.go IsInBackOffSince: an unexpired entry and now − eventTime < back-off. */
  isInBackOffSince(id: string, eventTime: number, now: number): boolean {
    const e = this.entries.get(id);
    if (!e || this.expired(eventTime, e)) return false;
    return now - eventTime < e.backoffMs;
  }

  /** backoff.go IsInBackOffSinceUpdate: an unexpired entry and eventTime − lastUpdate < back-off. */
  isInBackOffSinceUpdate(id: string, eventTime: number): boolean {
    const e = this.entries.get(id);
    if (!e || this.expired(eventTime, e)) return false;
    return eventTime - e.lastUpdate < e.backoffMs;
  }

  /** backoff.go Reset / DeleteEntry. */
  reset(id: string): void {
    this.entries.delete(id);
  }

  /** backoff.go GC: drop entries not updated for more than 2 × max. */
  gc(now: number): void {
    for (const [id, e] of this.entries) if (now - e.lastUpdate > 2 * this.maxMs) this.entries.delete(id);
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }
}

/** kuberuntime_manager.go getStableKey: pod name, namespace, UID, container name and spec hash. */
export function containerBackoffKey(
  pod: { name: string; namespace: string; uid: string },
  containerName: string,
  specHash: string,
): string {
  return `${pod.name}_${pod.namespace}_${pod.uid}_${containerName}_${specHash}`;
}

export type RestartDecision = { restart: true } | { restart: false; reason: 'CrashLoopBackOff'; retryAt: number; message: string };

/**
 * kuberuntime_manager.go doBackOff, at a pod sync at `now` that wants to start a container whose
 * last instance finished at `finishedAt`: in back-off → report CrashLoopBackOff (retry once
 * `retryAt` has passed); otherwise advance the back-off (Next) and restart now.
 */
export function restartDecision(
  backoff: Backoff,
  key: string,
  finishedAt: number,
  now: number,
  containerName = 'container',
  podName = 'pod',
): RestartDecision {
  if (backoff.isInBackOffSince(key, finishedAt, now)) {
    const waitMs = backoff.get(key);
    return {
      restart: false,
      reason: 'CrashLoopBackOff',
      retryAt: finishedAt + waitMs,
      message: `back-off ${goDuration(waitMs)} restarting failed container=${containerName} pod=${podName}`,
    };
  }
  backoff.next(key, finishedAt, now);
  return { restart: true };
}

/**
 * The derived minimum wait (ms) before restart number 1, 2, … of a container that crashes right
 * after every restart: [0, 10 s, 20 s, 40 s, …, 300 s, 300 s, …].
 */
export function restartDelays(count: number, initialMs = CONTAINER_BACKOFF_INITIAL_MS, maxMs = CONTAINER_BACKOFF_MAX_MS): number[] {
  const delays: number[] = [];
  for (let i = 0; i < count; i++) delays.push(i === 0 ? 0 : Math.min(initialMs * 2 ** (i - 1), maxMs));
  return delays;
}

/**
 * pkg/kubelet/pod_workers.go: a sync that failed (e.g. with CrashLoopBackOff) is retried after
 * backOffPeriod (10 s) × U[1, 1.5) (wait.Jitter with factor 0.5). `rand()` in [0, 1).
 */
export function podWorkerRetryDelay(rand: () => number, periodMs = CONTAINER_BACKOFF_INITIAL_MS): number {
  return Math.floor(periodMs * (1 + 0.5 * rand()));
}
