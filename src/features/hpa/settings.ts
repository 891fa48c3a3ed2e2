// `spec.hpa`: settings of the simulated HPA controller and metrics pipeline (kubetwin's own section).
//
//   spec:
//     hpa:
//       profile: manual30s          # kubernetes (default: 15 s sync) or manual30s (the manual's 30 s)
//       syncPeriod: 15s             # --horizontal-pod-autoscaler-sync-period (overrides the profile)
//       tolerance: 0.1              # --horizontal-pod-autoscaler-tolerance
//       downscaleStabilization: 5m  # --horizontal-pod-autoscaler-downscale-stabilization
//       cpuInitializationPeriod: 5m # --horizontal-pod-autoscaler-cpu-initialization-period
//       initialReadinessDelay: 30s  # --horizontal-pod-autoscaler-initial-readiness-delay
//       metricResolution: 15s       # metrics-server --metric-resolution
import { z } from 'zod';
import { hpaControllerConfig, type HpaControllerConfig } from '../../k8s/hpa/config.js';
import { DEFAULT_METRIC_RESOLUTION } from '../../k8s/hpa/metrics-source.js';
import type { Scenario } from '../../scenario/load.js';
import { duration } from '../../model/fields.js';

const positive = duration.refine((ms) => ms > 0, 'must be greater than 0');

export const hpaSection = z
  .strictObject({
    profile: z.enum(['kubernetes', 'manual30s']).default('kubernetes'),
    syncPeriod: positive.optional(),
    tolerance: z.number().min(0, 'must be greater than or equal to 0').optional(),
    downscaleStabilization: duration.optional(),
    cpuInitializationPeriod: duration.optional(),
    initialReadinessDelay: duration.optional(),
    metricResolution: positive.default(DEFAULT_METRIC_RESOLUTION),
  })
  .default({ profile: 'kubernetes', metricResolution: DEFAULT_METRIC_RESOLUTION });

export type HpaSettings = z.output<typeof hpaSection>;

export interface HpaRuntimeConfig {
  controller: HpaControllerConfig;
  metricResolution: number;
}

export function hpaSettingsOf(scenario: Scenario): HpaRuntimeConfig {
  const s = (scenario.manifest.spec as { hpa?: HpaSettings }).hpa ?? { profile: 'kubernetes', metricResolution: DEFAULT_METRIC_RESOLUTION };
  const overrides: Partial<HpaControllerConfig> = {};
  if (s.syncPeriod !== undefined) overrides.syncPeriod = s.syncPeriod;
  if (s.tolerance !== undefined) overrides.tolerance = s.tolerance;
  if (s.downscaleStabilization !== undefined) overrides.downscaleStabilization = s.downscaleStabilization;
  if (s.cpuInitializationPeriod !== undefined) overrides.cpuInitializationPeriod = s.cpuInitializationPeriod;
  if (s.initialReadinessDelay !== undefined) overrides.initialReadinessDelay = s.initialReadinessDelay;
  return { controller: hpaControllerConfig(s.profile, overrides), metricResolution: s.metricResolution };
}
