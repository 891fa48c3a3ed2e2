// Matching tolerations against taints.
// k8s v1.28 staging/src/k8s.io/api/core/v1/toleration.go ToleratesTaint and
// pkg/apis/core/v1/helper/helpers.go TolerationsTolerateTaint / FindMatchingUntoleratedTaint.
import type { Taint, Toleration } from './types.js';

/**
 * k8s Toleration.ToleratesTaint: effects must match unless the toleration's is empty, keys must
 * match unless the toleration's is empty, then operator Exists matches any value and Equal (or
 * empty) needs equal values. tolerationSeconds plays no part here.
 */
export function toleratesTaint(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  // An empty (or absent) operator is Equal: k8s v1.28 ToleratesTaint's `case "", TolerationOpEqual`.
  switch (t.operator ?? '') {
    case '':
    case 'Equal':
      return (t.value ?? '') === (taint.value ?? '');
    case 'Exists':
      return true;
    default:
      return false;
  }
}

/** k8s TolerationsTolerateTaint: some toleration tolerates the taint. */
export function tolerationsTolerateTaint(tolerations: readonly Toleration[], taint: Taint): boolean {
  for (const t of tolerations) if (toleratesTaint(t, taint)) return true;
  return false;
}

/**
 * k8s FindMatchingUntoleratedTaint: the first taint (in node order) accepted by `include` that no
 * toleration tolerates, or undefined.
 */
export function findUntoleratedTaint(
  taints: readonly Taint[],
  tolerations: readonly Toleration[],
  include: (t: Taint) => boolean,
): Taint | undefined {
  for (const taint of taints) {
    if (include(taint) && !tolerationsTolerateTaint(tolerations, taint)) return taint;
  }
  return undefined;
}
