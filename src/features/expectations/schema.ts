// The `spec.expectations` section of a Scenario: a list of checks evaluated over the run's series
// and events after it ends. Each entry names one subject (series / events / firstEvent), how a
// series is quantified over time (always / never / eventually / at / by), an optional window
// (during), and one or more comparisons (equals / atLeast / atMost / above / below).
import { z } from 'zod';
import { duration } from '../../model/fields.js';
import { DurationError, parseDuration } from '../../model/duration.js';
import { defaultName } from './describe.js';
import { COMPARISON_OPS, type Comparison, type Expectation, type Quantifier, type Subject } from './types.js';

const eventMatch = z.strictObject({
  reason: z.string().min(1).optional(),
  kind: z.string().min(1).optional(),
  object: z.string().min(1).optional(),
  message: z.string().min(1).optional(),
});

const flag = z.literal(true, { message: 'write `true` (leave the field out otherwise)' });
const value = z.union([z.number(), z.string(), z.boolean()]);

/** `<object_kind>.<object>.<column>`; the object may contain dots (node names), kind and column cannot. */
export const SERIES_REF = /^([A-Za-z][\w-]*)\.(\*|[a-z0-9][-a-z0-9.]*[a-z0-9]|[a-z0-9])\.([A-Za-z_][\w]*)$/;

const raw = z.strictObject({
  name: z.string().min(1).optional(),
  series: z
    .string()
    .regex(SERIES_REF, 'expected <object_kind>.<object>.<column>, e.g. cluster.cluster.podsPending or node.*.pods')
    .optional(),
  events: eventMatch.optional(),
  firstEvent: eventMatch.optional(),
  always: flag.optional(),
  never: flag.optional(),
  eventually: flag.optional(),
  at: duration.optional(),
  by: duration.optional(),
  during: z.tuple([duration, duration]).optional(),
  equals: value.optional(),
  atLeast: value.optional(),
  atMost: value.optional(),
  above: value.optional(),
  below: value.optional(),
});
type Raw = z.output<typeof raw>;

const SUBJECTS = ['series', 'events', 'firstEvent'] as const;
const QUANTIFIERS = ['always', 'never', 'eventually', 'at', 'by'] as const;

function normalize(r: Raw, ctx: z.RefinementCtx): Expectation | typeof z.NEVER {
  let ok = true;
  const fail = (path: string, message: string) => {
    ok = false;
    ctx.addIssue({ code: 'custom', path: path ? [path] : [], message });
  };

  const subjects = SUBJECTS.filter((k) => r[k] !== undefined);
  if (subjects.length !== 1) {
    fail(
      subjects[1] ?? '',
      subjects.length
        ? `an expectation has one subject, found ${subjects.join(' and ')}`
        : 'an expectation needs a subject: series, events or firstEvent',
    );
    return z.NEVER;
  }
  const quants = QUANTIFIERS.filter((k) => r[k] !== undefined);
  const isSeries = subjects[0] === 'series';
  if (isSeries && quants.length !== 1) {
    fail(
      quants[1] ?? 'series',
      quants.length
        ? `a series expectation has one of ${QUANTIFIERS.join(', ')}; found ${quants.join(' and ')}`
        : `a series expectation needs one of ${QUANTIFIERS.join(', ')} (e.g. always: true)`,
    );
  }
  if (!isSeries) {
    for (const q of quants) if (q !== 'by') fail(q, `${q} applies to series; for ${subjects[0]} use by or during to limit the time window`);
    if (r.by !== undefined && r.during !== undefined) fail('by', 'use either by or during, not both');
  }
  if (r.during !== undefined) {
    if (r.at !== undefined || r.by !== undefined) fail('during', 'during cannot be combined with at or by');
    else if (r.during[0] > r.during[1]) fail('during', 'the window must start before it ends');
  }

  const comparisons: Comparison[] = [];
  for (const op of COMPARISON_OPS) {
    const v = r[op];
    if (v === undefined) continue;
    const c = comparisonValue(subjects[0], op, v);
    if ('error' in c) fail(op, c.error);
    else comparisons.push({ op, value: c.value });
  }
  if (!COMPARISON_OPS.some((op) => r[op] !== undefined)) fail('', `an expectation needs a comparison: ${COMPARISON_OPS.join(', ')}`);
  if (!ok) return z.NEVER;

  let subject: Subject;
  if (r.series !== undefined) {
    const m = SERIES_REF.exec(r.series)!;
    subject = { type: 'series', kind: m[1], object: m[2], column: m[3] };
  } else subject = r.events !== undefined ? { type: 'events', match: r.events } : { type: 'firstEvent', match: r.firstEvent! };
  const quantifier: Quantifier | undefined = !isSeries
    ? undefined
    : r.at !== undefined
      ? 'at'
      : r.by !== undefined
        ? 'eventually'
        : (quants[0] as Quantifier);
  const window: [number, number] | undefined = r.during ?? (r.by !== undefined ? [0, r.by] : undefined);
  const windowField = r.during ? 'during' : r.by !== undefined ? 'by' : undefined;
  const e: Omit<Expectation, 'name'> = { subject, quantifier, time: r.at, window, windowField, comparisons };
  return { name: r.name ?? defaultName(e), ...e };
}

/** The comparison value in the subject's unit, or what is wrong with it. */
function comparisonValue(
  subject: (typeof SUBJECTS)[number],
  op: string,
  v: number | string | boolean,
): { value: Comparison['value'] } | { error: string } {
  if (subject === 'firstEvent') {
    if (typeof v === 'boolean') return { error: 'expected a time such as 45s' };
    try {
      return { value: parseDuration(v) };
    } catch (e) {
      if (e instanceof DurationError) return { error: e.message };
      throw e;
    }
  }
  if (subject === 'events') {
    return typeof v === 'number' && Number.isInteger(v) && v >= 0
      ? { value: v }
      : { error: 'expected a count of events (a whole number ≥ 0)' };
  }
  if (op !== 'equals' && typeof v !== 'number') return { error: `${op} compares numbers (got ${JSON.stringify(v)})` };
  return { value: v };
}

export const expectationSchema = raw.transform(normalize);

/** `spec.expectations`: one line in scenario/schema/sections.ts adds it to the Scenario. */
export const expectationsSection = z.array(expectationSchema).default([]);
