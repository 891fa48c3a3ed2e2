// When a probe worker probes. k8s v1.28 pkg/kubelet/prober/worker.go run: if the kubelet started
// less than one period ago the worker first sleeps a uniformly random part of the period; then it
// probes at once and after that on every tick of a Go time.Ticker with the probe's period.
// A Go ticker keeps at most one pending tick: a tick that fires while a probe is still running
// starts the next probe as soon as it returns, and further ticks in that time are dropped.

/** The random first-probe delay: a uniform fraction of the period, whole ms (rand() in [0, 1)). */
export function initialOffset(periodMs: number, rand: () => number): number {
  return Math.floor(rand() * periodMs);
}

/**
 * Delay from the worker's creation to its first probe: `initialOffset` when the kubelet started
 * less than one period before the worker was created, else 0 (probe immediately).
 */
export function firstProbeDelay(periodMs: number, workerCreatedAt: number, kubeletStartedAt: number, rand: () => number): number {
  return periodMs > workerCreatedAt - kubeletStartedAt ? initialOffset(periodMs, rand) : 0;
}

/**
 * Start of the probe after one that ran from `probeStart` to `probeEnd`, for a ticker created at
 * `origin` (= the first probe's time) ticking every `periodMs`. Usually `probeStart + periodMs`.
 */
export function nextProbeStart(origin: number, periodMs: number, probeStart: number, probeEnd: number): number {
  // The first tick strictly after the probe started (ticks at origin + k·period, k ≥ 1).
  const k = Math.max(1, Math.floor((probeStart - origin) / periodMs) + 1);
  const tick = origin + k * periodMs;
  // A tick during the probe waits in the channel: the next probe starts when this one returns.
  return Math.max(tick, probeEnd);
}
