// Per-pod old/current listings (k8s v1.28 generic.go podRecords: setCurrent, update/updateInternal).
// Iteration follows first-seen order so that event order is deterministic (upstream: map order).
import type { ListedPod } from '../runtime/types.js';

export interface PodRecord {
  /** The listing of the last relist in which this pod's events were processed. */
  old?: ListedPod;
  /** This relist's listing (undefined: the pod is absent from it). */
  current?: ListedPod;
}

export class PodRecords {
  private readonly records = new Map<string, PodRecord>();

  /** Clears every `current`, then fills them from the new listing (new pods get a record). */
  setCurrent(pods: readonly ListedPod[]): void {
    for (const r of this.records.values()) r.current = undefined;
    for (const pod of pods) {
      const r = this.records.get(pod.uid);
      if (r) r.current = pod;
      else this.records.set(pod.uid, { current: pod });
    }
  }

  /** Advances a pod's record: old = current, or the record is dropped when the pod is gone. */
  update(podUid: string): void {
    const r = this.records.get(podUid);
    if (!r) return;
    if (!r.current) {
      this.records.delete(podUid);
      return;
    }
    r.old = r.current;
    r.current = undefined;
  }

  get(podUid: string): Readonly<PodRecord> | undefined {
    return this.records.get(podUid);
  }

  uids(): string[] {
    return [...this.records.keys()];
  }

  get size(): number {
    return this.records.size;
  }
}
