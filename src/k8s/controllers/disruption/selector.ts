// metav1.LabelSelector matching for PodDisruptionBudgets. k8s v1.28 policy/v1: a null selector
// matches no pods, an empty one every pod of the namespace (LabelSelectorAsSelector).
import { selectorMatches as matches } from '../../../model/label-selector.js';
import type { LabelSelector, Labels } from '../../../model/types.js';

export function selectorMatches(sel: LabelSelector | null | undefined, labels: Labels): boolean {
  return sel ? matches(sel, labels) : false;
}
