// scheduling.k8s.io/v1 PriorityClass: the value pods naming it get, whether it is the cluster's
// default, and its preemption policy (k8s v1.28 pkg/apis/scheduling/validation).
import { z } from 'zod';
import { ignored, metadata } from '../../model/fields.js';
import { preemptionPolicy } from './placement.js';

/** k8s scheduling.HighestUserDefinablePriority: larger values are reserved for system classes. */
export const HIGHEST_USER_DEFINABLE_PRIORITY = 1_000_000_000;

export const priorityClassManifest = z.strictObject({
  apiVersion: z.literal('scheduling.k8s.io/v1'),
  kind: z.literal('PriorityClass'),
  metadata,
  value: z.number().int().max(HIGHEST_USER_DEFINABLE_PRIORITY, `must be no greater than ${HIGHEST_USER_DEFINABLE_PRIORITY}`),
  globalDefault: z.boolean().default(false),
  preemptionPolicy: preemptionPolicy.default('PreemptLowerPriority'),
  ...ignored(['description']),
}).superRefine((pc, ctx) => {
  if (pc.metadata.name.startsWith('system-')) ctx.addIssue({ code: 'custom', path: ['metadata', 'name'], message: 'priority class names with \'system-\' prefix are reserved' });
});

export type PriorityClassManifest = z.output<typeof priorityClassManifest>;
