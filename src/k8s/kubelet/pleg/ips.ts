// k8s v1.28 generic.go getPodIPs: keep the previously cached pod IPs when a successful status has
// none and none of its sandboxes is ready (a torn-down pod keeps reporting its last IP).
import type { PodStatus } from '../runtime/types.js';

export function preservedIps(cached: PodStatus, fresh: PodStatus): string[] {
  if (fresh.ips.length > 0) return fresh.ips;
  if (cached.ips.length === 0) return [];
  if (fresh.sandboxStatuses.some((s) => s.state === 'ready')) return fresh.ips;
  return cached.ips;
}
