// When a CronJob should start its next Job, and what to do about it. k8s v1.28
// pkg/controller/cronjob/utils.go (mostRecentScheduleTime, getJobName/getTimeHashInMinutes, the
// history limits of cleanupFinishedJobs) and cronjob_controllerv2.go syncCronJob (suspend,
// startingDeadlineSeconds → MissSchedule, concurrencyPolicy Allow/Forbid/Replace, TooManyMissedTimes).
import { nextTime, type CronSchedule } from './cron.js';

export type ConcurrencyPolicy = 'Allow' | 'Forbid' | 'Replace';

/** mostRecentScheduleTime: the latest schedule time in (earliest, now], and whether > 100 were missed. */
export function mostRecentScheduleTime(s: CronSchedule, earliest: number, now: number): { time?: number; tooMany: boolean } {
  let time: number | undefined;
  let count = 0;
  for (let t = nextTime(s, earliest); t !== undefined && t <= now; t = nextTime(s, t)) {
    time = t;
    count++;
  }
  return { time, tooMany: count > 100 };
}

/** getJobName: `<cronjob>-<scheduled time in minutes since the epoch>`. */
export function jobNameFor(cronJob: string, scheduledMs: number): string {
  return `${cronJob}-${Math.floor(scheduledMs / 60_000)}`;
}

export interface CronJobInput {
  name: string;
  schedule: CronSchedule;
  suspend: boolean;
  concurrencyPolicy: ConcurrencyPolicy;
  startingDeadlineSeconds?: number;
  /** creationTimestamp, epoch ms. */
  createdAt: number;
  lastScheduleTime?: number;
  /** Names of the Jobs in status.active (unfinished). */
  active: readonly string[];
}

export interface CronEvent {
  reason: string;
  message: string;
  warning?: boolean;
}

export interface CronStep {
  events: CronEvent[];
  /** Active Jobs to delete first (Replace). */
  deleteJobs: string[];
  create?: { name: string; scheduledTime: number };
  /** Sync again at this epoch ms (the next schedule time). */
  requeueAt?: number;
}

// RFC 1123Z as Go formats it, for MissSchedule's message.
function rfc1123z(ms: number): string {
  const d = new Date(ms);
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${day}, ${p(d.getUTCDate())} ${mon} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

/** syncCronJob at epoch ms `now` (after finished Jobs were removed from `active`). */
export function syncCronJob(cj: CronJobInput, now: number): CronStep {
  const step: CronStep = { events: [], deleteJobs: [] };
  if (cj.suspend) return step;
  let earliest = cj.lastScheduleTime ?? cj.createdAt;
  if (cj.startingDeadlineSeconds !== undefined) earliest = Math.max(earliest, now - cj.startingDeadlineSeconds * 1000);
  const { time, tooMany } = mostRecentScheduleTime(cj.schedule, earliest, now);
  step.requeueAt = nextTime(cj.schedule, now);
  if (tooMany)
    step.events.push({
      reason: 'TooManyMissedTimes',
      message: 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew',
      warning: true,
    });
  if (time === undefined) return step;
  if (cj.startingDeadlineSeconds !== undefined && time + cj.startingDeadlineSeconds * 1000 < now) {
    step.events.push({ reason: 'MissSchedule', message: `Missed scheduled time to start a job: ${rfc1123z(time)}`, warning: true });
    return step;
  }
  const name = jobNameFor(cj.name, time);
  if (cj.active.includes(name)) return step;
  if (cj.concurrencyPolicy === 'Forbid' && cj.active.length > 0) {
    step.events.push({
      reason: 'JobAlreadyActive',
      message: 'Not starting job because prior execution is running and concurrency policy is Forbid',
    });
    return step;
  }
  if (cj.concurrencyPolicy === 'Replace') step.deleteJobs.push(...cj.active);
  step.create = { name, scheduledTime: time };
  return step;
}

/** cleanupFinishedJobs: the oldest finished Jobs beyond the limit (input oldest first). */
export function jobsBeyondHistoryLimit(finishedOldestFirst: readonly string[], limit: number): string[] {
  return finishedOldestFirst.slice(0, Math.max(0, finishedOldestFirst.length - limit));
}
