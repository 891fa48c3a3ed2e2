// Writes a complete study's outputs into its folder: study.csv (one row per point), replications.csv
// (one row per run), the frontier table, summary.json, the charts (Vega-Lite spec and SVG) and a
// self-contained index.html. Every file is a function of study.json and the point results only, so
// one machine, a pool of workers, or merged shards all write the same bytes.
import { join } from 'node:path';
import { renderSvg } from '../../report/charts/render.js';
import { buildIndexHtml } from '../../report/html/index-html.js';
import { tableCsv } from '../../report/write.js';
import { replicationRows, studyRows } from './aggregate.js';
import { chartList, frontierChart, metricVsParameter, pointLabel, type StudyChart } from './charts.js';
import { cheapestMeeting, frontier, frontierRows } from './frontier.js';
import { jsonText, writeAtomically, type PointResult } from './results.js';
import type { ResolvedStudy } from './types.js';

export const STUDY_CSV = 'study.csv';

function studyFrontiers(study: ResolvedStudy, rows: ReturnType<typeof studyRows>) {
  const names = study.parameters.map((p) => p.name);
  return chartList(study).flatMap((c) => {
    if (!('frontier' in c)) return [];
    const { cost, slo, sloMax } = c.frontier;
    const pts = frontier(
      study.points.map((p, i) => ({
        point: p.index,
        label: pointLabel(p.params, names),
        cost: rows[i][`${cost}_mean`] as number | null,
        slo: rows[i][`${slo}_mean`] as number | null,
        sloHigh: rows[i][`${slo}_ci95_high`] as number | null,
      })),
      sloMax,
    );
    return [{ chart: c, points: pts }];
  });
}

export async function writeStudyOutputs(out: string, study: ResolvedStudy, results: ReadonlyMap<number, PointResult>): Promise<string[]> {
  const files: Array<{ name: string; content: string | Buffer; description?: string }> = [];
  const rows = studyRows(study, results);
  files.push({
    name: STUDY_CSV,
    content: tableCsv(rows),
    description: 'one row per point: parameters, then per metric mean, sd and 95 % CI over replications',
  });
  files.push({
    name: 'replications.csv',
    content: tableCsv(replicationRows(study, results)),
    description: 'one row per run: seed, metric values, error',
  });

  const charts: StudyChart[] = [];
  const best: Record<string, unknown> = {};
  for (const c of chartList(study)) if (!('frontier' in c)) charts.push(metricVsParameter(study, c, rows));
  for (const { chart, points } of studyFrontiers(study, rows)) {
    const drawn = frontierChart(chart, points);
    charts.push(drawn);
    files.push({
      name: `${drawn.name}.csv`,
      content: tableCsv(frontierRows(points, chart.frontier.cost, chart.frontier.slo)),
      description: 'points by cost; on_frontier: no point is both cheaper and better',
    });
    const b = cheapestMeeting(points);
    if (chart.frontier.sloMax !== undefined) {
      best[drawn.name] = b
        ? { point: b.point, parameters: b.label, [chart.frontier.cost]: b.cost, [chart.frontier.slo]: b.slo }
        : `no point meets ${chart.frontier.slo} <= ${chart.frontier.sloMax}`;
    }
  }
  const failed = [...results.values()].reduce((n, r) => n + r.replications.filter((x) => x.error !== undefined).length, 0);
  const summary = {
    study: study.name,
    description: study.description,
    scenario: study.scenario,
    points: study.points.length,
    replicationsPerPoint: study.replications,
    failedReplications: failed,
    parameters: study.parameters.map((p) => p.name),
    metrics: study.metrics.map((m) => m.name),
    ...(Object.keys(best).length ? { cheapestMeetingSlo: best } : {}),
  };
  files.push({ name: 'summary.json', content: jsonText(summary), description: 'the study in numbers' });

  const rendered = [];
  for (const c of charts) {
    const svg = await renderSvg(c.spec);
    files.push({ name: `${c.name}.vl.json`, content: jsonText(c.spec) }, { name: `${c.name}.svg`, content: svg });
    rendered.push({ name: c.name, title: c.title, svg, spec: c.spec });
  }
  const links = files.filter((f) => f.description).map((f) => ({ name: f.name, description: f.description! }));
  files.push({
    name: 'index.html',
    content: buildIndexHtml({ title: `Study ${study.name}`, description: study.description, summary, charts: rendered, files: links }),
  });

  for (const f of files) writeAtomically(join(out, f.name), f.content);
  return files.map((f) => f.name);
}
