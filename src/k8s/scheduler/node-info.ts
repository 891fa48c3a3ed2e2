// The scheduler's per-node cache entry, kept up to date incrementally on bind/unbind.
// k8s v1.28 pkg/scheduler/framework/types.go NodeInfo.AddPod / RemovePod / update.
import type { NodeSpec, PodObject } from '../../model/types.js';
import { podNonZeroRequests, podRequests } from './pod-resources.js';
import { CPU, MEMORY, PODS, isTrackedResource } from './resource-names.js';
import type { NodeInfo } from './types.js';

export function newNodeInfo(node: NodeSpec, pods: readonly PodObject[] = []): NodeInfo {
  const info: NodeInfo = {
    node,
    pods: [],
    requested: { [PODS]: 0 },
    nonZeroRequested: { [CPU]: 0, [MEMORY]: 0, [PODS]: 0 },
    entries: new Map(),
  };
  for (const pod of pods) addPod(info, pod);
  return info;
}

/** Replace the node object (labels, taints, allocatable changed); pod sums are unaffected. */
export function setNode(info: NodeInfo, node: NodeSpec): void {
  info.node = node;
}

// k8s calculateResource: only cpu, memory, ephemeral-storage and scalar resources are summed
// (framework.Resource.Add ignores other names).
function trackedRequests(pod: PodObject): Record<string, number> {
  const all = podRequests(pod.spec);
  const out: Record<string, number> = {};
  for (const name in all) if (isTrackedResource(name)) out[name] = all[name];
  return out;
}

/** k8s NodeInfo.AddPod. Adding a pod whose uid is already present throws. */
export function addPod(info: NodeInfo, pod: PodObject): void {
  if (info.entries.has(pod.uid)) throw new Error(`pod ${pod.namespace}/${pod.name} (${pod.uid}) is already on node ${info.node.name}`);
  const requests = trackedRequests(pod);
  const nonZero = podNonZeroRequests(pod.spec);
  const entry = {
    index: info.pods.length,
    requests,
    nonZeroCpu: nonZero[CPU] ?? 0,
    nonZeroMemory: nonZero[MEMORY] ?? 0,
  };
  info.entries.set(pod.uid, entry);
  info.pods.push(pod);
  for (const name in requests) info.requested[name] = (info.requested[name] ?? 0) + requests[name];
  info.requested[PODS] += 1;
  info.nonZeroRequested[CPU] += entry.nonZeroCpu;
  info.nonZeroRequested[MEMORY] += entry.nonZeroMemory;
  info.nonZeroRequested[PODS] += 1;
}

/** k8s NodeInfo.RemovePod, by uid. Returns false when the pod is not on the node. */
export function removePod(info: NodeInfo, uid: string): boolean {
  const entry = info.entries.get(uid);
  if (!entry) return false;
  const last = info.pods.length - 1;
  if (entry.index !== last) {
    const moved = info.pods[last];
    info.pods[entry.index] = moved;
    info.entries.get(moved.uid)!.index = entry.index;
  }
  info.pods.pop();
  info.entries.delete(uid);
  for (const name in entry.requests) info.requested[name] -= entry.requests[name];
  info.requested[PODS] -= 1;
  info.nonZeroRequested[CPU] -= entry.nonZeroCpu;
  info.nonZeroRequested[MEMORY] -= entry.nonZeroMemory;
  info.nonZeroRequested[PODS] -= 1;
  return true;
}
