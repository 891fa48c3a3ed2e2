// The cronjobs feature: CronJob objects (batch/v1) run on the virtual clock, with the scenario
// section `cronJobs.startTime` — the UTC instant virtual time 0 stands for (default
// 2024-01-01T00:00:00Z, a Monday) — the `cronjob` series and a summary.
import { z } from 'zod';
import { cronJobManifest, type CronJobManifest } from '../../scenario/schema/cronjob.js';
import type { Feature } from '../../sim/feature.js';
import { jobsOf } from '../jobs/feature.js';
import { allObjects, displayName, hasKind, keyByName, notFound } from '../workload-pods/feature-helpers.js';
import { buildCronJob } from './build.js';
import { CronJobController } from './controller.js';
import { cronJobProblems } from './validate.js';

export const DEFAULT_START_TIME = '2024-01-01T00:00:00Z';

export const cronJobsSection = z
  .strictObject({
    /** Wall-clock instant (ISO 8601, UTC) of virtual time 0, for schedules. */
    startTime: z
      .string()
      .default(DEFAULT_START_TIME)
      .refine(
        (s) => /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?Z$/.test(s) && !Number.isNaN(Date.parse(s)),
        'must be an ISO 8601 UTC instant such as 2024-01-01T00:00:00Z',
      ),
  })
  .default({ startTime: DEFAULT_START_TIME });

export const CRONJOB_COLUMNS = ['active', 'jobsCreated', 'lastScheduleTime_s', 'suspended'] as const;

export const cronJobsFeature: Feature = {
  name: 'cronjobs',
  requires: ['jobs'],
  kinds: { CronJob: cronJobManifest },
  sections: {
    /** When virtual time 0 is on the wall clock, for CronJob schedules (UTC). */
    cronJobs: cronJobsSection,
  },
  validate: (scenario) => cronJobProblems(allObjects(scenario)),
  series: (s) => (hasKind(s, 'CronJob') ? [{ kind: 'cronjob', columns: CRONJOB_COLUMNS }] : []),
  install(ctx) {
    const spec = ctx.scenario.manifest.spec as { cronJobs?: { startTime: string } };
    const start = Date.parse(spec.cronJobs?.startTime ?? DEFAULT_START_TIME);
    const c = new CronJobController(ctx, jobsOf(ctx), start);
    ctx.creators.set('CronJob', (o) => c.add(buildCronJob(o.manifest as unknown as CronJobManifest, ctx.images, ctx.engine.now)));
    ctx.deleters.set('CronJob', (name) => {
      const k = keyByName(c.cronJobs, name);
      if (k) c.remove(k);
      else notFound(ctx, 'CronJob', name);
    });
    if (!hasKind(ctx.scenario, 'CronJob')) return;
    ctx.recorder.addSeries('cronjob', CRONJOB_COLUMNS, function* () {
      for (const [key, cj] of c.cronJobs) {
        yield [
          displayName(key),
          {
            active: cj.active.length,
            jobsCreated: cj.jobsCreated,
            suspended: cj.suspend ? 1 : 0,
            lastScheduleTime_s: cj.lastScheduleTime !== undefined ? (cj.lastScheduleTime - start) / 1000 : null,
          },
        ];
      }
    });
    ctx.recorder.addSummary('cronJobs', () =>
      [...c.cronJobs].map(([key, cj]) => ({
        name: displayName(key),
        concurrencyPolicy: cj.concurrencyPolicy,
        jobsCreated: cj.jobsCreated,
        active: cj.active,
        lastScheduleTime: cj.lastScheduleTime !== undefined ? new Date(cj.lastScheduleTime).toISOString() : null,
      })),
    );
  },
};
