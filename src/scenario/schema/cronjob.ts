// batch/v1 CronJob, validated as the API server does for the fields kubetwin simulates (k8s v1.28
// pkg/apis/batch/validation ValidateCronJobSpec: a parseable standard schedule without TZ=, name at
// most 52 characters; defaults Allow, suspend false, history limits 3 and 1). kubetwin evaluates
// schedules in UTC only: any other timeZone is a warning from the feature, not an error.
import { z } from 'zod';
import { ignored, metadata, nonNegInt } from '../../model/fields.js';
import { CronError, parseCron } from '../../k8s/controllers/cronjob/cron.js';
import { jobSpec, jobTemplateMetadata } from './job.js';

export const cronJobManifest = z.strictObject({
  apiVersion: z.literal('batch/v1'),
  kind: z.literal('CronJob'),
  metadata: metadata.extend({ name: metadata.shape.name.refine((n) => n.length <= 52, 'must be no more than 52 characters') }),
  spec: z.strictObject({
    schedule: z.string().superRefine((s, ctx) => {
      try {
        parseCron(s);
      } catch (e) {
        if (!(e instanceof CronError)) throw e;
        ctx.addIssue({ code: 'custom', message: e.message });
      }
    }),
    timeZone: z.string().min(1).optional(),
    startingDeadlineSeconds: nonNegInt.optional(),
    concurrencyPolicy: z.enum(['Allow', 'Forbid', 'Replace']).default('Allow'),
    suspend: z.boolean().default(false),
    successfulJobsHistoryLimit: nonNegInt.default(3),
    failedJobsHistoryLimit: nonNegInt.default(1),
    jobTemplate: z.strictObject({ metadata: jobTemplateMetadata, spec: jobSpec }),
  }),
  ...ignored(['status']),
});

export type CronJobManifest = z.output<typeof cronJobManifest>;
