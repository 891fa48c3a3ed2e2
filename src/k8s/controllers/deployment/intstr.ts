// IntOrString arithmetic of rolling-update parameters.
// k8s v1.28 staging/src/k8s.io/apimachinery/pkg/util/intstr/intstr.go GetScaledValueFromIntOrPercent and
// pkg/controller/deployment/util/deployment_util.go ResolveFenceposts / MaxUnavailable / MaxSurge.

export type IntOrPercent = number | string;

/** An int stays as is; "N%" is N% of `total`, rounded up or down (k8s: surge up, unavailable down). */
export function scaledValue(v: IntOrPercent, total: number, roundUp: boolean): number {
  if (typeof v === 'number') return v;
  const m = /^(\d+)%$/.exec(v);
  if (!m) throw new Error(`invalid value for IntOrString: "${v}"`);
  const exact = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

/** k8s ResolveFenceposts: [surge, unavailable]; both 0 would deadlock, so unavailable becomes 1. */
export function resolveFenceposts(
  maxSurge: IntOrPercent | undefined,
  maxUnavailable: IntOrPercent | undefined,
  desired: number,
): [number, number] {
  const surge = scaledValue(maxSurge ?? 0, desired, true);
  let unavailable = scaledValue(maxUnavailable ?? 0, desired, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return [surge, unavailable];
}

export interface StrategyParams {
  type: 'RollingUpdate' | 'Recreate';
  maxSurge: IntOrPercent;
  maxUnavailable: IntOrPercent;
}

/** k8s MaxUnavailable: 0 for Recreate or zero replicas, otherwise capped at replicas. */
export function maxUnavailable(s: StrategyParams, replicas: number): number {
  if (s.type !== 'RollingUpdate' || replicas === 0) return 0;
  const [, unavailable] = resolveFenceposts(s.maxSurge, s.maxUnavailable, replicas);
  return Math.min(unavailable, replicas);
}

/** k8s MaxSurge: 0 unless RollingUpdate. */
export function maxSurge(s: StrategyParams, replicas: number): number {
  if (s.type !== 'RollingUpdate') return 0;
  return resolveFenceposts(s.maxSurge, s.maxUnavailable, replicas)[0];
}
