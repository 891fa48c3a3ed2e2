export {
  nextBackoffRecord,
  remainingBackoffMs,
  DEFAULT_POD_FAILURE_BACKOFF_MS,
  MAX_POD_FAILURE_BACKOFF_MS,
  type BackoffRecord,
  type FinishedPod,
} from './backoff.js';
export { syncJob, JOB_MESSAGES, type JobSpec, type JobState, type JobStep, type ActivePod, type JobFailureReason } from './sync.js';
