// policy/v1 PodDisruptionBudget, validated as the API server does (k8s v1.28 pkg/apis/policy/validation
// ValidatePodDisruptionBudgetSpec: minAvailable and maxUnavailable are exclusive, non-negative,
// percentages at most 100 %; unhealthyPodEvictionPolicy IfHealthyBudget (default) or AlwaysAllow).
// A missing selector selects no pods; an empty one every pod of the namespace.
import { z } from 'zod';
import { ignored, metadata } from '../../model/fields.js';
import { checkPercent } from './controller-fields.js';
import { labelSelector } from './scheduling.js';
import { intOrPercent } from './workloads.js';

export const pdbManifest = z
  .strictObject({
    apiVersion: z.literal('policy/v1'),
    kind: z.literal('PodDisruptionBudget'),
    metadata,
    spec: z.strictObject({
      minAvailable: intOrPercent.optional(),
      maxUnavailable: intOrPercent.optional(),
      selector: labelSelector.optional(),
      unhealthyPodEvictionPolicy: z.enum(['IfHealthyBudget', 'AlwaysAllow']).default('IfHealthyBudget'),
    }),
    ...ignored(['status']),
  })
  .superRefine((p, ctx) => {
    if (p.spec.minAvailable !== undefined && p.spec.maxUnavailable !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['spec'], message: 'minAvailable and maxUnavailable cannot be both set' });
    }
    checkPercent(p.spec.minAvailable, ctx, ['spec', 'minAvailable']);
    checkPercent(p.spec.maxUnavailable, ctx, ['spec', 'maxUnavailable']);
  });

export type PdbManifest = z.output<typeof pdbManifest>;
