// Charts of a study name metrics and parameters that must exist; a band chart's x parameter must
// take numeric values.
import type { Diagnostic } from '../../scenario/diagnostics.js';
import { at, type SourceDoc } from '../../scenario/source.js';
import type { ParamValue, StudyManifest } from './schema.js';
import type { StudyParameter } from './types.js';

/** The parameter a chart names (by column name or by path). */
export function findParameter(parameters: readonly StudyParameter[], ref: string): StudyParameter | undefined {
  return parameters.find((p) => p.name === ref) ?? parameters.find((p) => p.path === ref);
}

export function checkCharts(
  doc: SourceDoc,
  spec: StudyManifest['spec'],
  parameters: readonly StudyParameter[],
  rows: ReadonlyArray<Record<string, ParamValue>>,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const metrics = spec.metrics.map((m) => m.name);
  const metric = (name: string, path: Array<string | number>) => {
    if (!metrics.includes(name)) out.push(at(doc, path, `no metric named "${name}" (the study collects ${metrics.join(', ')})`));
  };
  const param = (ref: string, path: Array<string | number>) => {
    const p = findParameter(parameters, ref);
    if (!p)
      out.push(at(doc, path, `no parameter "${ref}" in the study (it varies ${parameters.map((x) => x.name).join(', ') || 'nothing'})`));
    return p;
  };
  (spec.charts ?? []).forEach((c, i) => {
    const base = ['spec', 'charts', i];
    if ('frontier' in c) {
      metric(c.frontier.cost, [...base, 'frontier', 'cost']);
      metric(c.frontier.slo, [...base, 'frontier', 'slo']);
      return;
    }
    metric(c.metric, [...base, 'metric']);
    const x = param(c.x, [...base, 'x']);
    if (c.series !== undefined) param(c.series, [...base, 'series']);
    const bad = x && rows.map((r) => r[x.name]).find((v) => v !== undefined && typeof v !== 'number');
    if (x && bad !== undefined)
      out.push(at(doc, [...base, 'x'], `the x axis needs numeric values; parameter "${x.name}" takes ${JSON.stringify(bad)}`));
  });
  return out;
}
