// The kubelet's pod status cache as the PLEG writes it (k8s v1.28 pkg/kubelet/container/cache.go:
// Set, Get, Delete, UpdateTime). Only the parts the PLEG uses: no subscribers.
import type { PodStatus } from '../runtime/types.js';

export interface CacheEntry {
  status: PodStatus;
  error?: string;
  /** When the status was read from the runtime. */
  modifiedAt: number;
}

export function emptyPodStatus(podUid: string): PodStatus {
  return { id: podUid, ips: [], containerStatuses: [], sandboxStatuses: [] };
}

export class PodCache {
  private readonly entries = new Map<string, CacheEntry>();
  private globalTimestamp: number | undefined;

  /** cache.go Get: an unknown pod yields an empty status with no error. */
  get(podUid: string): { status: PodStatus; error?: string } {
    const e = this.entries.get(podUid);
    return e ? { status: e.status, error: e.error } : { status: emptyPodStatus(podUid) };
  }

  entry(podUid: string): Readonly<CacheEntry> | undefined {
    return this.entries.get(podUid);
  }

  has(podUid: string): boolean {
    return this.entries.has(podUid);
  }

  set(podUid: string, status: PodStatus, error: string | undefined, modifiedAt: number): void {
    this.entries.set(podUid, { status, error, modifiedAt });
  }

  delete(podUid: string): void {
    this.entries.delete(podUid);
  }

  /** cache.go UpdateTime: every entry is known to be current as of `time`. */
  updateTime(time: number): void {
    this.globalTimestamp = time;
  }

  get timestamp(): number | undefined {
    return this.globalTimestamp;
  }

  get size(): number {
    return this.entries.size;
  }
}
