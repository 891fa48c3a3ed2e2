// The load feature: `ctx.usage`, a usage step every `spec.usageStep` (1 s), the `load`
// series (per service: demand, served, unserved, failed requests/s, CPU used and throttled, memory,
// network), request totals in summary.json, and the traffic chart. Installed only when the
// scenario has a `spec.load` section with entries (other reports stay unchanged).
import { scenarioLocator } from '../../scenario/locate.js';
import { randomStream } from '../../engine/random.js';
import type { Scenario } from '../../scenario/load.js';
import type { Feature } from '../../sim/feature.js';
import { loadSection, usageStepSection } from './schema.js';
import { PRIORITY } from '../../sim/priorities.js';
import { trafficChart } from './charts.js';
import { LoadModel } from './model.js';
import { loadSectionOf, setupServices, usageStepOf } from './setup.js';

/** Usage is recomputed before controllers act at the same instant (after node changes). */
export const USAGE_PRIORITY = PRIORITY.node + 1;

export const LOAD_COLUMNS = [
  'demand',
  'served',
  'unserved',
  'failed',
  'endpoints',
  'cpuUsageMilli',
  'cpuThrottledMilli',
  'memoryUsageBytes',
  'networkInBytesPerSecond',
  'networkOutBytesPerSecond',
] as const;

/** Rounds a rate for the report (3 decimals; exact integers stay integers). */
export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

const enabled = (scenario: Scenario) => Object.keys(loadSectionOf(scenario)).length > 0;

export const loadFeature: Feature = {
  name: 'load',
  provides: ['usage'],
  sections: {
    /** Demand per service (Deployment): load curve and per-request cost model. */
    load: loadSection,
    /** How often usage is recomputed from the load, default 1s. */
    usageStep: usageStepSection,
  },
  // Building the services checks targets, containers and curves (trace files included).
  validate: (scenario) =>
    enabled(scenario)
      ? setupServices(scenario, (name) => randomStream(scenario.manifest.spec.seed, name), scenarioLocator(scenario)).problems
      : [],
  series: (scenario) => (enabled(scenario) ? [{ kind: 'load', columns: LOAD_COLUMNS }] : []),
  install(ctx) {
    if (!enabled(ctx.scenario)) return;
    const { services } = setupServices(ctx.scenario, ctx.rng, scenarioLocator(ctx.scenario));
    const model = new LoadModel(ctx.cluster, services, () => ctx.apps);
    ctx.usage = model;
    ctx.engine.every(usageStepOf(ctx.scenario), (now) => model.step(now), { start: 0, priority: USAGE_PRIORITY });
    ctx.onFinish.push((end) => model.accumulate(end));
    ctx.recorder.addSeries('load', LOAD_COLUMNS, function* () {
      for (const s of services) {
        const t = model.serviceTraffic(s.name);
        if (!t) continue;
        yield [
          s.name,
          {
            demand: round3(t.demand),
            served: round3(t.served),
            unserved: round3(t.unserved),
            failed: round3(t.failed),
            endpoints: t.endpoints,
            cpuUsageMilli: round3(t.cpuMilli),
            cpuThrottledMilli: round3(t.cpuThrottledMilli),
            memoryUsageBytes: Math.round(t.memoryBytes),
            networkInBytesPerSecond: round3(t.networkInBytesPerSecond),
            networkOutBytesPerSecond: round3(t.networkOutBytesPerSecond),
          },
        ];
      }
    });
    ctx.recorder.addSummary('load', () =>
      services.map((s) => {
        const t = model.totals.get(s.name)!;
        return {
          service: s.name,
          requests: round3(t.demand),
          served: round3(t.served),
          unserved: round3(t.unserved),
          failed: round3(t.failed),
          servedFraction: t.demand > 0 ? round3(t.served / t.demand) : null,
        };
      }),
    );
    for (const s of services) ctx.recorder.addChart(`load-${s.name}`, () => trafficChart(ctx.recorder, s.name));
  },
};
