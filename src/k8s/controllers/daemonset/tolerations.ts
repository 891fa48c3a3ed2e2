// The tolerations the DaemonSet controller gives every daemon pod, and the node affinity that binds a
// daemon pod to its node. k8s v1.28 pkg/controller/daemon/util/daemonset_util.go
// (AddOrUpdateDaemonPodTolerations, ReplaceDaemonSetPodNodeNameNodeAffinity) and
// pkg/apis/core/v1/helper/helpers.go AddOrUpdateTolerationInPodSpec.
import type { NodeAffinity, Toleration } from '../../../model/types.js';
import { TAINT_NOT_READY, TAINT_UNREACHABLE, TAINT_UNSCHEDULABLE } from '../node-lifecycle/taints.js';

export const TAINT_DISK_PRESSURE = 'node.kubernetes.io/disk-pressure';
export const TAINT_MEMORY_PRESSURE = 'node.kubernetes.io/memory-pressure';
export const TAINT_PID_PRESSURE = 'node.kubernetes.io/pid-pressure';
export const TAINT_NETWORK_UNAVAILABLE = 'node.kubernetes.io/network-unavailable';

// k8s Toleration.MatchToleration: same key, operator, value and effect.
function sameToleration(a: Toleration, b: Toleration): boolean {
  return (
    (a.key ?? '') === (b.key ?? '') &&
    (a.operator ?? 'Equal') === (b.operator ?? 'Equal') &&
    (a.value ?? '') === (b.value ?? '') &&
    (a.effect ?? '') === (b.effect ?? '')
  );
}

/** AddOrUpdateTolerationInPodSpec: replaces a matching toleration (e.g. one with tolerationSeconds) or appends. */
export function addOrUpdateToleration(list: readonly Toleration[], t: Toleration): Toleration[] {
  const out: Toleration[] = [];
  let found = false;
  for (const old of list) {
    if (sameToleration(old, t)) {
      if (!found) out.push(t);
      found = true;
    } else out.push(old);
  }
  if (!found) out.push(t);
  return out;
}

/**
 * AddOrUpdateDaemonPodTolerations: not-ready and unreachable NoExecute without tolerationSeconds (a
 * daemon pod is never evicted by node lifecycle), the node-condition NoSchedule taints and
 * unschedulable, and network-unavailable for host-network pods.
 */
export function daemonPodTolerations(tolerations: readonly Toleration[], hostNetwork: boolean): Toleration[] {
  let out = [...tolerations];
  const add = (key: string, effect: 'NoExecute' | 'NoSchedule') => {
    out = addOrUpdateToleration(out, { key, operator: 'Exists', effect });
  };
  add(TAINT_NOT_READY, 'NoExecute');
  add(TAINT_UNREACHABLE, 'NoExecute');
  add(TAINT_DISK_PRESSURE, 'NoSchedule');
  add(TAINT_MEMORY_PRESSURE, 'NoSchedule');
  add(TAINT_PID_PRESSURE, 'NoSchedule');
  add(TAINT_UNSCHEDULABLE, 'NoSchedule');
  if (hostNetwork) add(TAINT_NETWORK_UNAVAILABLE, 'NoSchedule');
  return out;
}

/**
 * ReplaceDaemonSetPodNodeNameNodeAffinity: the required node affinity becomes a single term
 * `matchFields metadata.name In [node]` (the default scheduler then binds the pod there); preferred
 * terms are kept.
 */
export function daemonPodNodeAffinity(affinity: NodeAffinity | undefined, nodeName: string): NodeAffinity {
  return {
    ...affinity,
    requiredDuringSchedulingIgnoredDuringExecution: {
      nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [nodeName] }] }],
    },
  };
}

/** GetTargetNodeName: spec.nodeName, else the node named by a matchFields metadata.name In term. */
export function targetNodeName(nodeName: string | undefined, affinity: NodeAffinity | undefined): string | undefined {
  if (nodeName) return nodeName;
  for (const term of affinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? []) {
    for (const f of term.matchFields ?? []) {
      if (f.key === 'metadata.name' && f.operator === 'In') return f.values?.length === 1 ? f.values[0] : undefined;
    }
  }
  return undefined;
}
