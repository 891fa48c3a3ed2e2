// The CronJob controller in the simulation: schedules in virtual time from the scenario's start
// instant (UTC), creates Jobs `<cronjob>-<minutes>` from the jobTemplate, notices finished Jobs
// (SawCompletedJob), applies concurrencyPolicy and the history limits. k8s v1.28
// pkg/controller/cronjob/cronjob_controllerv2.go syncCronJob / cleanupFinishedJobs with the pure port.
import { jobsBeyondHistoryLimit, syncCronJob, type ConcurrencyPolicy, type CronSchedule } from '../../k8s/controllers/cronjob/index.js';
import type { SimContext } from '../../sim/context.js';
import { PRIORITY } from '../../sim/priorities.js';
import type { JobController } from '../jobs/controller.js';
import type { JobState } from '../jobs/types.js';

export interface CronJobState {
  name: string;
  namespace: string;
  schedule: CronSchedule;
  suspend: boolean;
  concurrencyPolicy: ConcurrencyPolicy;
  startingDeadlineSeconds?: number;
  successfulJobsHistoryLimit: number;
  failedJobsHistoryLimit: number;
  /** Builds the Job of one run from the jobTemplate (name, virtual creation time). */
  newJob: (name: string, createdAt: number) => JobState;
  /** Virtual ms of creation. */
  createdAt: number;
  lastScheduleTime?: number;
  /** status.active: Job names. */
  active: string[];
  /** Finished Jobs still present, oldest first. */
  finished: Array<{ name: string; failed: boolean }>;
  jobsCreated: number;
}

export class CronJobController {
  readonly cronJobs = new Map<string, CronJobState>();
  private readonly pending = new Set<string>();

  /** @param startEpochMs the wall-clock instant (UTC) of virtual time 0. */
  constructor(
    private readonly ctx: SimContext,
    private readonly jobs: JobController,
    private readonly startEpochMs: number,
  ) {
    jobs.onFinished.push((job) => {
      const owner = job.owner?.startsWith('CronJob/') ? job.owner.slice('CronJob/'.length) : undefined;
      if (owner !== undefined) this.touch(`${job.namespace}/${owner}`);
    });
  }

  add(cj: CronJobState): void {
    const key = `${cj.namespace}/${cj.name}`;
    this.cronJobs.set(key, cj);
    this.touch(key);
  }

  remove(key: string): void {
    const cj = this.cronJobs.get(key);
    if (!cj) return;
    this.cronJobs.delete(key);
    for (const name of [...cj.active, ...cj.finished.map((f) => f.name)]) this.jobs.remove(`${cj.namespace}/${name}`);
  }

  private touch(key: string): void {
    if (this.pending.has(key)) return;
    this.pending.add(key);
    this.ctx.engine.at(
      this.ctx.engine.now,
      () => {
        this.pending.delete(key);
        this.sync(key);
      },
      PRIORITY.controller,
    );
  }

  private job(cj: CronJobState, name: string): JobState | undefined {
    return this.jobs.objects.get(`${cj.namespace}/${name}`);
  }

  private sync(key: string): void {
    const cj = this.cronJobs.get(key);
    if (!cj) return;
    const ev = (reason: string, message: string) => this.ctx.cluster.event('CronJob', cj.name, reason, message);
    // Jobs that finished (or vanished) leave status.active.
    for (const name of [...cj.active]) {
      const job = this.job(cj, name);
      if (job && !job.finished) continue;
      cj.active = cj.active.filter((n) => n !== name);
      if (job?.finished) {
        ev('SawCompletedJob', `Saw completed job: ${name}, status: ${job.finished.type}`);
        cj.finished.push({ name, failed: job.finished.type === 'Failed' });
      }
    }
    this.cleanupHistory(cj);
    const now = this.startEpochMs + this.ctx.engine.now;
    const step = syncCronJob(
      {
        name: cj.name,
        schedule: cj.schedule,
        suspend: cj.suspend,
        concurrencyPolicy: cj.concurrencyPolicy,
        startingDeadlineSeconds: cj.startingDeadlineSeconds,
        createdAt: this.startEpochMs + cj.createdAt,
        lastScheduleTime: cj.lastScheduleTime,
        active: cj.active,
      },
      now,
    );
    for (const e of step.events) ev(e.reason, e.message);
    for (const name of step.deleteJobs) {
      this.jobs.remove(`${cj.namespace}/${name}`);
      cj.active = cj.active.filter((n) => n !== name);
      ev('SuccessfulDelete', `Deleted job ${name}`);
    }
    if (step.create) {
      const { name, scheduledTime } = step.create;
      this.jobs.add(cj.newJob(name, this.ctx.engine.now));
      cj.active.push(name);
      cj.lastScheduleTime = scheduledTime;
      cj.jobsCreated++;
      ev('SuccessfulCreate', `Created job ${name}`);
    }
    if (step.requeueAt !== undefined) {
      const at = step.requeueAt - this.startEpochMs;
      this.ctx.engine.at(Math.max(at, this.ctx.engine.now), () => this.touch(key), PRIORITY.controller);
    }
  }

  /** cleanupFinishedJobs: keep the newest successful/failed Jobs up to the limits. */
  private cleanupHistory(cj: CronJobState): void {
    const drop = [
      ...jobsBeyondHistoryLimit(
        cj.finished.filter((f) => !f.failed).map((f) => f.name),
        cj.successfulJobsHistoryLimit,
      ),
      ...jobsBeyondHistoryLimit(
        cj.finished.filter((f) => f.failed).map((f) => f.name),
        cj.failedJobsHistoryLimit,
      ),
    ];
    for (const name of drop) {
      this.jobs.remove(`${cj.namespace}/${name}`);
      this.ctx.cluster.event('CronJob', cj.name, 'SuccessfulDelete', `Deleted job ${name}`);
    }
    cj.finished = cj.finished.filter((f) => !drop.includes(f.name));
  }
}
