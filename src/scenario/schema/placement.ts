// Pod placement fields (core/v1 PodAffinity, PodAntiAffinity, TopologySpreadConstraint), validated
// as the API server does (k8s v1.28 pkg/apis/core/validation/validation.go
// validatePodAffinityTerm, validateWeightedPodAffinityTerms, validateTopologySpreadConstraints).
import { z } from 'zod';
import { labelSelector } from './scheduling.js';

const QUALIFIED = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const topologyKey = z
  .string({ error: 'topologyKey is required' })
  .min(1, 'can not be empty')
  .refine(
    (k) => k === '' || QUALIFIED.test(k),
    'a topology key is a qualified name (optional DNS prefix and "/", then at most 63 letters, digits, "-", "_" or ".")',
  );

export const podAffinityTerm = z.strictObject({
  labelSelector: labelSelector.optional(),
  namespaces: z.array(z.string()).optional(),
  namespaceSelector: labelSelector.optional(),
  topologyKey,
});

const weightedTerm = z.strictObject({
  weight: z.number().int().min(1, 'must be in the range 1-100').max(100, 'must be in the range 1-100'),
  podAffinityTerm,
});

export const podAffinity = z.strictObject({
  requiredDuringSchedulingIgnoredDuringExecution: z.array(podAffinityTerm).optional(),
  preferredDuringSchedulingIgnoredDuringExecution: z.array(weightedTerm).optional(),
});

const policy = z.enum(['Honor', 'Ignore']);

const constraint = z
  .strictObject({
    maxSkew: z.number().int().min(1, 'must be greater than zero'),
    topologyKey,
    whenUnsatisfiable: z.enum(['DoNotSchedule', 'ScheduleAnyway']),
    labelSelector: labelSelector.optional(),
    minDomains: z.number().int().min(1, 'must be greater than zero').optional(),
    nodeAffinityPolicy: policy.optional(),
    nodeTaintsPolicy: policy.optional(),
    matchLabelKeys: z.array(z.string().min(1)).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.minDomains !== undefined && c.whenUnsatisfiable !== 'DoNotSchedule') {
      ctx.addIssue({ code: 'custom', path: ['minDomains'], message: 'can only use minDomains if whenUnsatisfiable=DoNotSchedule' });
    }
    const inSelector = new Set([
      ...Object.keys(c.labelSelector?.matchLabels ?? {}),
      ...(c.labelSelector?.matchExpressions ?? []).map((e) => e.key),
    ]);
    (c.matchLabelKeys ?? []).forEach((k, i) => {
      if (inSelector.has(k))
        ctx.addIssue({ code: 'custom', path: ['matchLabelKeys', i], message: 'exists in both matchLabelKeys and labelSelector' });
    });
  });

export const topologySpreadConstraints = z.array(constraint).superRefine((cs, ctx) => {
  // k8s: {topologyKey, whenUnsatisfiable} pairs must be unique.
  const seen = new Set<string>();
  cs.forEach((c, i) => {
    const k = `${c.topologyKey}\u0000${c.whenUnsatisfiable}`;
    if (seen.has(k))
      ctx.addIssue({
        code: 'custom',
        path: [i, 'whenUnsatisfiable'],
        message: `Duplicate value: {${c.topologyKey}, ${c.whenUnsatisfiable}}`,
      });
    seen.add(k);
  });
});

export const preemptionPolicy = z.enum(['PreemptLowerPriority', 'Never']);
