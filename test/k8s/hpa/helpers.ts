// Builders mirroring the harnesses of k8s pkg/controller/podautoscaler/replica_calculator_test.go
// (replicaCalcTestCase) and horizontal_test.go (testCase), on a virtual clock.
import type { PodPhase } from '../../../src/model/types.js';
import {
  defaultScaleDownRules,
  defaultScaleUpRules,
  hpaControllerConfig,
  newHpaState,
  type HpaMetric,
  type HpaPod,
  type HpaSpec,
  type PodSample,
  type Recommendation,
  type ReconcileInput,
  type ScalingRules,
} from '../../../src/k8s/hpa/index.js';

/** The virtual "now" of every table; 0 plays Go's zero time.Time. */
export const NOW = 10 * 3_600_000;
export const ZERO = 0;
const NONE: Readonly<Record<string, number>> = {};
/** horizontal_test.go hotCPUCreationTime / coolCPUCreationTime. */
export const HOT = NOW;
export const COOL = NOW - 3 * 60_000;

/** The upstream testing constants: tolerance 0.1, CPU init 2 min, readiness delay 10 s, scale-up factor 8. */
export const TESTING_CONFIG = hpaControllerConfig('kubernetes', {
  cpuInitializationPeriod: 120_000,
  initialReadinessDelay: 10_000,
  scaleUpLimitFactor: 8,
});

export interface PodTable {
  /** Pods are created for max(count, phases.length). */
  count: number;
  readiness?: boolean[];
  startTimes?: number[];
  phases?: PodPhase[];
  deleting?: boolean[];
  /** Per-container cpu request (millicores) of pod i; pods beyond the list have no request. */
  requests?: number[];
  /** Ready lastTransitionTime of pod i (default ZERO). */
  transitions?: number[];
  containers?: number;
}

/** replicaCalcTestCase.prepareTestClientSet: pods test-pod-i with containers container1..n. */
export function tablePods(t: PodTable): HpaPod[] {
  const n = Math.max(t.count, t.phases?.length ?? 0);
  return Array.from(
    { length: n },
    (_, i): HpaPod => ({
      name: `test-pod-${i}`,
      phase: t.phases?.[i] ?? 'Running',
      deleting: t.deleting?.[i] ?? false,
      ready: t.readiness?.[i] ?? true,
      readyLastTransition: t.transitions?.[i] ?? ZERO,
      startTime: t.startTimes?.[i] ?? ZERO,
      containers: Array.from({ length: t.containers ?? 2 }, (_, c) => ({
        name: `container${c + 1}`,
        requests: t.requests && i < t.requests.length ? { cpu: t.requests[i] } : NONE,
      })),
    }),
  );
}

/** makePodMetricLevels: every container of pod i uses levels[i]. */
export function levels(...perPod: number[]): number[][] {
  return perPod.map((l) => [l, l]);
}

/** Resource metric samples: pod i (or names[i]) with its per-container cpu levels. */
export function cpuSamples(perContainer: number[][], opts: { names?: string[]; timestamp?: number; window?: number } = {}): PodSample[] {
  return perContainer.map((cs, i) => ({
    pod: opts.names?.[i] ?? `test-pod-${i}`,
    timestamp: opts.timestamp ?? ZERO,
    window: opts.window ?? 60_000,
    cpu: cs.reduce((a, b) => a + b, 0),
    memory: 0,
    containers: cs.map((cpu, c) => ({ name: `container${c + 1}`, cpu, memory: 0 })),
    custom: {},
  }));
}

/** Custom (Pods) metric samples: pod i reports `name` = values[i] milli-units. */
export function customSamples(name: string, values: number[], timestamp = ZERO): PodSample[] {
  return values.map((v, i) => ({ pod: `test-pod-${i}`, timestamp, window: 60_000, cpu: 0, memory: 0, custom: { [name]: v } }));
}

/** horizontal_test.go generateScalingRules (selectPolicy Max). */
export function scalingRules(pods: number, podsPeriod: number, percent: number, percentPeriod: number, window: number): ScalingRules {
  const rules: ScalingRules = { stabilizationWindowSeconds: window, selectPolicy: 'Max', policies: [] };
  if (pods !== 0) rules.policies.push({ type: 'Pods', value: pods, periodSeconds: podsPeriod });
  if (percent !== 0) rules.policies.push({ type: 'Percent', value: percent, periodSeconds: percentPeriod });
  return rules;
}

export const cpuUtilization = (target: number): HpaMetric => ({
  type: 'Resource',
  resource: 'cpu',
  target: { type: 'Utilization', averageUtilization: target },
});
export const podsMetric = (name: string, averageValue: number): HpaMetric => ({ type: 'Pods', metricName: name, averageValue });

/** horizontal_test.go testCase: the HPA, its pods (request split over 2 containers) and samples at NOW. */
export interface ControllerCase extends Omit<PodTable, 'count' | 'containers' | 'transitions'> {
  minReplicas: number;
  maxReplicas: number;
  specReplicas: number;
  statusReplicas: number;
  cpuTarget?: number;
  metrics?: HpaMetric[];
  levels: number[];
  scaleUpRules?: ScalingRules;
  scaleDownRules?: ScalingRules;
  /** undefined: a fresh controller (seeded with the current size); [] an empty history. */
  recommendations?: Recommendation[];
  /** Custom metrics API returns nothing. */
  noCustomMetrics?: boolean;
}

export function controllerCase(c: ControllerCase): { state: ReturnType<typeof newHpaState>; input: ReconcileInput } {
  const metrics = [...(c.cpuTarget ? [cpuUtilization(c.cpuTarget)] : []), ...(c.metrics ?? [])];
  const behavior =
    c.scaleUpRules || c.scaleDownRules
      ? { scaleUp: c.scaleUpRules ?? defaultScaleUpRules(), scaleDown: c.scaleDownRules ?? defaultScaleDownRules() }
      : undefined;
  const hpa: HpaSpec = {
    name: 'test-hpa',
    namespace: 'test-namespace',
    labels: {},
    scaleTargetRef: { apiVersion: 'v1', kind: 'ReplicationController', name: 'test-rc' },
    minReplicas: c.minReplicas,
    maxReplicas: c.maxReplicas,
    metrics,
    behavior,
  };
  const requests = c.requests ?? Array(c.statusReplicas).fill(1000);
  const pods = tablePods({
    ...c,
    count: requests.length,
    requests: requests.map((r) => Math.floor(r / 2)),
    transitions: c.startTimes,
  });
  const samples: PodSample[] = c.levels.map((l, i) => ({
    pod: `test-pod-${i}`,
    timestamp: NOW,
    window: 60_000,
    cpu: 2 * Math.floor(l / 2),
    memory: 1024 * 1024 * 1000,
    containers: [1, 2].map((k) => ({ name: `container${k}`, cpu: Math.floor(l / 2), memory: 512 * 1024 * 1000 })),
    custom: c.noCustomMetrics ? NONE : { qps: l },
  }));
  const state = { ...newHpaState(), recommendations: c.recommendations };
  return { state, input: { hpa, currentReplicas: c.specReplicas, pods, samples, config: TESTING_CONFIG } };
}
