// The kubelet's probe results cache, one per probe type, keyed by container ID.
// k8s v1.28 pkg/kubelet/prober/results/results_manager.go: Set stores the result and publishes an
// update only when the container had no result or a different one; Remove forgets a container.
import type { ProbeResult, ProbeType } from './types.js';

export interface ResultUpdate {
  probeType?: ProbeType;
  containerId: string;
  result: ProbeResult;
  /** Virtual time (ms) at which the update is published. */
  at: number;
}

export class ResultsCache {
  private readonly cache = new Map<string, ProbeResult>();

  /**
   * @param probeType which manager this is (liveness / readiness / startup), copied into updates.
   * @param onUpdate  the `updates` channel: called once per published update, in order.
   */
  constructor(
    readonly probeType?: ProbeType,
    private readonly onUpdate?: (u: ResultUpdate) => void,
  ) {}

  get(containerId: string): ProbeResult | undefined {
    return this.cache.get(containerId);
  }

  /** Stores a result; returns the published update, or undefined when the stored value did not change. */
  set(containerId: string, result: ProbeResult, at: number): ResultUpdate | undefined {
    if (this.cache.get(containerId) === result) return undefined;
    this.cache.set(containerId, result);
    const update: ResultUpdate = { containerId, result, at };
    if (this.probeType) update.probeType = this.probeType;
    this.onUpdate?.(update);
    return update;
  }

  remove(containerId: string): void {
    this.cache.delete(containerId);
  }

  get size(): number {
    return this.cache.size;
  }
}
