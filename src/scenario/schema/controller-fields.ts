// Checks the API server applies to every workload controller's spec (k8s v1.28
// pkg/apis/apps/validation and pkg/apis/batch/validation): a non-empty selector that matches the
// template's labels, the template's restartPolicy, IntOrString percentages of at most 100 %.
import type { z } from 'zod';
import { selectorMatches } from '../../k8s/controllers/disruption/selector.js';
import type { LabelSelector, Labels } from '../../model/types.js';

type Ctx = z.RefinementCtx;

/** ValidateLabelSelector + "selector does not match template labels" (+ "empty selector is invalid for <kind>"). */
export function checkSelector(
  sel: LabelSelector | undefined,
  templateLabels: Labels,
  kind: string,
  ctx: Ctx,
  path: Array<string | number> = ['spec', 'selector'],
): void {
  if (!sel) return;
  if (Object.keys(sel.matchLabels ?? {}).length === 0 && (sel.matchExpressions ?? []).length === 0) {
    ctx.addIssue({ code: 'custom', path, message: `empty selector is invalid for ${kind}` });
    return;
  }
  if (!selectorMatches(sel, templateLabels)) ctx.addIssue({ code: 'custom', path, message: '`selector` does not match template `labels`' });
}

/** The template's restartPolicy must be one of `allowed`. */
export function checkRestartPolicy(
  policy: string,
  allowed: readonly string[],
  ctx: Ctx,
  path: Array<string | number> = ['spec', 'template', 'spec', 'restartPolicy'],
): void {
  if (!allowed.includes(policy))
    ctx.addIssue({
      code: 'custom',
      path,
      message: `Unsupported value: "${policy}": supported values: ${allowed.map((a) => `"${a}"`).join(', ')}`,
    });
}

/** IsNotMoreThan100Percent. */
export function checkPercent(v: number | string | undefined, ctx: Ctx, path: Array<string | number>): void {
  if (typeof v === 'string' && Number(v.slice(0, -1)) > 100)
    ctx.addIssue({ code: 'custom', path, message: 'must not be greater than 100%' });
}

/** getIntOrPercentValue ≠ 0. */
export function nonZero(v: number | string | undefined): boolean {
  return v !== undefined && v !== 0 && !/^0+%$/.test(String(v));
}

/** A pod-spec field the base schema accepts without checking (e.g. `hostNetwork`), read with its type checked. */
export function podSpecExtra<T>(spec: unknown, key: string, isType: (v: unknown) => v is T): T | undefined {
  const v = (spec as Record<string, unknown>)[key];
  return isType(v) ? v : undefined;
}
