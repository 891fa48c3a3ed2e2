// The Study document (`kind: Study`): a base scenario, the parameters to vary (a grid and/or a list
// of points, using `--set` paths), replications per point, the metrics to read from each run's
// summary.json, and the charts to draw. Validated with zod; positions come from the scenario
// loader's source machinery.
import { z } from 'zod';

export const STUDY_API_VERSION = 'kubetwin.io/v1alpha1';

const IDENT = /^[A-Za-z][A-Za-z0-9_]*$/;
const ident = z.string().regex(IDENT, 'a name starts with a letter and holds letters, digits and "_"');
const NAME = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

/** A parameter value: what `--set path=value` would receive. */
export const paramValue = z.union([z.number(), z.string(), z.boolean()]);
export type ParamValue = z.output<typeof paramValue>;

export const AGGREGATES = ['sum', 'mean', 'min', 'max', 'count'] as const;
export type Aggregate = (typeof AGGREGATES)[number];

const metric = z
  .strictObject({
    /** Column prefix in study.csv. */
    name: ident,
    /** Where in summary.json: `a.b[0].c`, `[*]` for every element, `[key=value]` for the element whose key has that value. */
    path: z.string().min(1).optional(),
    /** How several matched values become one number (needed when the path has `[*]`). */
    aggregate: z.enum(AGGREGATES).optional(),
    /** An expectation's verdict as 1 (passed) / 0 (failed); `"*"`: 1 when every expectation passed. */
    expectation: z.string().min(1).optional(),
    /** A second path (same aggregate): the metric is path ÷ divideBy, e.g. unserved ÷ requests. */
    divideBy: z.string().min(1).optional(),
    /** Multiplies the value (e.g. 100 for a percentage, 1/60 for seconds → minutes). */
    scale: z.number().optional(),
  })
  .superRefine((m, ctx) => {
    if ((m.path === undefined) === (m.expectation === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'a metric has exactly one of `path` (into summary.json) or `expectation`' });
    }
    if (m.aggregate !== undefined && m.path === undefined)
      ctx.addIssue({ code: 'custom', path: ['aggregate'], message: '`aggregate` goes with `path`' });
    if (m.divideBy !== undefined && m.path === undefined)
      ctx.addIssue({ code: 'custom', path: ['divideBy'], message: '`divideBy` goes with `path`' });
  });
export type MetricSpec = z.output<typeof metric>;

const bandChart = z.strictObject({
  name: z.string().regex(NAME, 'a chart name is lowercase letters, digits and "-"').optional(),
  title: z.string().optional(),
  /** A metric name (y: its mean with the 95 % CI band). */
  metric: ident,
  /** A parameter (name or path) on the x axis; its values must be numbers. */
  x: z.string().min(1),
  /** A parameter drawn as one line per value (default: every other varying parameter). */
  series: z.string().min(1).optional(),
});

const frontierChart = z.strictObject({
  name: z.string().regex(NAME, 'a chart name is lowercase letters, digits and "-"').optional(),
  title: z.string().optional(),
  frontier: z.strictObject({
    /** Metric to minimise on the x axis (e.g. node-hours). */
    cost: ident,
    /** Metric to minimise on the y axis (e.g. unserved demand %). */
    slo: ident,
    /** SLO bound: the cheapest point whose metric (95 % CI upper bound when there is one) is at most this. */
    sloMax: z.number().optional(),
  }),
});

export const chartSpec = z.union([bandChart, frontierChart]);
export type ChartSpec = z.output<typeof chartSpec>;

export const studyManifest = z.strictObject({
  apiVersion: z.literal(STUDY_API_VERSION),
  kind: z.literal('Study'),
  metadata: z.strictObject({
    name: z.string().max(63).regex(NAME, 'a study name is lowercase letters, digits and "-", starting with a letter'),
  }),
  spec: z.strictObject({
    description: z.string().default(''),
    /** The base scenario, relative to this file. */
    scenario: z.string().min(1),
    /** Runs per point, each with its own seed. */
    replications: z.number().int().min(1).max(10_000).default(1),
    /** Base of every replication seed (default: the scenario's seed). */
    seed: z.union([z.number().int(), z.string().min(1)]).optional(),
    /**
     * `common` (default): replication r uses the same seed at every point (common random numbers:
     * differences between points come from the parameters, not the draws); `independent`: each
     * point draws its own seeds.
     */
    seeds: z.enum(['common', 'independent']).default('common'),
    /** Short column names for parameter paths: name → `--set` path. */
    parameters: z.record(ident, z.string().min(1)).default({}),
    /** Overrides applied at every point (`--set` path or parameter name → value; lists and maps allowed, e.g. `spec.expectations: []`). */
    set: z.record(z.string(), z.json()).default({}),
    /** Cartesian product of values per parameter; the first parameter varies slowest. */
    grid: z.record(z.string(), z.array(paramValue)).optional(),
    /** Explicit points (after the grid's): parameter → value. */
    points: z.array(z.record(z.string(), paramValue)).optional(),
    metrics: z.array(metric).min(1, 'name at least one metric to collect'),
    /** Charts (default: each metric against the first numeric parameter). */
    charts: z.array(chartSpec).optional(),
  }),
});

export type StudyManifest = z.output<typeof studyManifest>;
