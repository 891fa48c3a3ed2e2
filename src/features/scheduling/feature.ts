// The scheduling feature: the kube-scheduler loop (loop.ts) with the profile from `spec.scheduler`
// (a KubeSchedulerConfiguration subset) or the v1.28 default profile, and the scheduling
// explanations (report.ts; `spec.schedulingReport` bounds their volume).
import { defaultProfile, profileFromConfig, type SchedulerConfig } from '../../k8s/scheduler/index.js';
import { schedulerConfigSchema } from '../../k8s/scheduler/profile-schema.js';
import type { Feature } from '../../sim/feature.js';
import { SchedulerLoop } from './loop.js';
import { SCHEDULING_REPORT_DEFAULTS, SchedulingReport, schedulingReportSection, type SchedulingReportOptions } from './report.js';

export const schedulingFeature: Feature = {
  name: 'scheduler',
  // Priority admission sets a pod's priority before the scheduler queues it; PDBs exist for preemption.
  after: ['priority-admission', 'evictor'],
  sections: {
    /** Scheduler profile: plugins, weights, scoring strategy, percentageOfNodesToScore. */
    scheduler: schedulerConfigSchema.optional(),
    /** How many scheduling attempts scheduling.csv explains. */
    schedulingReport: schedulingReportSection,
  },
  install(ctx) {
    const spec = ctx.scenario.manifest.spec as { scheduler?: SchedulerConfig; schedulingReport?: SchedulingReportOptions };
    const profile = spec.scheduler ? profileFromConfig(spec.scheduler) : defaultProfile();
    const loop = new SchedulerLoop(ctx, { profile });
    const report = new SchedulingReport(ctx, profile, spec.schedulingReport ?? SCHEDULING_REPORT_DEFAULTS);
    loop.onAttempt = (pod, result) => report.record(pod, result);
  },
};
