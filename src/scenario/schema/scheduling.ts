// Scheduling-related pod fields (core/v1 Toleration, NodeAffinity) and node taints.
import { z } from 'zod';

const effect = z.enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute']);

export const taint = z.strictObject({
  key: z.string().min(1, 'a taint needs a key'),
  value: z.string().optional(),
  effect,
  ...{ timeAdded: z.unknown().optional() },
});

export const toleration = z
  .strictObject({
    key: z.string().optional(),
    // k8s v1.28 ValidateTolerations accepts an empty operator and treats it as Equal.
    operator: z.enum(['Exists', 'Equal', '']).optional(),
    value: z.string().optional(),
    effect: effect.optional(),
    tolerationSeconds: z.number().int().optional(),
  })
  .superRefine((t, ctx) => {
    // k8s ValidateTolerations
    if (t.operator === 'Exists' && t.value)
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'value must be empty when operator is Exists' });
    if (!t.key && t.operator !== 'Exists')
      ctx.addIssue({ code: 'custom', path: ['operator'], message: 'operator must be Exists when key is empty' });
    if (t.tolerationSeconds !== undefined && t.effect !== 'NoExecute')
      ctx.addIssue({ code: 'custom', path: ['effect'], message: 'effect must be NoExecute when tolerationSeconds is set' });
  });

const requirement = z
  .strictObject({
    key: z.string().min(1),
    operator: z.enum(['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt']),
    values: z.array(z.string()).optional(),
  })
  .superRefine((r, ctx) => {
    const n = r.values?.length ?? 0;
    if ((r.operator === 'In' || r.operator === 'NotIn') && n === 0)
      ctx.addIssue({ code: 'custom', path: ['values'], message: `values must be non-empty for operator ${r.operator}` });
    if ((r.operator === 'Exists' || r.operator === 'DoesNotExist') && n > 0)
      ctx.addIssue({ code: 'custom', path: ['values'], message: `values must be empty for operator ${r.operator}` });
    if ((r.operator === 'Gt' || r.operator === 'Lt') && (n !== 1 || !/^-?\d+$/.test(r.values![0])))
      ctx.addIssue({ code: 'custom', path: ['values'], message: `operator ${r.operator} needs exactly one integer value` });
  });

const term = z.strictObject({
  matchExpressions: z.array(requirement).optional(),
  matchFields: z.array(requirement).optional(),
});

export const nodeAffinity = z.strictObject({
  requiredDuringSchedulingIgnoredDuringExecution: z.strictObject({ nodeSelectorTerms: z.array(term).min(1) }).optional(),
  preferredDuringSchedulingIgnoredDuringExecution: z
    .array(
      z.strictObject({
        weight: z.number().int().min(1, 'weight must be in the range 1-100').max(100, 'weight must be in the range 1-100'),
        preference: term,
      }),
    )
    .optional(),
});

export const labelSelector = z.strictObject({
  matchLabels: z.record(z.string(), z.string()).optional(),
  matchExpressions: z.array(requirement).optional(),
});
