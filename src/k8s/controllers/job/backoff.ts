// The Job controller's back-off before re-creating pods after failures. k8s v1.28
// pkg/controller/job/backoff_utils.go (backoffRecord, newBackoffRecord, getRemainingTime) with
// job_controller.go DefaultJobPodFailureBackOff = 10 s and MaxJobPodFailureBackOff = 10 min (the
// v1.28 code's cap; older releases and the docs say 6 min).

export const DEFAULT_POD_FAILURE_BACKOFF_MS = 10_000;
export const MAX_POD_FAILURE_BACKOFF_MS = 600_000;

export interface BackoffRecord {
  failuresAfterLastSuccess: number;
  /** Virtual ms of the last failure counted. */
  lastFailureTime?: number;
}

/** A pod that finished since the last sync: its phase and when it finished. */
export interface FinishedPod {
  succeeded: boolean;
  finishedAt: number;
}

/**
 * newBackoffRecord: new failures add to the count; a new success resets it to the failures that
 * finished after the latest success.
 */
export function nextBackoffRecord(old: BackoffRecord, finished: readonly FinishedPod[]): BackoffRecord {
  const failed = finished.filter((p) => !p.succeeded);
  const succeeded = finished.filter((p) => p.succeeded);
  if (succeeded.length === 0) {
    if (failed.length === 0) return old;
    return {
      failuresAfterLastSuccess: old.failuresAfterLastSuccess + failed.length,
      lastFailureTime: Math.max(old.lastFailureTime ?? -Infinity, ...failed.map((p) => p.finishedAt)),
    };
  }
  const lastSuccess = Math.max(...succeeded.map((p) => p.finishedAt));
  const after = failed.filter((p) => p.finishedAt > lastSuccess);
  if (after.length === 0) return { failuresAfterLastSuccess: 0 };
  return { failuresAfterLastSuccess: after.length, lastFailureTime: Math.max(...after.map((p) => p.finishedAt)) };
}

/** getRemainingTime: base × 2^(failures−1), capped, minus the time since the last failure (≥ 0). */
export function remainingBackoffMs(
  r: BackoffRecord,
  now: number,
  baseMs = DEFAULT_POD_FAILURE_BACKOFF_MS,
  maxMs = MAX_POD_FAILURE_BACKOFF_MS,
): number {
  if (r.failuresAfterLastSuccess === 0 || r.lastFailureTime === undefined) return 0;
  let delay = baseMs;
  for (let i = 1; i < r.failuresAfterLastSuccess; i++) {
    delay *= 2;
    if (delay > maxMs) {
      delay = maxMs;
      break;
    }
  }
  const elapsed = now - r.lastFailureTime;
  return delay < elapsed ? 0 : delay - elapsed;
}
