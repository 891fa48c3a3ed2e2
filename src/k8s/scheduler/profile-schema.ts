// The scheduler settings a scenario may give: a KubeSchedulerConfiguration-like subset for one
// profile. Checks follow k8s v1.28 pkg/scheduler/apis/config/validation/{validation,
// validation_pluginargs}.go; unknown keys are rejected so typos surface.
import { z } from 'zod';
import { BALANCED_ALLOCATION } from './plugins/balanced-allocation.js';
import { NODE_RESOURCES_FIT } from './plugins/node-resources-fit.js';
import { MAX_CUSTOM_PRIORITY_SCORE } from './plugins/scoring-strategies.js';
import { SCORE_PLUGIN_NAMES } from './registry.js';

const scorePluginName = z.enum(SCORE_PLUGIN_NAMES);

// k8s validateResources: each resource weight in [1, 100] (an omitted weight defaults to 1).
const fitResource = z.strictObject({
  name: z.string().min(1),
  weight: z
    .number()
    .int()
    .min(1, 'resource weight not in valid range [1, 100]')
    .max(100, 'resource weight not in valid range [1, 100]')
    .default(1),
});

// k8s validateFunctionShape: at least one point, utilization strictly increasing in [0, 100],
// scores in [0, 10].
const shape = z
  .array(
    z.strictObject({
      utilization: z.number().int().min(0, 'utilization not in valid range [0, 100]').max(100, 'utilization not in valid range [0, 100]'),
      score: z
        .number()
        .int()
        .min(0, `score not in valid range [0, ${MAX_CUSTOM_PRIORITY_SCORE}]`)
        .max(MAX_CUSTOM_PRIORITY_SCORE, `score not in valid range [0, ${MAX_CUSTOM_PRIORITY_SCORE}]`),
    }),
  )
  .min(1, 'at least one point must be specified')
  .superRefine((points, ctx) => {
    for (let i = 1; i < points.length; i++) {
      if (points[i - 1].utilization >= points[i].utilization) {
        ctx.addIssue({ code: 'custom', path: [i, 'utilization'], message: 'Utilization values must be sorted in increasing order' });
        return;
      }
    }
  });

// Kubernetes would dereference a missing requestedToCapacityRatio for that type; require it.
const scoringStrategy = z
  .strictObject({
    type: z.enum(['LeastAllocated', 'MostAllocated', 'RequestedToCapacityRatio']),
    resources: z.array(fitResource).optional(),
    requestedToCapacityRatio: z.strictObject({ shape }).optional(),
  })
  .superRefine((s, ctx) => {
    if (s.type === 'RequestedToCapacityRatio' && !s.requestedToCapacityRatio) {
      ctx.addIssue({ code: 'custom', path: ['requestedToCapacityRatio'], message: 'required for type RequestedToCapacityRatio' });
    }
  });

const fitArgs = z.strictObject({
  ignoredResources: z.array(z.string().min(1)).optional(),
  ignoredResourceGroups: z
    .array(
      z
        .string()
        .min(1)
        .refine((g) => !g.includes('/'), 'resource group name can\'t contain "/"'),
    )
    .optional(),
  scoringStrategy: scoringStrategy.optional(),
});

// k8s ValidateNodeResourcesBalancedAllocationArgs: weights must be 1, names unique.
const balancedArgs = z.strictObject({
  resources: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        weight: z.literal(1, 'must be 1').default(1),
      }),
    )
    .superRefine((rs, ctx) => {
      const seen = new Set<string>();
      rs.forEach((r, i) => {
        if (seen.has(r.name)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `Duplicate value: "${r.name}"` });
        seen.add(r.name);
      });
    })
    .optional(),
});

const pluginConfig = z.discriminatedUnion('name', [
  z.strictObject({ name: z.literal(NODE_RESOURCES_FIT), args: fitArgs }),
  z.strictObject({ name: z.literal(BALANCED_ALLOCATION), args: balancedArgs }),
]);

const pluginRef = z.strictObject({ name: z.union([scorePluginName, z.literal('*')]) });

// A score weight of 0 or none means 1 (k8s frameworkImpl: "a weight of zero is not permitted").
const enabledScorePlugin = z.strictObject({ name: scorePluginName, weight: z.number().int().min(0).optional() });

export const schedulerConfigSchema = z.strictObject({
  schedulerName: z.string().min(1).default('default-scheduler'),
  percentageOfNodesToScore: z.number().int().min(0, 'not in valid range [0-100]').max(100, 'not in valid range [0-100]').optional(),
  plugins: z
    .strictObject({
      score: z
        .strictObject({
          enabled: z.array(enabledScorePlugin).optional(),
          disabled: z.array(pluginRef).optional(),
        })
        .superRefine((s, ctx) => {
          const seen = new Set<string>();
          (s.enabled ?? []).forEach((p, i) => {
            if (seen.has(p.name))
              ctx.addIssue({ code: 'custom', path: ['enabled', i, 'name'], message: `plugin "${p.name}" is enabled twice` });
            seen.add(p.name);
          });
        })
        .optional(),
    })
    .optional(),
  pluginConfig: z
    .array(pluginConfig)
    .superRefine((cs, ctx) => {
      const seen = new Set<string>();
      cs.forEach((c, i) => {
        if (seen.has(c.name)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `Duplicate value: "${c.name}"` });
        seen.add(c.name);
      });
    })
    .optional(),
  featureGates: z.strictObject({ SidecarContainers: z.boolean().optional() }).optional(),
});

export type SchedulerConfig = z.infer<typeof schedulerConfigSchema>;
export type SchedulerConfigInput = z.input<typeof schedulerConfigSchema>;
