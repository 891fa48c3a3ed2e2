// kube-controller-manager flags of the HPA controller, in virtual ms.
// k8s v1.28 pkg/controller/podautoscaler/config/v1alpha1/defaults.go RecommendedDefaultHPAControllerConfiguration.

export interface HpaControllerConfig {
  /** --horizontal-pod-autoscaler-sync-period: every HPA is reconciled this often. */
  syncPeriod: number;
  /** --horizontal-pod-autoscaler-tolerance: no change while |ratio − 1| ≤ tolerance. */
  tolerance: number;
  /** --horizontal-pod-autoscaler-downscale-stabilization (legacy path, and behavior.scaleDown default). */
  downscaleStabilization: number;
  /** --horizontal-pod-autoscaler-cpu-initialization-period. */
  cpuInitializationPeriod: number;
  /** --horizontal-pod-autoscaler-initial-readiness-delay. */
  initialReadinessDelay: number;
  /** horizontal.go scaleUpLimitFactor (2.0; the upstream tests set it to 8). Legacy path only. */
  scaleUpLimitFactor: number;
  /** horizontal.go scaleUpLimitMinimum (4.0). Legacy path only. */
  scaleUpLimitMinimum: number;
}

export type HpaProfile = 'kubernetes' | 'manual30s';

const KUBERNETES_DEFAULTS: HpaControllerConfig = {
  syncPeriod: 15_000,
  tolerance: 0.1,
  downscaleStabilization: 300_000,
  cpuInitializationPeriod: 300_000,
  initialReadinessDelay: 30_000,
  scaleUpLimitFactor: 2,
  scaleUpLimitMinimum: 4,
};

/**
 * Controller configuration for a behaviour profile: `kubernetes` is the upstream default (15 s sync),
 * `manual30s` the container-service manual's 30 s sync period. Overrides win over the profile.
 */
export function hpaControllerConfig(profile: HpaProfile = 'kubernetes', overrides: Partial<HpaControllerConfig> = {}): HpaControllerConfig {
  const base = profile === 'manual30s' ? { ...KUBERNETES_DEFAULTS, syncPeriod: 30_000 } : KUBERNETES_DEFAULTS;
  return { ...base, ...overrides };
}
