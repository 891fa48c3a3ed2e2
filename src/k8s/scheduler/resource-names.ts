// Resource-name classes the scheduler cares about.
// k8s v1.28 pkg/apis/core/v1/helper/helpers.go and pkg/scheduler/util/utils.go.

export const CPU = 'cpu';
export const MEMORY = 'memory';
export const EPHEMERAL_STORAGE = 'ephemeral-storage';
export const PODS = 'pods';

// k8s pkg/scheduler/util/pod_resources.go: defaults used for scoring only.
export const DEFAULT_MILLI_CPU_REQUEST = 100;
export const DEFAULT_MEMORY_REQUEST = 200 * 1024 * 1024;

/** k8s IsPrefixedNativeResource: the name contains "kubernetes.io/". */
export function isPrefixedNativeResource(name: string): boolean {
  return name.includes('kubernetes.io/');
}

/** k8s IsNativeResource: no domain prefix at all, or a kubernetes.io one. */
export function isNativeResource(name: string): boolean {
  return !name.includes('/') || isPrefixedNativeResource(name);
}

/**
 * k8s IsExtendedResourceName: a domain-prefixed, non-kubernetes.io name not starting with
 * "requests.". (The qualified-name syntax check is left to scenario validation.)
 */
export function isExtendedResourceName(name: string): boolean {
  return !isNativeResource(name) && !name.startsWith('requests.');
}

/** k8s schedutil.IsScalarResourceName: extended, hugepages-*, prefixed native or attachable-volumes-*. */
export function isScalarResourceName(name: string): boolean {
  return (
    isExtendedResourceName(name) ||
    name.startsWith('hugepages-') ||
    isPrefixedNativeResource(name) ||
    name.startsWith('attachable-volumes-')
  );
}

/**
 * Whether framework.Resource.Add would keep this resource: cpu, memory, ephemeral-storage and scalar
 * resources. (`pods` is tracked separately as a count.)
 */
export function isTrackedResource(name: string): boolean {
  return name === CPU || name === MEMORY || name === EPHEMERAL_STORAGE || isScalarResourceName(name);
}
