// The study's charts: a metric against a parameter (mean with its 95 % CI band, one line per value
// of the other varying parameters), and the cost-vs-SLO frontier (every point, the Pareto frontier
// as a step line, the SLO bound as a rule).
import { bandChart } from '../../report/charts/specs.js';
import { baseSpec, finish } from '../../report/charts/spec-base.js';
import type { VegaLiteSpec } from '../../report/charts/compile.js';
import type { Cell } from '../../report/recorder.js';
import { findParameter } from './check-charts.js';
import type { FrontierPoint } from './frontier.js';
import type { ChartSpec, ParamValue } from './schema.js';
import type { ResolvedStudy, StudyParameter } from './types.js';

export interface StudyChart {
  name: string;
  title: string;
  spec: VegaLiteSpec;
}

/** Parameters taking more than one value across the points. */
export function varying(study: ResolvedStudy): StudyParameter[] {
  return study.parameters.filter((p) => new Set(study.points.map((pt) => JSON.stringify(pt.params[p.name] ?? null))).size > 1);
}

export function pointLabel(params: Record<string, ParamValue>, names: readonly string[]): string {
  return names
    .filter((n) => n in params)
    .map((n) => `${n}=${String(params[n])}`)
    .join(', ');
}

/** The charts to draw: as listed, or by default each metric against the first numeric varying parameter. */
export function chartList(study: ResolvedStudy): ChartSpec[] {
  if (study.charts.length) return study.charts;
  const x = varying(study).find((p) => study.points.every((pt) => typeof (pt.params[p.name] ?? 0) === 'number'));
  return x ? study.metrics.map((m) => ({ metric: m.name, x: x.name })) : [];
}

function metricVsParameter(
  study: ResolvedStudy,
  c: Extract<ChartSpec, { metric: string }>,
  rows: ReadonlyArray<Record<string, Cell>>,
): StudyChart {
  const x = findParameter(study.parameters, c.x)!;
  const series = c.series === undefined ? undefined : findParameter(study.parameters, c.series)!;
  const others = series
    ? [series.name]
    : varying(study)
        .filter((p) => p.name !== x.name)
        .map((p) => p.name);
  const data = study.points
    .map((p, i) => {
      const r = rows[i];
      const mean = r[`${c.metric}_mean`] as number | null;
      return {
        x: p.params[x.name] ?? null,
        mean,
        lower: (r[`${c.metric}_ci95_low`] as number | null) ?? mean,
        upper: (r[`${c.metric}_ci95_high`] as number | null) ?? mean,
        series: pointLabel(p.params, others),
      };
    })
    .filter((d): d is typeof d & { x: number } => typeof d.x === 'number');
  const title = c.title ?? `${c.metric} vs ${x.name}`;
  const spec = bandChart({
    rows: data,
    x: 'x',
    mean: 'mean',
    lower: 'lower',
    upper: 'upper',
    ...(others.length ? { series: 'series', seriesTitle: others.join(', ') } : {}),
    title,
    subtitle: `mean over ${study.replications} replication${study.replications === 1 ? '' : 's'} per point; band: 95 % confidence interval`,
    xTitle: x.name,
    yTitle: c.metric,
    zero: true,
  });
  return { name: c.name ?? `${c.metric}-vs-${slug(x.name)}`, title, spec };
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function frontierChart(c: Extract<ChartSpec, { frontier: unknown }>, points: readonly FrontierPoint[]): StudyChart {
  const { cost, slo, sloMax } = c.frontier;
  const values = points.map((p) => ({
    cost: p.cost,
    slo: p.slo,
    label: p.label,
    point: p.point,
    kind: p.onFrontier ? 'on the frontier' : 'dominated',
  }));
  const line = values.filter((v) => v.kind === 'on the frontier');
  const title = c.title ?? `${slo} vs ${cost}: the frontier`;
  const x = { field: 'cost', type: 'quantitative', title: `${cost} (mean)`, scale: { zero: false, nice: true } };
  const y = { field: 'slo', type: 'quantitative', title: `${slo} (mean)`, scale: { zero: true } };
  const layer: unknown[] = [
    { data: { values: line }, mark: { type: 'line', interpolate: 'step-after', color: '#e45756', strokeWidth: 2 }, encoding: { x, y } },
    {
      data: { values },
      mark: { type: 'point', filled: true, size: 70, tooltip: true },
      encoding: {
        x,
        y,
        color: {
          field: 'kind',
          type: 'nominal',
          title: null,
          scale: { domain: ['on the frontier', 'dominated'], range: ['#e45756', '#9d9d9d'] },
        },
        tooltip: [
          { field: 'label', title: 'point' },
          { field: 'cost', type: 'quantitative', title: cost },
          { field: 'slo', type: 'quantitative', title: slo },
        ],
      },
    },
  ];
  if (sloMax !== undefined) {
    layer.push({
      data: { values: [{ bound: sloMax }] },
      mark: { type: 'rule', strokeDash: [6, 4], color: '#4c78a8' },
      encoding: { y: { field: 'bound', type: 'quantitative' } },
    });
  }
  const spec = finish({
    ...baseSpec({
      title,
      subtitle: `each dot is a point of the study; lower-left is better${sloMax === undefined ? '' : `; dashed line: ${slo} = ${sloMax}`}`,
      xTitle: cost,
      yTitle: slo,
    }),
    layer,
  });
  return { name: c.name ?? 'frontier', title, spec };
}

export { metricVsParameter };
