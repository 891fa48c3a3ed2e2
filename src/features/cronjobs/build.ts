// A validated CronJob manifest → the feature's state.
import { parseCron } from '../../k8s/controllers/cronjob/index.js';
import type { ImageDefaults } from '../../model/command.js';
import type { CronJobManifest } from '../../scenario/schema/cronjob.js';
import { buildJob } from '../jobs/build.js';
import type { CronJobState } from './controller.js';

export function buildCronJob(m: CronJobManifest, images: Readonly<Record<string, ImageDefaults>>, createdAt: number): CronJobState {
  const s = m.spec;
  return {
    name: m.metadata.name,
    namespace: m.metadata.namespace,
    schedule: parseCron(s.schedule),
    suspend: s.suspend,
    concurrencyPolicy: s.concurrencyPolicy,
    startingDeadlineSeconds: s.startingDeadlineSeconds,
    successfulJobsHistoryLimit: s.successfulJobsHistoryLimit,
    failedJobsHistoryLimit: s.failedJobsHistoryLimit,
    newJob: (name, at) => buildJob(name, m.metadata.namespace, s.jobTemplate.spec, images, at, `CronJob/${m.metadata.name}`),
    createdAt,
    active: [],
    finished: [],
    jobsCreated: 0,
  };
}
