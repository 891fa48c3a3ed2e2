// Pod IPs. Kubernetes' CNI plugins hand out addresses from the node's pod CIDR in allocation order,
// which would make one pod's IP (and so its probe messages) depend on every pod created before it.
// kubetwin derives the IP from the pod's own uid instead (independence rule): a 20-bit hash inside
// 10.240.0.0/12, moved to the next free address only if a live pod already holds it.
import { fnv32a } from '../../model/hash.js';

const SPACE = 1 << 20;

function address(n: number): string {
  return `10.${240 + (n >>> 16)}.${(n >>> 8) & 255}.${n & 255}`;
}

/** The IP for a pod with this uid; `inUse` holds the live pods' IPs and gains the new one. */
export function podIP(uid: string, inUse: Set<string>): string {
  let n = fnv32a(uid) % SPACE;
  // Skip network (.0) and broadcast-looking (.255) host parts, and addresses taken by live pods.
  while ((n & 255) === 0 || (n & 255) === 255 || inUse.has(address(n))) n = (n + 1) % SPACE;
  const ip = address(n);
  inUse.add(ip);
  return ip;
}
