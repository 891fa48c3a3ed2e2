export { parseCron, nextTime, CronError, type CronSchedule, type CronField } from './cron.js';
export {
  mostRecentScheduleTime,
  jobNameFor,
  syncCronJob,
  jobsBeyondHistoryLimit,
  type ConcurrencyPolicy,
  type CronJobInput,
  type CronStep,
  type CronEvent,
} from './schedule.js';
