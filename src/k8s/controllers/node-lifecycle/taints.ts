// Node-lifecycle taints, the tolerations the DefaultTolerationSeconds admission plugin adds, and the
// NoExecute toleration arithmetic of the taint manager.
// k8s v1.28 staging/src/k8s.io/api/core/v1/well_known_taints.go,
// plugin/pkg/admission/defaulttolerationseconds/admission.go,
// pkg/controller/nodelifecycle/scheduler/taint_manager.go (getMinTolerationTime) and
// staging/src/k8s.io/component-helpers/scheduling/corev1/helpers.go GetMatchingTolerations.
import type { Taint, Toleration } from '../../../model/types.js';
import { toleratesTaint } from '../../../model/tolerations.js';

export const TAINT_NOT_READY = 'node.kubernetes.io/not-ready';
export const TAINT_UNREACHABLE = 'node.kubernetes.io/unreachable';
export const TAINT_UNSCHEDULABLE = 'node.kubernetes.io/unschedulable';

/** --default-not-ready-toleration-seconds and --default-unreachable-toleration-seconds. */
export const DEFAULT_TOLERATION_SECONDS = 300;

/**
 * DefaultTolerationSeconds admission: unless the pod already tolerates the key with effect NoExecute
 * (or any effect; an empty key matches every key), add `key Exists NoExecute for 300 s`.
 */
export function withDefaultTolerations(tolerations: readonly Toleration[], seconds = DEFAULT_TOLERATION_SECONDS): Toleration[] {
  const covers = (key: string) => tolerations.some((t) => (t.key === key || !t.key) && (t.effect === 'NoExecute' || !t.effect));
  const out = [...tolerations];
  for (const key of [TAINT_NOT_READY, TAINT_UNREACHABLE]) {
    if (!covers(key)) out.push({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: seconds });
  }
  return out;
}

/**
 * GetMatchingTolerations: whether every taint is tolerated, and the tolerations used (the first
 * matching one per taint). No taints → all tolerated, none used.
 */
export function matchingTolerations(taints: readonly Taint[], tolerations: readonly Toleration[]): { all: boolean; used: Toleration[] } {
  const used: Toleration[] = [];
  for (const taint of taints) {
    const t = tolerations.find((x) => toleratesTaint(x, taint));
    if (!t) return { all: false, used: [] };
    used.push(t);
  }
  return { all: true, used };
}

/**
 * getMinTolerationTime, in ms: 0 with no tolerations; the smallest tolerationSeconds of the used
 * tolerations (≤ 0 counts as 0); -1 when none sets tolerationSeconds (tolerated forever).
 */
export function minTolerationMs(used: readonly Toleration[]): number {
  if (used.length === 0) return 0;
  let min = -1;
  for (const t of used) {
    if (t.tolerationSeconds === undefined) continue;
    const ms = Math.max(0, t.tolerationSeconds) * 1000;
    if (min < 0 || ms < min) min = ms;
  }
  return min;
}
