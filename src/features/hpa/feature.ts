// The HPA feature: HorizontalPodAutoscaler objects (creator/deleter), the metrics
// pipeline (collector tick every usage step, scrape every metric resolution), the HPA runner, the
// `hpa` series, a summary section and two charts per HPA. Installed only when the scenario has
// HorizontalPodAutoscaler objects (other reports stay unchanged).
import { toHpaSpec } from '../../k8s/hpa/spec.js';
import { hpaManifest, type HpaManifest } from '../../k8s/hpa/schema.js';
import type { HpaSpec } from '../../k8s/hpa/types.js';
import type { Diagnostic } from '../../scenario/diagnostics.js';
import type { LoadedObject, Scenario } from '../../scenario/load.js';
import { at } from '../../scenario/source.js';
import type { TimelineNames } from '../../scenario/timeline-names.js';
import { suggest } from '../../scenario/zod-issues.js';
import type { Feature } from '../../sim/feature.js';
import { USAGE_PRIORITY } from '../load/feature.js';
import { usageStepOf } from '../load/setup.js';
import { timeSeconds } from '../../model/duration.js';
import { metricsChart, replicasChart } from './charts.js';
import { conditionCells, hpaColumns, metricColumn, metricCurrent, metricTarget } from './columns.js';
import { MetricsPipeline, POD_METRICS } from './metrics-pipeline.js';
import { HpaRunner } from './runner.js';
import { hpaSection, hpaSettingsOf } from './settings.js';

export const HPA_KIND = 'HorizontalPodAutoscaler';
/** Collector tick right after the usage step; the scrape after it; the HPA syncs at PRIORITY.controller. */
export const COLLECT_PRIORITY = USAGE_PRIORITY + 1;
export const SCRAPE_PRIORITY = USAGE_PRIORITY + 2;

function hpaObjects(objects: readonly LoadedObject[]): Array<{ obj: LoadedObject; spec: HpaSpec }> {
  return objects.filter((o) => o.kind === HPA_KIND).map((obj) => ({ obj, spec: toHpaSpec(obj.manifest as unknown as HpaManifest) }));
}

/** Pods metrics must be ones the metrics pipeline provides (a typo would only fail at run time). */
function checkPodMetrics(list: ReadonlyArray<{ obj: LoadedObject; spec: HpaSpec }>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { obj, spec } of list) {
    spec.metrics.forEach((m, i) => {
      if (m.type === 'Pods' && !(POD_METRICS as readonly string[]).includes(m.metricName)) {
        out.push(
          at(
            obj.source,
            [...obj.prefix, 'spec', 'metrics', i, 'pods', 'metric', 'name'],
            `kubetwin provides the Pods metrics ${POD_METRICS.join(', ')}; "${m.metricName}" is none of them`,
          ),
        );
      }
    });
  }
  return out;
}

/** k8s HPA: a scaleTargetRef to a missing object fails every sync (FailedGetScale); a Deployment
 *  target that exists at no time of the scenario is reported before the run instead. */
function checkScaleTargets(list: ReadonlyArray<{ obj: LoadedObject; spec: HpaSpec }>, names: TimelineNames): Diagnostic[] {
  const out: Diagnostic[] = [];
  const deployments = names.ever('Deployment');
  for (const { obj } of list) {
    const ref = (obj.manifest as unknown as HpaManifest).spec.scaleTargetRef;
    if (ref.kind !== 'Deployment' || deployments.has(ref.name)) continue;
    const s = suggest(ref.name, deployments);
    out.push({
      ...at(
        obj.source,
        [...obj.prefix, 'spec', 'scaleTargetRef', 'name'],
        `no Deployment "${ref.name}" in the scenario${s ? ` (did you mean "${s}"?)` : ''}`,
      ),
      code: 'unknown-target',
    });
  }
  return out;
}

const declaredIn = (scenario: Scenario) => hpaObjects([...scenario.objects, ...scenario.created.values()]);

export const hpaFeature: Feature = {
  name: 'hpa',
  requires: ['deployments'],
  after: ['usage'],
  kinds: {
    /** autoscaling/v2 HorizontalPodAutoscaler. */
    [HPA_KIND]: hpaManifest,
  },
  sections: {
    /** HPA controller and metrics-server settings: profile, sync period, tolerance, … */
    hpa: hpaSection,
  },
  validate: (scenario, ctx) => [...checkPodMetrics(declaredIn(scenario)), ...checkScaleTargets(declaredIn(scenario), ctx.names)],
  series: (scenario) => {
    const declared = declaredIn(scenario);
    return declared.length ? [{ kind: 'hpa', columns: hpaColumns(declared.map((d) => d.spec.metrics)) }] : [];
  },
  install(ctx) {
    const { scenario, engine, recorder } = ctx;
    const declared = declaredIn(scenario);
    if (declared.length === 0) return;
    const config = hpaSettingsOf(scenario);
    const metrics = new MetricsPipeline(ctx.cluster, () => ctx.usage, config.metricResolution);
    engine.every(usageStepOf(scenario), (now) => metrics.tick(now), { start: 0, priority: COLLECT_PRIORITY });
    engine.every(config.metricResolution, (now) => metrics.scrape(now), { start: config.metricResolution, priority: SCRAPE_PRIORITY });
    const runner = new HpaRunner(ctx, config, metrics);
    ctx.creators.set(HPA_KIND, (o) => runner.add(toHpaSpec(o.manifest as unknown as HpaManifest)));
    ctx.deleters.set(HPA_KIND, (name) => runner.remove(name));

    recorder.addSeries('hpa', hpaColumns(declared.map((d) => d.spec.metrics)), function* () {
      for (const e of runner.hpas.values()) {
        const row: Record<string, number | string | boolean | null> = {
          desiredReplicas: e.state.desiredReplicas,
          currentReplicas: e.state.currentReplicas,
          minReplicas: e.spec.minReplicas,
          maxReplicas: e.spec.maxReplicas,
        };
        e.spec.metrics.forEach((m, i) => {
          row[metricColumn(m)] = metricCurrent(m, e.state.currentMetrics[i]);
          row[`${metricColumn(m)}Target`] = metricTarget(m);
        });
        yield [e.spec.name, { ...row, ...conditionCells(e.state.conditions) }];
      }
    });
    recorder.addSummary('hpa', () =>
      [...runner.hpas.values()].map((e) => ({
        name: e.spec.name,
        target: `${e.spec.scaleTargetRef.kind.toLowerCase()}/${e.spec.scaleTargetRef.name}`,
        syncPeriod_s: timeSeconds(config.controller.syncPeriod),
        metricResolution_s: timeSeconds(config.metricResolution),
        minReplicas: e.spec.minReplicas,
        maxReplicas: e.spec.maxReplicas,
        behavior: e.spec.behavior ? 'behavior' : 'legacy (no behavior)',
        desiredReplicas: e.state.desiredReplicas,
        peakReplicas: Math.max(e.state.currentReplicas, ...e.rescales.map((r) => r.to)),
        rescales: e.rescales.map((r) => ({ time_s: timeSeconds(r.time), from: r.from, to: r.to, reason: r.reason })),
        conditions: e.state.conditions.map((c) => ({
          type: c.type,
          status: c.status,
          reason: c.reason,
          message: c.message,
          since_s: timeSeconds(c.lastTransitionTime),
        })),
      })),
    );
    for (const { spec } of declared) {
      recorder.addChart(`hpa-${spec.name}-replicas`, () => replicasChart(recorder, spec));
      recorder.addChart(`hpa-${spec.name}-metrics`, () => metricsChart(recorder, spec));
    }
  },
};
