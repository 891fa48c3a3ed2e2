// Label selectors as the scheduler evaluates them.
// k8s v1.28 staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/helpers.go LabelSelectorAsSelector
// (nil selects nothing, {} selects everything) and pkg/labels/selector.go Selector.Matches/Empty.
import type { LabelSelector, Labels } from '../../model/types.js';
import { newLabelRequirement, requirementMatches, type LabelRequirement } from '../../model/label-selector.js';

export interface Selector {
  /** k8s Selector.Empty: true for the everything selector (no requirements). */
  readonly empty: boolean;
  /** True for labels.Nothing(). */
  readonly nothing: boolean;
  readonly requirements: readonly LabelRequirement[];
}

export const NOTHING: Selector = Object.freeze({ empty: false, nothing: true, requirements: [] });
export const EVERYTHING: Selector = Object.freeze({ empty: true, nothing: false, requirements: [] });

/** k8s LabelSelectorAsSelector: the selector, or the problems that make it invalid. */
export function selectorFrom(ls: LabelSelector | undefined): Selector | string[] {
  if (!ls) return NOTHING;
  const ml = ls.matchLabels ?? {};
  const exprs = ls.matchExpressions ?? [];
  if (Object.keys(ml).length === 0 && exprs.length === 0) return EVERYTHING;
  const reqs: LabelRequirement[] = [];
  const errors: string[] = [];
  for (const k of Object.keys(ml)) {
    const r = newLabelRequirement(k, 'In', [ml[k]]);
    if (Array.isArray(r)) errors.push(...r);
    else reqs.push(r);
  }
  for (const e of exprs) {
    const r = newLabelRequirement(e.key, e.operator, e.values);
    if (Array.isArray(r)) errors.push(...r);
    else reqs.push(r);
  }
  if (errors.length > 0) return errors;
  return { empty: false, nothing: false, requirements: reqs };
}

/** A selector from a plain label set (k8s labels.SelectorFromSet); an empty set is everything. */
export function selectorFromSet(set: Labels): Selector {
  const r = selectorFrom({ matchLabels: set });
  return Array.isArray(r) ? NOTHING : r;
}

/** k8s Selector.Add: AND more requirements into the selector. */
export function addRequirements(s: Selector, more: readonly LabelRequirement[]): Selector {
  if (s.nothing) return s;
  if (more.length === 0) return s;
  return { empty: false, nothing: false, requirements: [...s.requirements, ...more] };
}

export function selectorMatches(s: Selector, labels: Labels): boolean {
  if (s.nothing) return false;
  for (const r of s.requirements) if (!requirementMatches(r, labels)) return false;
  return true;
}
