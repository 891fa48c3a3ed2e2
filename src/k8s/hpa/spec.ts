// From a validated manifest to the normalized HpaSpec, with API defaulting.
// k8s v1.28 pkg/apis/autoscaling/v2/defaults.go SetDefaults_HorizontalPodAutoscaler,
// SetDefaults_HorizontalPodAutoscalerBehavior, GenerateHPAScaleUpRules, GenerateHPAScaleDownRules.
import { hpaManifest, type HpaManifest, type ScalingRulesManifest } from './schema.js';
import type { HpaBehavior, HpaMetric, HpaSpec, MetricTarget, ScalingRules } from './types.js';

/** autoscaling.DefaultCPUUtilization: the metric of an HPA that lists none. */
export const DEFAULT_CPU_UTILIZATION = 80;

/** Default scale-up rules: no stabilization; max of 4 pods or 100 % per 15 s. */
export function defaultScaleUpRules(): ScalingRules {
  return {
    stabilizationWindowSeconds: 0,
    selectPolicy: 'Max',
    policies: [
      { type: 'Pods', value: 4, periodSeconds: 15 },
      { type: 'Percent', value: 100, periodSeconds: 15 },
    ],
  };
}

/** Default scale-down rules: 100 % per 15 s; the window stays unset (the controller's flag fills it). */
export function defaultScaleDownRules(): ScalingRules {
  return { selectPolicy: 'Max', policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }] };
}

/** copyHPAScalingRules: every field given in the manifest replaces the default (policies as a whole). */
function withDefaults(given: ScalingRulesManifest | undefined, defaults: ScalingRules): ScalingRules {
  if (!given) return defaults;
  return {
    stabilizationWindowSeconds: given.stabilizationWindowSeconds ?? defaults.stabilizationWindowSeconds,
    selectPolicy: given.selectPolicy ?? defaults.selectPolicy,
    policies: given.policies ? given.policies.map((p) => ({ ...p })) : defaults.policies,
  };
}

/** Behavior defaults are applied only when `behavior` is present; otherwise the legacy path runs. */
export function defaultBehavior(b: HpaManifest['spec']['behavior']): HpaBehavior | undefined {
  if (!b) return undefined;
  return { scaleUp: withDefaults(b.scaleUp, defaultScaleUpRules()), scaleDown: withDefaults(b.scaleDown, defaultScaleDownRules()) };
}

type ResourceTargetManifest = { averageUtilization?: number; averageValue?: number };

/** The controller uses averageValue when set, else averageUtilization (computeStatusForResourceMetricGeneric). */
function resourceTarget(t: ResourceTargetManifest): MetricTarget {
  if (t.averageValue !== undefined) return { type: 'AverageValue', averageValue: t.averageValue };
  return { type: 'Utilization', averageUtilization: t.averageUtilization ?? DEFAULT_CPU_UTILIZATION };
}

function toMetric(m: NonNullable<HpaManifest['spec']['metrics']>[number]): HpaMetric {
  if (m.type === 'Resource' && m.resource)
    return { type: 'Resource', resource: m.resource.name, target: resourceTarget(m.resource.target) };
  if (m.type === 'ContainerResource' && m.containerResource) {
    const c = m.containerResource;
    return { type: 'ContainerResource', resource: c.name, container: c.container, target: resourceTarget(c.target) };
  }
  if (m.type === 'Pods' && m.pods && m.pods.target.averageValue !== undefined) {
    return { type: 'Pods', metricName: m.pods.metric.name, averageValue: m.pods.target.averageValue };
  }
  // The schema rejects everything else; reaching here means an unvalidated manifest.
  throw new Error(`metric of type ${m.type} is not supported`);
}

/** A validated manifest → HpaSpec with minReplicas, metrics and behavior defaults applied. */
export function toHpaSpec(m: HpaManifest): HpaSpec {
  const metrics = m.spec.metrics?.length
    ? m.spec.metrics.map(toMetric)
    : [
        {
          type: 'Resource',
          resource: 'cpu',
          target: { type: 'Utilization', averageUtilization: DEFAULT_CPU_UTILIZATION },
        } satisfies HpaMetric,
      ];
  return {
    name: m.metadata.name,
    namespace: m.metadata.namespace,
    labels: m.metadata.labels,
    scaleTargetRef: {
      apiVersion: m.spec.scaleTargetRef.apiVersion ?? '',
      kind: m.spec.scaleTargetRef.kind,
      name: m.spec.scaleTargetRef.name,
    },
    minReplicas: m.spec.minReplicas ?? 1,
    maxReplicas: m.spec.maxReplicas,
    metrics,
    behavior: defaultBehavior(m.spec.behavior),
  };
}

/** Parses and validates a raw manifest (throws the zod error listing every problem), then normalizes it. */
export function parseHpa(raw: unknown): HpaSpec {
  return toHpaSpec(hpaManifest.parse(raw));
}
