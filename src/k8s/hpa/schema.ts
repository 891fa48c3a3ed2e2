// zod schema of an autoscaling/v2 HorizontalPodAutoscaler manifest, with the API server's checks.
// k8s v1.28 pkg/apis/autoscaling/validation/validation.go (validateHorizontalPodAutoscalerSpec,
// validateMetricSpec, validateMetricTarget, validateBehavior, validateScalingRules, validateScalingPolicy).
import { z } from 'zod';
import { QuantityError, toMilli } from '../../model/quantity.js';
import { ignored, metadata } from '../../model/fields.js';

/** validation.go MaxPeriodSeconds / MaxStabilizationWindowSeconds. */
export const MAX_PERIOD_SECONDS = 1800;
export const MAX_STABILIZATION_WINDOW_SECONDS = 3600;

/** A quantity that must be positive (validateMetricTarget "must be positive"), as milli-units. */
const positiveQuantity = z.union([z.string(), z.number()]).transform((v, ctx) => {
  try {
    const milli = toMilli(v);
    if (milli <= 0) ctx.addIssue({ code: 'custom', message: `must be positive (got ${v})` });
    return milli;
  } catch (e) {
    if (!(e instanceof QuantityError)) throw e;
    ctx.addIssue({ code: 'custom', message: e.message });
    return z.NEVER;
  }
});

const metricTarget = z.strictObject({
  type: z.enum(['Utilization', 'Value', 'AverageValue'], { message: 'must be either Utilization, Value, or AverageValue' }),
  averageUtilization: z.number().int('must be a whole number').min(1, 'must be greater than 0').optional(),
  averageValue: positiveQuantity.optional(),
  value: positiveQuantity.optional(),
});

const resourceName = z.enum(['cpu', 'memory'], { message: 'kubetwin simulates the resources cpu and memory' });

/** validateResourceSource / validateContainerResourceSource: exactly one of utilization or raw value. */
function checkResourceTarget(t: z.output<typeof metricTarget>, ctx: z.RefinementCtx): void {
  if (t.averageUtilization === undefined && t.averageValue === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['target', 'averageUtilization'],
      message: 'must set either a target raw value or a target utilization',
    });
  }
  if (t.averageUtilization !== undefined && t.averageValue !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['target', 'averageValue'],
      message: 'may not set both a target raw value and a target utilization',
    });
  }
}

const resourceSource = z
  .strictObject({ name: resourceName, target: metricTarget })
  .superRefine((s, ctx) => checkResourceTarget(s.target, ctx));

const containerResourceSource = z
  .strictObject({
    name: resourceName,
    container: z.string().min(1, 'must specify a container'),
    target: metricTarget,
  })
  .superRefine((s, ctx) => checkResourceTarget(s.target, ctx));

const podsSource = z
  .strictObject({
    metric: z.strictObject({ name: z.string().min(1, 'must specify a metric name') }),
    target: metricTarget,
  })
  .superRefine((s, ctx) => {
    if (s.target.averageValue === undefined) {
      ctx.addIssue({ code: 'custom', path: ['target', 'averageValue'], message: 'must specify a positive target averageValue' });
    }
  });

const SOURCE_FIELD = {
  Resource: 'resource',
  ContainerResource: 'containerResource',
  Pods: 'pods',
  Object: 'object',
  External: 'external',
} as const;

const metricSpec = z
  .strictObject({
    type: z.enum(['Resource', 'ContainerResource', 'Pods', 'Object', 'External']),
    resource: resourceSource.optional(),
    containerResource: containerResourceSource.optional(),
    pods: podsSource.optional(),
    object: z.unknown().optional(),
    external: z.unknown().optional(),
  })
  .superRefine((m, ctx) => {
    if (m.type === 'Object' || m.type === 'External') {
      ctx.addIssue({
        code: 'custom',
        path: ['type'],
        message: `${m.type} metrics are not simulated by kubetwin (use Resource, ContainerResource or Pods)`,
      });
      return;
    }
    const expected = SOURCE_FIELD[m.type];
    // validateMetricSpec: the source named by `type` is populated, and only that one.
    if (m[expected] === undefined)
      ctx.addIssue({ code: 'custom', path: [expected], message: 'must populate information for the given metric source' });
    for (const field of Object.values(SOURCE_FIELD)) {
      if (field !== expected && m[field] !== undefined)
        ctx.addIssue({ code: 'custom', path: [field], message: 'must populate the given metric source only' });
    }
  });

const scalingPolicy = z.strictObject({
  type: z.enum(['Pods', 'Percent']),
  value: z.number().int('must be a whole number').gt(0, 'must be greater than zero'),
  periodSeconds: z
    .number()
    .int('must be a whole number')
    .gt(0, 'must be greater than zero')
    .max(MAX_PERIOD_SECONDS, `must be less than or equal to ${MAX_PERIOD_SECONDS}`),
});

const scalingRules = z.strictObject({
  stabilizationWindowSeconds: z
    .number()
    .int('must be a whole number')
    .min(0, 'must be greater than or equal to zero')
    .max(MAX_STABILIZATION_WINDOW_SECONDS, `must be less than or equal to ${MAX_STABILIZATION_WINDOW_SECONDS}`)
    .optional(),
  selectPolicy: z.enum(['Max', 'Min', 'Disabled']).optional(),
  policies: z.array(scalingPolicy).min(1, 'must specify at least one Policy').optional(),
});

const crossVersionObjectReference = z.strictObject({
  apiVersion: z.string().optional(),
  kind: z.string().min(1, 'must specify the kind of the scale target'),
  name: z.string().min(1, 'must specify the name of the scale target'),
});

export const hpaManifest = z.strictObject({
  apiVersion: z.literal('autoscaling/v2', { message: 'kubetwin reads HorizontalPodAutoscaler as apiVersion autoscaling/v2' }),
  kind: z.literal('HorizontalPodAutoscaler'),
  metadata,
  spec: z
    .strictObject({
      scaleTargetRef: crossVersionObjectReference,
      // minReplicas 0 needs the alpha HPAScaleToZero gate, which kubetwin does not enable.
      minReplicas: z.number().int('must be a whole number').min(1, 'must be greater than or equal to 1').optional(),
      maxReplicas: z.number().int('must be a whole number').min(1, 'must be greater than 0'),
      metrics: z.array(metricSpec).optional(),
      behavior: z.strictObject({ scaleUp: scalingRules.optional(), scaleDown: scalingRules.optional() }).optional(),
    })
    .superRefine((s, ctx) => {
      if (s.minReplicas !== undefined && s.maxReplicas < s.minReplicas) {
        ctx.addIssue({ code: 'custom', path: ['maxReplicas'], message: 'must be greater than or equal to `minReplicas`' });
      }
    }),
  ...ignored(['status']),
});

export type HpaManifest = z.output<typeof hpaManifest>;
export type ScalingRulesManifest = z.output<typeof scalingRules>;
