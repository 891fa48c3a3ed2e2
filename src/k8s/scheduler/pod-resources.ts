// The resources a pod asks the scheduler for.
// k8s v1.28 pkg/api/v1/resource/helpers.go PodRequests (with the KEP-753 sidecar rule) and
// pkg/scheduler/framework/types.go calculateResource (the non-zero variant used for scoring).
import type { PodSpec, ResourceList } from '../../model/types.js';
import { CPU, DEFAULT_MEMORY_REQUEST, DEFAULT_MILLI_CPU_REQUEST, MEMORY } from './resource-names.js';

export interface PodRequestOptions {
  /** k8s NonMissingContainerRequests: values used for containers that lack these keys entirely. */
  nonMissing?: ResourceList;
  /** k8s ExcludeOverhead. */
  excludeOverhead?: boolean;
}

/** The per-container defaults the scoring plugins and NodeInfo.NonZeroRequested use. */
export const NON_ZERO_DEFAULTS: ResourceList = { [CPU]: DEFAULT_MILLI_CPU_REQUEST, [MEMORY]: DEFAULT_MEMORY_REQUEST };

function addInto(into: Record<string, number>, list: ResourceList): void {
  for (const name in list) into[name] = (into[name] ?? 0) + list[name];
}

function maxInto(into: Record<string, number>, list: ResourceList): void {
  for (const name in list) {
    const v = list[name];
    if (into[name] === undefined || into[name] < v) into[name] = v;
  }
}

// k8s helpers.go applyNonMissing: only keys absent from the container's requests get the default
// (an explicit 0 stays 0).
function withDefaults(requests: ResourceList, nonMissing: ResourceList | undefined): ResourceList {
  if (!nonMissing) return requests;
  let out: Record<string, number> | undefined;
  for (const name in nonMissing) {
    if (requests[name] === undefined) {
      out ??= { ...requests };
      out[name] = nonMissing[name];
    }
  }
  return out ?? requests;
}

/**
 * k8s PodRequests: max(Σ app containers + Σ restartable init containers, max over init containers
 * of their use) + overhead. A regular init container's use is its request plus the restartable
 * (sidecar) init containers declared before it; a restartable one's use is the running sum of them.
 */
export function podRequests(spec: PodSpec, opts: PodRequestOptions = {}): Record<string, number> {
  const reqs: Record<string, number> = {};
  for (const c of spec.containers) addInto(reqs, withDefaults(c.requests, opts.nonMissing));

  const sidecars: Record<string, number> = {};
  const initMax: Record<string, number> = {};
  for (const c of spec.initContainers) {
    const r = withDefaults(c.requests, opts.nonMissing);
    let use: ResourceList;
    if (c.restartPolicy === 'Always') {
      addInto(reqs, r);
      addInto(sidecars, r);
      use = sidecars;
    } else {
      const tmp: Record<string, number> = {};
      addInto(tmp, r);
      addInto(tmp, sidecars);
      use = tmp;
    }
    maxInto(initMax, use);
  }
  maxInto(reqs, initMax);

  if (!opts.excludeOverhead) addInto(reqs, spec.overhead);
  return reqs;
}

/** PodRequests with the scoring defaults (100m CPU / 200 MiB memory per container lacking them). */
export function podNonZeroRequests(spec: PodSpec): Record<string, number> {
  return podRequests(spec, { nonMissing: NON_ZERO_DEFAULTS });
}

/** Whether any init container is restartable (a sidecar, KEP-753). */
export function hasRestartableInitContainer(spec: PodSpec): boolean {
  return spec.initContainers.some((c) => c.restartPolicy === 'Always');
}
