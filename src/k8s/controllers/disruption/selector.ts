// metav1.LabelSelector matching. k8s v1.28 staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/helpers.go
// LabelSelectorAsSelector: a null selector matches nothing, an empty one everything; matchLabels and
// every matchExpression must hold.
import type { LabelSelector, Labels } from '../../../model/types.js';
import { newLabelRequirement, requirementMatches } from '../../scheduler/plugins/label-requirement.js';

export function selectorMatches(sel: LabelSelector | null | undefined, labels: Labels): boolean {
  if (!sel) return false;
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of sel.matchExpressions ?? []) {
    const r = newLabelRequirement(e.key, e.operator, e.values ?? []);
    if (Array.isArray(r) || !requirementMatches(r, labels)) return false;
  }
  return true;
}
