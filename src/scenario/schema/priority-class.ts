// scheduling.k8s.io/v1 PriorityClass, validated as the API server does (k8s v1.28
// pkg/apis/scheduling/validation ValidatePriorityClass: the `system-` prefix is reserved for the
// built-in classes, a user value is at most 1000000000; preemptionPolicy defaults to
// PreemptLowerPriority). At most one class may be the global default (the priority admission
// plugin rejects a second one); the scenario check for that lives with the feature.
import { z } from 'zod';
import { metadata } from '../../model/fields.js';
import { HIGHEST_USER_DEFINABLE_PRIORITY, SYSTEM_PRIORITY_CLASSES } from '../../k8s/admission/priority.js';

export const priorityClassManifest = z
  .strictObject({
    apiVersion: z.literal('scheduling.k8s.io/v1'),
    kind: z.literal('PriorityClass'),
    metadata,
    value: z.number().int('must be a whole number'),
    globalDefault: z.boolean().default(false),
    description: z.string().optional(),
    preemptionPolicy: z.enum(['PreemptLowerPriority', 'Never']).default('PreemptLowerPriority'),
  })
  .superRefine((pc, ctx) => {
    const name = pc.metadata.name;
    if (name.startsWith('system-')) {
      // IsKnownSystemPriorityClass: a built-in class may appear (e.g. in `kubectl get -o yaml` output) as it is.
      const known = SYSTEM_PRIORITY_CLASSES.find((s) => s.name === name);
      if (!known)
        ctx.addIssue({ code: 'custom', path: ['metadata', 'name'], message: "priority class names with 'system-' prefix are reserved" });
      else if (known.value !== pc.value || pc.globalDefault)
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: `value of ${name} must be ${known.value} and it may not be the global default`,
        });
    } else if (pc.value > HIGHEST_USER_DEFINABLE_PRIORITY) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `maximum allowed value of a user defined priority is ${HIGHEST_USER_DEFINABLE_PRIORITY}`,
      });
    }
  });

export type PriorityClassManifest = z.output<typeof priorityClassManifest>;
