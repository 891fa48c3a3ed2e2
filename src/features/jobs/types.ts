// What the Job feature keeps per Job.
import type { BackoffRecord, JobFailureReason, JobSpec } from '../../k8s/controllers/job/index.js';
import type { PodTemplate } from '../../model/types.js';

export interface JobState {
  name: string;
  namespace: string;
  spec: JobSpec;
  template: PodTemplate;
  ttlSecondsAfterFinished?: number;
  /** `CronJob/<name>` when a CronJob created the Job. */
  owner?: string;
  createdAt: number;
  startTime?: number;
  succeeded: number;
  failed: number;
  succeededIndexes: Set<number>;
  backoff: BackoffRecord;
  /** Pod uids already counted as succeeded or failed (k8s: uncountedTerminatedPods / finalizers). */
  counted: Set<string>;
  finished?: { type: 'Complete' } | { type: 'Failed'; reason: JobFailureReason; message: string };
  finishedAt?: number;
}
