// The jobs feature: Job objects (batch/v1) with the Job controller, the `job` series (status
// active/ready/succeeded/failed and the finished conditions) and a summary of every Job's outcome.
import { timeSeconds } from '../../model/duration.js';
import { jobManifest, type JobManifest } from '../../scenario/schema/job.js';
import type { SimContext } from '../../sim/context.js';
import type { Feature } from '../../sim/feature.js';
import { isActive } from '../workload-pods/create.js';
import { allObjects, displayName, hasKind, keyByName, notFound } from '../workload-pods/feature-helpers.js';
import { buildJob } from './build.js';
import { JobController } from './controller.js';
import { jobProblems } from './validate.js';

export const JOB_COLUMNS = ['active', 'ready', 'succeeded', 'failed', 'complete', 'failedCondition'] as const;

const controllers = new WeakMap<SimContext, JobController>();

/** The Job controller of a run (the cronjobs feature creates its Jobs through it). */
export function jobsOf(ctx: SimContext): JobController {
  const c = controllers.get(ctx);
  if (!c) throw new Error('the jobs feature is not installed');
  return c;
}

export const jobsFeature: Feature = {
  name: 'jobs',
  provides: ['jobs'],
  requires: ['terminator'],
  kinds: { Job: jobManifest },
  validate: (scenario) => jobProblems(allObjects(scenario)),
  series: (s) => (hasKind(s, 'Job') || hasKind(s, 'CronJob') ? [{ kind: 'job', columns: JOB_COLUMNS }] : []),
  install(ctx) {
    const c = new JobController(ctx);
    controllers.set(ctx, c);
    ctx.creators.set('Job', (o) => {
      const m = o.manifest as unknown as JobManifest;
      c.add(buildJob(m.metadata.name, m.metadata.namespace, m.spec, ctx.images, ctx.engine.now));
    });
    ctx.deleters.set('Job', (name) => {
      const k = keyByName(c.objects, name);
      if (k) c.remove(k);
      else notFound(ctx, 'Job', name);
    });
    if (!hasKind(ctx.scenario, 'Job') && !hasKind(ctx.scenario, 'CronJob')) return;
    ctx.recorder.addSeries('job', JOB_COLUMNS, function* () {
      for (const [key, job] of c.objects) {
        const live = c.podsOf(key).filter(isActive);
        yield [
          displayName(key),
          {
            active: live.length,
            ready: live.filter((p) => p.ready).length,
            succeeded: job.succeeded,
            failed: job.failed,
            complete: job.finished?.type === 'Complete' ? 1 : 0,
            failedCondition: job.finished?.type === 'Failed' ? 1 : 0,
          },
        ];
      }
    });
    ctx.recorder.addObjectList('jobs', () =>
      c.history.map((job) => ({
        name: job.name,
        namespace: job.namespace,
        owner: job.owner ?? '',
        completions: job.spec.completions ?? null,
        parallelism: job.spec.parallelism,
        succeeded: job.succeeded,
        failed: job.failed,
        status: job.finished ? (job.finished.type === 'Complete' ? 'Complete' : job.finished.reason) : 'Running',
        start_s: job.startTime !== undefined ? timeSeconds(job.startTime) : null,
        finished_s: job.finishedAt !== undefined ? timeSeconds(job.finishedAt) : null,
        duration_s: job.finishedAt !== undefined && job.startTime !== undefined ? timeSeconds(job.finishedAt - job.startTime) : null,
      })),
    );
  },
};
