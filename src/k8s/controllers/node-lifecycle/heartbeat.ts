// When the node-lifecycle controller notices a silent kubelet.
// k8s v1.28: the kubelet renews its Lease every leaseDuration × 0.25 = 10 s
// (pkg/kubelet/kubelet.go nodeLeaseRenewIntervalFraction); the controller checks every
// --node-monitor-period (5 s) and declares the Ready condition Unknown once the last renewal is older
// than --node-monitor-grace-period (40 s): `probeTimestamp + grace` strictly before now
// (pkg/controller/nodelifecycle/node_lifecycle_controller.go tryUpdateNodeHealth).

export const LEASE_RENEW_MS = 10_000;
export const NODE_MONITOR_PERIOD_MS = 5_000;
export const NODE_MONITOR_GRACE_MS = 40_000;

/** The last lease renewal strictly before `diedAt`, for a kubelet renewing from `startedAt`. */
export function lastRenewal(startedAt: number, diedAt: number, period = LEASE_RENEW_MS): number {
  if (diedAt <= startedAt) return startedAt;
  return startedAt + (Math.ceil((diedAt - startedAt) / period) - 1) * period;
}

/** The first monitor pass (on the grid k × period) that finds the lease expired. */
export function notReadyAt(renewedAt: number, grace = NODE_MONITOR_GRACE_MS, period = NODE_MONITOR_PERIOD_MS): number {
  return (Math.floor((renewedAt + grace) / period) + 1) * period;
}
