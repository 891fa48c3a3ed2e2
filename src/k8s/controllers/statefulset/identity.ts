// StatefulSet pod identity. k8s v1.28 pkg/controller/statefulset/stateful_set_utils.go
// (getPodName, getParentNameAndOrdinal, the statefulset.kubernetes.io/pod-name label and the
// controller-revision-hash label) and the pod's hostname/subdomain.

export const POD_NAME_LABEL = 'statefulset.kubernetes.io/pod-name';
export const REVISION_LABEL = 'controller-revision-hash';

/** getPodName: `<set>-<ordinal>`. */
export function podName(set: string, ordinal: number): string {
  return `${set}-${ordinal}`;
}

/** getParentNameAndOrdinal: the set name and ordinal of a pod name, or undefined when it has none. */
export function parentAndOrdinal(pod: string): { parent: string; ordinal: number } | undefined {
  const m = /^(.*)-([0-9]+)$/.exec(pod);
  if (!m) return undefined;
  const ordinal = Number(m[2]);
  return Number.isSafeInteger(ordinal) && ordinal <= 2147483647 ? { parent: m[1], ordinal } : undefined;
}

/** isMemberOf: the pod's parent name is the set's. */
export function isMemberOf(set: string, pod: string): boolean {
  return parentAndOrdinal(pod)?.parent === set;
}
