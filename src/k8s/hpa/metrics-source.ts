// A metrics-server-like store, pure and clock-injected. The simulation calls `scrape` every
// `resolution` (metrics-server --metric-resolution, default 15 s) with each pod's usage; `query`
// serves the latest scrape, as the resource metrics API (metrics.k8s.io PodMetrics) does.
//
// Modelling choices (documented for the simulation):
// * CPU is given as the pod's AVERAGE usage over the window since the previous scrape (the simulation
//   averages its own usage curve); metrics-server derives the same number from two cumulative
//   counters. Memory is the working set at scrape time.
// * window = time since the previous scrape (the resolution for the very first scrape);
//   timestamp = the scrape time.
// * Only the latest scrape is kept: a pod created after it has no metric until the next scrape,
//   and a pod gone from it has no metric any more.
// * Custom per-pod metrics (Pods metrics, e.g. network Mbps) are given in base units.
// All values are stored as milli-units, rounded up as Quantity.MilliValue() does.

export interface ScrapeInput {
  name: string;
  /** Average CPU usage over the window, millicores (may be fractional). */
  cpuMilli: number;
  /** Memory working set, bytes. */
  memoryBytes: number;
  /** Custom per-pod metrics in base units (e.g. `{ network_in_mbps: 12.5 }`). */
  custom?: Readonly<Record<string, number>>;
  /** Optional per-container breakdown, needed only by ContainerResource metrics. */
  containers?: ReadonlyArray<{ name: string; cpuMilli: number; memoryBytes: number }>;
}

/** One pod's sample as served by the metrics APIs; values in milli-units. */
export interface PodSample {
  pod: string;
  timestamp: number;
  window: number;
  cpu: number;
  memory: number;
  containers?: ReadonlyArray<{ name: string; cpu: number; memory: number }>;
  custom: Readonly<Record<string, number>>;
}

export const DEFAULT_METRIC_RESOLUTION = 15_000;

/** Base units → milli-units, first rounding to nano-units (metrics-server reports nanocores), then up. */
export function toMilliUnits(value: number): number {
  return Math.ceil(Math.round(value * 1e6) / 1e3);
}

export class MetricsSource {
  private last: { at: number; samples: PodSample[] } | undefined;

  constructor(readonly resolution: number = DEFAULT_METRIC_RESOLUTION) {
    if (!(resolution > 0)) throw new Error(`metric resolution must be positive (got ${resolution})`);
  }

  /** Time of the latest scrape, if any. */
  get lastScrape(): number | undefined {
    return this.last?.at;
  }

  /** Records one scrape at `now`; replaces the previous one. */
  scrape(now: number, pods: readonly ScrapeInput[]): void {
    const window = this.last === undefined ? this.resolution : now - this.last.at;
    const samples = pods.map(
      (p): PodSample => ({
        pod: p.name,
        timestamp: now,
        window,
        cpu: toMilliUnits(p.cpuMilli / 1000),
        memory: Math.round(p.memoryBytes) * 1000,
        containers: p.containers?.map((c) => ({
          name: c.name,
          cpu: toMilliUnits(c.cpuMilli / 1000),
          memory: Math.round(c.memoryBytes) * 1000,
        })),
        custom: Object.fromEntries(Object.entries(p.custom ?? {}).map(([k, v]) => [k, toMilliUnits(v)])),
      }),
    );
    this.last = { at: now, samples };
  }

  /** The latest scrape's samples (none if that scrape lies after `now`). */
  query(now: number): readonly PodSample[] {
    if (this.last === undefined || this.last.at > now) return [];
    return this.last.samples;
  }
}
