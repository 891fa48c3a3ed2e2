// Label selectors on objects (Deployment spec.selector, the scale subresource's selector the HPA
// lists pods by). k8s v1.28 staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/helpers.go
// LabelSelectorAsSelector and pkg/labels Requirement.Matches.
import type { LabelSelector, Labels } from '../../model/types.js';
import { newLabelRequirement, requirementMatches } from '../scheduler/plugins/label-requirement.js';

/**
 * LabelSelectorAsSelector(sel).Matches(labels): no selector selects nothing, an empty one selects
 * everything; matchLabels are Equals requirements; matchExpressions take In, NotIn, Exists and
 * DoesNotExist (any other operator makes the selector invalid, which selects nothing here).
 */
export function labelSelectorMatches(sel: LabelSelector | undefined, labels: Labels): boolean {
  if (!sel) return false;
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) {
    if (!Object.prototype.hasOwnProperty.call(labels, k) || labels[k] !== v) return false;
  }
  for (const e of sel.matchExpressions ?? []) {
    if (e.operator === 'Gt' || e.operator === 'Lt') return false;
    const r = newLabelRequirement(e.key, e.operator, e.values ?? []);
    if (Array.isArray(r) || !requirementMatches(r, labels)) return false;
  }
  return true;
}
