// One label requirement (key, operator, values), validated and matched like
// k8s v1.28 staging/src/k8s.io/apimachinery/pkg/labels/selector.go NewRequirement / Requirement.Matches.
import type { Labels, LabelSelector, SelectorOperator } from './types.js';

export interface LabelRequirement {
  key: string;
  operator: SelectorOperator;
  values: ReadonlySet<string>;
  /** The single integer operand of Gt/Lt. */
  bound?: bigint;
}

// k8s validation.IsQualifiedName / IsDNS1123Subdomain / IsValidLabelValue.
const NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
// Go strconv.ParseInt(s, 10, 64) syntax.
const INT = /^[+-]?[0-9]+$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

export function isQualifiedName(key: string): boolean {
  const parts = key.split('/');
  if (parts.length > 2) return false;
  const name = parts[parts.length - 1];
  if (parts.length === 2) {
    const prefix = parts[0];
    if (prefix.length === 0 || prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix)) return false;
  }
  return name.length > 0 && name.length <= 63 && NAME_PART.test(name);
}

export function isValidLabelValue(v: string): boolean {
  return v.length <= 63 && LABEL_VALUE.test(v);
}

/** Go strconv.ParseInt(s, 10, 64), or undefined on a syntax or range error. */
export function parseInt64(s: string): bigint | undefined {
  if (!INT.test(s)) return undefined;
  const v = BigInt(s);
  return v < INT64_MIN || v > INT64_MAX ? undefined : v;
}

/** k8s labels.NewRequirement: the requirement, or the list of problems that make it invalid. */
export function newLabelRequirement(key: string, operator: SelectorOperator, values: readonly string[] = []): LabelRequirement | string[] {
  const errors: string[] = [];
  if (!isQualifiedName(key)) errors.push(`invalid label key "${key}"`);
  let bound: bigint | undefined;
  switch (operator) {
    case 'In':
    case 'NotIn':
      if (values.length === 0) errors.push("for 'in', 'notin' operators, values set can't be empty");
      break;
    case 'Exists':
    case 'DoesNotExist':
      if (values.length !== 0) errors.push('values set must be empty for exists and does not exist');
      break;
    case 'Gt':
    case 'Lt':
      if (values.length !== 1) errors.push("for 'Gt', 'Lt' operators, exactly one value is required");
      for (const v of values) {
        bound = parseInt64(v);
        if (bound === undefined) errors.push("for 'Gt', 'Lt' operators, the value must be an integer");
      }
      break;
    default:
      errors.push(`operator "${String(operator)}" is not recognized`);
  }
  for (const v of values) if (!isValidLabelValue(v)) errors.push(`invalid label value "${v}"`);
  if (errors.length > 0) return errors;
  return { key, operator, values: new Set(values), bound };
}

/** k8s Requirement.Matches. */
export function requirementMatches(r: LabelRequirement, labels: Labels): boolean {
  const has = Object.hasOwn(labels, r.key);
  switch (r.operator) {
    case 'In':
      return has && r.values.has(labels[r.key]);
    case 'NotIn':
      return !has || !r.values.has(labels[r.key]);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    case 'Gt':
    case 'Lt': {
      if (!has || r.bound === undefined) return false;
      const v = parseInt64(labels[r.key]);
      if (v === undefined) return false;
      return r.operator === 'Gt' ? v > r.bound : v < r.bound;
    }
  }
}

/**
 * LabelSelectorAsSelector(sel).Matches(labels): no selector selects nothing, an empty one selects
 * everything; matchLabels are Equals requirements; matchExpressions take In, NotIn, Exists and
 * DoesNotExist (any other operator makes the selector invalid, which selects nothing here).
 */
export function labelSelectorMatches(sel: LabelSelector | undefined, labels: Labels): boolean {
  if (!sel) return false;
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) {
    if (!Object.hasOwn(labels, k) || labels[k] !== v) return false;
  }
  for (const e of sel.matchExpressions ?? []) {
    if (e.operator === 'Gt' || e.operator === 'Lt') return false;
    const r = newLabelRequirement(e.key, e.operator, e.values ?? []);
    if (Array.isArray(r) || !requirementMatches(r, labels)) return false;
  }
  return true;
}

/**
 * A node label selector of kubetwin's own sections (relist, churn): every matchLabel and every
 * expression holds, Gt and Lt included as for node selector requirements (empty: every node).
 */
export function selectorMatches(sel: LabelSelector, labels: Labels): boolean {
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of sel.matchExpressions ?? []) {
    const r = newLabelRequirement(e.key, e.operator, e.values ?? []);
    if (Array.isArray(r) || !requirementMatches(r, labels)) return false;
  }
  return true;
}
