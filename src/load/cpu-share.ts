// How the CPU of one node is shared when the pods on it want more than it has.
// k8s v1.28 pkg/kubelet/cm/helpers_linux.go MilliCPUToShares: a container's cpu.shares is
// request × 1024 / 1000 (at least 2); the CFS scheduler then divides a busy CPU in proportion to
// shares, and a container never gets more than its CFS quota (the CPU limit) or than it asks for.
// Modelled as weighted max-min fairness ("water-filling") over the node's allocatable CPU.

/** k8s v1.28 pkg/kubelet/cm/helpers_linux.go: kernel bounds of cpu.shares, and the CFS quota floor. */
export const MIN_SHARES = 2;
export const MAX_SHARES = 262144;
export const QUOTA_PERIOD_US = 100_000;
export const MIN_QUOTA_PERIOD_US = 1000;

/** cpu.shares of a CPU request in millicores (k8s MilliCPUToShares): request × 1024 / 1000 within [2, 262144]. */
export function milliCpuToShares(requestMilli: number): number {
  if (requestMilli <= 0) return MIN_SHARES;
  return Math.min(MAX_SHARES, Math.max(MIN_SHARES, Math.floor((requestMilli * 1024) / 1000)));
}

/** CFS quota (µs per period) of a CPU limit (k8s MilliCPUToQuota): 0 = no quota; at least 1000 µs. */
export function milliCpuToQuota(limitMilli: number, periodUs = QUOTA_PERIOD_US): number {
  if (limitMilli <= 0) return 0;
  return Math.max(MIN_QUOTA_PERIOD_US, Math.floor((limitMilli * periodUs) / 1000));
}

/** The CPU a limit really allows, millicores (the quota floor raises tiny limits to 10m); Infinity: no limit. */
export function effectiveCpuLimit(limitMilli: number | undefined): number {
  if (limitMilli === undefined || limitMilli <= 0) return Infinity;
  return (milliCpuToQuota(limitMilli) * 1000) / QUOTA_PERIOD_US;
}

export interface CpuClaim {
  /** CPU the container would use, millicores. */
  demand: number;
  /** CPU limit (CFS quota), millicores; Infinity when unlimited. */
  limit: number;
  /** cpu.shares. */
  weight: number;
}

/**
 * Millicores granted to each claim: min(demand, limit) for everyone when that fits in `capacity`;
 * otherwise each gets min(its cap, λ × weight) with λ chosen so the grants add up to the capacity.
 */
export function shareCpu(claims: readonly CpuClaim[], capacity: number): number[] {
  const caps = claims.map((c) => Math.max(0, Math.min(c.demand, c.limit)));
  let total = 0;
  for (const c of caps) total += c;
  if (total <= capacity) return caps;
  const grants = new Array<number>(claims.length).fill(0);
  // Claims in order of cap per share: those below the fair level are satisfied in full first.
  const order = claims.map((_, i) => i).sort((a, b) => caps[a] / claims[a].weight - caps[b] / claims[b].weight || a - b);
  let remaining = Math.max(0, capacity);
  let weights = 0;
  for (const i of order) weights += claims[i].weight;
  for (const i of order) {
    const fair = (remaining * claims[i].weight) / weights;
    grants[i] = Math.min(caps[i], fair);
    remaining -= grants[i];
    weights -= claims[i].weight;
  }
  return grants;
}
