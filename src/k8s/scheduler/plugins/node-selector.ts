// Node selector terms (matchExpressions on labels, matchFields on metadata.name).
// k8s v1.28 staging/src/k8s.io/component-helpers/scheduling/corev1/nodeaffinity/nodeaffinity.go.
import type { NodeSelectorTerm, NodeSpec, PreferredSchedulingTerm, SelectorRequirement } from '../../../model/types.js';
import { newLabelRequirement, requirementMatches, type LabelRequirement } from '../../../model/label-selector.js';

export const OBJECT_NAME_FIELD = 'metadata.name';

interface FieldRequirement {
  equal: boolean;
  value: string;
}

export interface ParsedTerm {
  /** undefined when the term has no matchExpressions (labels are then not checked). */
  labels?: LabelRequirement[];
  /** undefined when the term has no matchFields. */
  fields?: FieldRequirement[];
}

// k8s nodeSelectorRequirementsAsFieldSelector: only metadata.name with In/NotIn of exactly one value.
function parseFields(reqs: readonly SelectorRequirement[], errors: string[]): FieldRequirement[] {
  const out: FieldRequirement[] = [];
  for (const r of reqs) {
    if (r.key !== OBJECT_NAME_FIELD) {
      errors.push(`matchFields key "${r.key}" is not supported`);
    } else if (r.operator !== 'In' && r.operator !== 'NotIn') {
      errors.push(`matchFields operator "${r.operator}" is not supported`);
    } else if ((r.values?.length ?? 0) !== 1) {
      errors.push('matchFields values must have one element');
    } else {
      out.push({ equal: r.operator === 'In', value: r.values![0] });
    }
  }
  return out;
}

function isEmptyTerm(term: NodeSelectorTerm): boolean {
  return (term.matchExpressions?.length ?? 0) === 0 && (term.matchFields?.length ?? 0) === 0;
}

/** k8s newNodeSelectorTerm: the parsed term, or the problems found in it. */
export function parseTerm(term: NodeSelectorTerm): ParsedTerm | string[] {
  const errors: string[] = [];
  const parsed: ParsedTerm = {};
  if (term.matchExpressions?.length) {
    parsed.labels = [];
    for (const e of term.matchExpressions) {
      const r = newLabelRequirement(e.key, e.operator, e.values);
      if (Array.isArray(r)) errors.push(...r);
      else parsed.labels.push(r);
    }
  }
  if (term.matchFields?.length) parsed.fields = parseFields(term.matchFields, errors);
  return errors.length > 0 ? errors : parsed;
}

/** k8s nodeSelectorTerm.match: labels ANDed, then metadata.name fields ANDed. */
export function termMatches(term: ParsedTerm, node: NodeSpec): boolean {
  if (term.labels) for (const r of term.labels) if (!requirementMatches(r, node.labels)) return false;
  if (term.fields) for (const f of term.fields) if ((node.name === f.value) !== f.equal) return false;
  return true;
}

/**
 * k8s NewLazyErrorNodeSelector: required terms, ORed. Empty terms select nothing and invalid terms
 * are dropped (their errors are ignored by the scheduler for backwards compatibility).
 */
export function parseRequiredTerms(terms: readonly NodeSelectorTerm[]): ParsedTerm[] {
  const out: ParsedTerm[] = [];
  for (const t of terms) {
    if (isEmptyTerm(t)) continue;
    const p = parseTerm(t);
    if (!Array.isArray(p)) out.push(p);
  }
  return out;
}

export function anyTermMatches(terms: readonly ParsedTerm[], node: NodeSpec): boolean {
  for (const t of terms) if (termMatches(t, node)) return true;
  return false;
}

export interface WeightedTerm {
  weight: number;
  term: ParsedTerm;
}

/**
 * k8s NewPreferredSchedulingTerms: zero-weight and empty terms are skipped; any invalid term makes
 * the whole list an error.
 */
export function parsePreferredTerms(terms: readonly PreferredSchedulingTerm[]): WeightedTerm[] | string[] {
  const out: WeightedTerm[] = [];
  const errors: string[] = [];
  for (const t of terms) {
    if (t.weight === 0 || isEmptyTerm(t.preference)) continue;
    const p = parseTerm(t.preference);
    if (Array.isArray(p)) errors.push(...p);
    else out.push({ weight: t.weight, term: p });
  }
  return errors.length > 0 ? errors : out;
}

/** k8s PreferredSchedulingTerms.Score: Σ weights of the matching terms. */
export function preferredScore(terms: readonly WeightedTerm[], node: NodeSpec): number {
  let score = 0;
  for (const t of terms) if (termMatches(t.term, node)) score += t.weight;
  return score;
}
