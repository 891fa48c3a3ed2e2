// policy/v1 PodDisruptionBudget: minAvailable or maxUnavailable over the pods its selector picks
// (k8s v1.28 pkg/apis/policy/validation ValidatePodDisruptionBudgetSpec).
import { z } from 'zod';
import { ignored, metadata } from '../../model/fields.js';
import { labelSelector } from './scheduling.js';

const intOrPercent = z.union([z.number().int().min(0, 'must be greater than or equal to 0'),
  z.string().regex(/^\d+%$/, 'must be an integer or a percentage such as "50%"')
    .refine((s) => Number(s.slice(0, -1)) <= 100, 'must not be greater than 100%')]);

export const pdbManifest = z.strictObject({
  apiVersion: z.literal('policy/v1'),
  kind: z.literal('PodDisruptionBudget'),
  metadata,
  spec: z.strictObject({
    minAvailable: intOrPercent.optional(),
    maxUnavailable: intOrPercent.optional(),
    selector: labelSelector.optional(),
    ...ignored(['unhealthyPodEvictionPolicy']),
  }),
  ...ignored(['status']),
}).superRefine((p, ctx) => {
  if (p.spec.minAvailable !== undefined && p.spec.maxUnavailable !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['spec'], message: 'minAvailable and maxUnavailable cannot be both set' });
  }
});

export type PdbManifest = z.output<typeof pdbManifest>;
