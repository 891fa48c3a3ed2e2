// The HPA's view of the target's pods: k8s v1.28 horizontal.go lists the pods of the target's
// namespace by the scale subresource's selector (the Deployment's spec.selector), whoever owns them:
// a stray pod carrying the labels counts. Terminating and failed pods are included: the replica
// calculator's groupPods ignores those itself.
import type { HpaPod } from '../../k8s/hpa/types.js';
import { labelSelectorMatches } from '../../model/label-selector.js';
import type { LabelSelector } from '../../model/types.js';
import type { Cluster, PodState } from '../../sim/cluster.js';

export function targetPods(cluster: Cluster, namespace: string, selector: LabelSelector): PodState[] {
  const out: PodState[] = [];
  for (const p of cluster.pods.values()) {
    if (p.obj.namespace === namespace && labelSelectorMatches(selector, p.obj.labels)) out.push(p);
  }
  return out;
}

/**
 * PodState → HpaPod. The Ready condition exists once the kubelet has reported the pod (start time
 * set); its lastTransitionTime is the last readiness change, or the start (first status: Ready=False).
 */
export function toHpaPod(p: PodState): HpaPod {
  const reported = p.startedAt !== undefined;
  return {
    name: p.obj.name,
    phase: p.phase,
    deleting: p.deletingAt !== undefined,
    ready: reported ? p.ready : undefined,
    readyLastTransition: p.readyTransitionAt ?? p.startedAt ?? 0,
    startTime: p.startedAt,
    containers: p.obj.spec.containers.map((c) => ({ name: c.name, requests: c.requests })),
  };
}
