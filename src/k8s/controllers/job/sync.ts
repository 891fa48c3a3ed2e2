// One sync of a Job. k8s v1.28 pkg/controller/job/job_controller.go syncJob (failure conditions:
// backoff limit, OnFailure restarts, active deadline; completion) and manageJob (how many pods to
// start or stop, which completion indexes to start), with the v1.28 condition reasons and messages.
import { remainingBackoffMs, type BackoffRecord } from './backoff.js';

export interface JobSpec {
  /** undefined: the Job completes when any pod succeeds (work-queue Job). */
  completions?: number;
  parallelism: number;
  backoffLimit: number;
  activeDeadlineSeconds?: number;
  completionMode: 'NonIndexed' | 'Indexed';
  restartPolicy: 'Never' | 'OnFailure';
  suspend: boolean;
}

export interface ActivePod {
  name: string;
  /** Completion index (Indexed Jobs). */
  index?: number;
  ready: boolean;
  /** Sum of the container restart counts (OnFailure back-off limit). */
  restarts: number;
  createdAt: number;
}

export interface JobState {
  startTime?: number;
  /** Pods counted as succeeded / failed so far. */
  succeeded: number;
  failed: number;
  /** Indexed Jobs: the completion indexes that succeeded. */
  succeededIndexes: ReadonlySet<number>;
  backoff: BackoffRecord;
}

export type JobFailureReason = 'BackoffLimitExceeded' | 'DeadlineExceeded';

export const JOB_MESSAGES = {
  BackoffLimitExceeded: 'Job has reached the specified backoff limit',
  DeadlineExceeded: 'Job was active longer than specified deadline',
} as const;

export interface JobStep {
  finished?: { type: 'Complete' } | { type: 'Failed'; reason: JobFailureReason; message: string };
  /** Number of pods to create (NonIndexed) or the indexes to create (Indexed). */
  create: number;
  indexes: number[];
  delete: string[];
  /** Sync again after this many ms (back-off or active deadline). */
  requeueAfterMs?: number;
}

// pastBackoffLimitOnFailure: restarts of the active pods count against the limit under OnFailure.
function pastBackoffLimitOnFailure(spec: JobSpec, active: readonly ActivePod[]): boolean {
  if (spec.restartPolicy !== 'OnFailure') return false;
  const restarts = active.reduce((s, p) => s + p.restarts, 0);
  return spec.backoffLimit === 0 ? restarts > 0 : restarts >= spec.backoffLimit;
}

// k8s controller.ActivePods ordering for deletion: not-ready before ready, then newest first.
function deletionOrder(a: ActivePod, b: ActivePod): number {
  if (a.ready !== b.ready) return a.ready ? 1 : -1;
  return b.createdAt - a.createdAt || (a.name < b.name ? -1 : 1);
}

/** syncJob + manageJob at virtual time `now` (`state.startTime` already set by the caller). */
export function syncJob(spec: JobSpec, state: JobState, active: readonly ActivePod[], now: number): JobStep {
  const step: JobStep = { create: 0, indexes: [], delete: [] };
  const deadlineMs = spec.activeDeadlineSeconds !== undefined ? spec.activeDeadlineSeconds * 1000 : undefined;
  let failure: JobFailureReason | undefined;
  if (state.failed > spec.backoffLimit || pastBackoffLimitOnFailure(spec, active)) failure = 'BackoffLimitExceeded';
  else if (deadlineMs !== undefined && state.startTime !== undefined && !spec.suspend && now - state.startTime >= deadlineMs)
    failure = 'DeadlineExceeded';
  if (failure) {
    step.delete = active.map((p) => p.name);
    step.finished = { type: 'Failed', reason: failure, message: JOB_MESSAGES[failure] };
    return step;
  }
  const succeeded = spec.completionMode === 'Indexed' ? state.succeededIndexes.size : state.succeeded;
  manage(spec, state, active, succeeded, now, step);
  const remainingActive = active.length - step.delete.length + step.create + step.indexes.length;
  const complete =
    spec.completions === undefined ? succeeded > 0 && remainingActive === 0 : succeeded >= spec.completions && remainingActive === 0;
  if (complete) step.finished = { type: 'Complete' };
  else if (deadlineMs !== undefined && state.startTime !== undefined && !spec.suspend) {
    const left = state.startTime + deadlineMs - now;
    step.requeueAfterMs = step.requeueAfterMs === undefined ? left : Math.min(step.requeueAfterMs, left);
  }
  return step;
}

function manage(spec: JobSpec, state: JobState, active: readonly ActivePod[], succeeded: number, now: number, step: JobStep): void {
  if (spec.suspend) {
    step.delete = active.map((p) => p.name);
    return;
  }
  let wantActive: number;
  if (spec.completions === undefined) wantActive = succeeded > 0 ? active.length : spec.parallelism;
  else wantActive = Math.max(0, Math.min(spec.completions - succeeded, spec.parallelism));
  if (spec.completionMode === 'Indexed') {
    // Pods of an index that already succeeded, or outside [0, completions), or duplicates go first.
    const seen = new Set<number>();
    const keep: ActivePod[] = [];
    for (const p of [...active].sort((a, b) => a.createdAt - b.createdAt)) {
      const i = p.index ?? -1;
      if (i < 0 || i >= (spec.completions ?? 0) || state.succeededIndexes.has(i) || seen.has(i)) step.delete.push(p.name);
      else {
        seen.add(i);
        keep.push(p);
      }
    }
    if (keep.length > wantActive)
      step.delete.push(
        ...[...keep]
          .sort(deletionOrder)
          .slice(0, keep.length - wantActive)
          .map((p) => p.name),
      );
    const diff = wantActive - keep.length;
    if (diff <= 0) return;
    const wait = remainingBackoffMs(state.backoff, now);
    if (wait > 0) {
      step.requeueAfterMs = wait;
      return;
    }
    for (let i = 0; i < (spec.completions ?? 0) && step.indexes.length < diff; i++) {
      if (!seen.has(i) && !state.succeededIndexes.has(i)) step.indexes.push(i);
    }
    return;
  }
  if (active.length > wantActive) {
    step.delete = [...active]
      .sort(deletionOrder)
      .slice(0, active.length - wantActive)
      .map((p) => p.name);
    return;
  }
  const diff = wantActive - active.length;
  if (diff <= 0) return;
  const wait = remainingBackoffMs(state.backoff, now);
  if (wait > 0) {
    step.requeueAfterMs = wait;
    return;
  }
  step.create = diff;
}
