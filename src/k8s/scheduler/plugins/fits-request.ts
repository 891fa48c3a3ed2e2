// Does a pod's request fit what is left on a node?
// k8s v1.28 pkg/scheduler/framework/plugins/noderesources/fit.go computePodResourceRequest / fitsRequest.
import type { PodObject } from '../../../model/types.js';
import { podRequests } from '../pod-resources.js';
import { CPU, EPHEMERAL_STORAGE, MEMORY, PODS, isExtendedResourceName, isScalarResourceName } from '../resource-names.js';
import type { NodeInfo } from '../types.js';

/** The pod request as framework.Resource holds it (k8s preFilterState). */
export interface PodResourceRequest {
  cpu: number;
  memory: number;
  ephemeralStorage: number;
  /** Scalar resources the pod names (zero quantities included), sorted by name. */
  scalars: Array<[string, number]>;
}

export interface InsufficientResource {
  resourceName: string;
  reason: string;
  requested: number;
  used: number;
  capacity: number;
}

/** k8s computePodResourceRequest: PodRequests folded into a framework.Resource. */
export function computePodResourceRequest(pod: PodObject): PodResourceRequest {
  const reqs = podRequests(pod.spec);
  const scalars: Array<[string, number]> = [];
  for (const name of Object.keys(reqs).sort()) if (isScalarResourceName(name)) scalars.push([name, reqs[name]]);
  return { cpu: reqs[CPU] ?? 0, memory: reqs[MEMORY] ?? 0, ephemeralStorage: reqs[EPHEMERAL_STORAGE] ?? 0, scalars };
}

function check(out: InsufficientResource[], name: string, requested: number, info: NodeInfo): void {
  const capacity = info.node.allocatable[name] ?? 0;
  const used = info.requested[name] ?? 0;
  // k8s: strictly more than what is left fails; equality fits.
  if (requested > capacity - used) out.push({ resourceName: name, reason: `Insufficient ${name}`, requested, used, capacity });
}

/**
 * k8s fitsRequest. Order of the failures: pods, cpu, memory, ephemeral-storage, then scalar
 * resources (by name; Kubernetes iterates a map here, so its order is not defined).
 */
export function fitsRequest(
  req: PodResourceRequest,
  info: NodeInfo,
  ignoredResources: ReadonlySet<string> = new Set(),
  ignoredResourceGroups: ReadonlySet<string> = new Set(),
): InsufficientResource[] {
  const out: InsufficientResource[] = [];
  const allowedPods = info.node.allocatable[PODS] ?? 0;
  if (info.pods.length + 1 > allowedPods) {
    out.push({ resourceName: PODS, reason: 'Too many pods', requested: 1, used: info.pods.length, capacity: allowedPods });
  }
  // A pod asking for nothing only needs a pod slot.
  if (req.cpu === 0 && req.memory === 0 && req.ephemeralStorage === 0 && req.scalars.length === 0) return out;

  if (req.cpu > 0) check(out, CPU, req.cpu, info);
  if (req.memory > 0) check(out, MEMORY, req.memory, info);
  if (req.ephemeralStorage > 0) check(out, EPHEMERAL_STORAGE, req.ephemeralStorage, info);
  for (const [name, quantity] of req.scalars) {
    if (quantity === 0) continue;
    // Only extended resources can be ignored, by exact name or by their domain prefix.
    if (isExtendedResourceName(name) && (ignoredResources.has(name) || ignoredResourceGroups.has(name.split('/')[0]))) continue;
    check(out, name, quantity, info);
  }
  return out;
}
