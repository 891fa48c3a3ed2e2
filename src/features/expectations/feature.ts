// The expectations feature: `spec.expectations`, checked against the series every other feature
// declares (validate: a bad reference is rejected before anything runs, exit 2), evaluated after the
// run and written into summary.json under `expectations`. Installed after every other feature.
import type { Scenario } from '../../scenario/load.js';
import { scenarioLocator } from '../../scenario/locate.js';
import type { ValidationContext } from '../../scenario/feature.js';
import type { Feature } from '../../sim/feature.js';
import { checkExpectations } from './check.js';
import { evaluate } from './evaluate.js';
import { expectationsSection } from './schema.js';
import { objectsOfScenario } from './scenario-objects.js';
import type { Expectation } from './types.js';

export const EXPECTATIONS_FEATURE = 'expectations';

export function expectationsOf(scenario: Scenario): Expectation[] {
  return (scenario.manifest.spec as { expectations?: Expectation[] }).expectations ?? [];
}

/** Declared columns per series kind, merged in declaration order. */
function catalogOf(ctx: ValidationContext): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { kind, columns } of ctx.series()) {
    const list = out.get(kind) ?? [];
    for (const c of columns) if (!list.includes(c)) list.push(c);
    out.set(kind, list);
  }
  return out;
}

export const expectationsFeature: Feature = {
  name: EXPECTATIONS_FEATURE,
  after: ['*'],
  sections: {
    /** Checks evaluated after the run. */
    expectations: expectationsSection,
  },
  validate: (scenario, ctx) =>
    checkExpectations(
      expectationsOf(scenario),
      {
        catalog: catalogOf(ctx),
        objectsOf: objectsOfScenario(scenario),
        duration: scenario.manifest.spec.duration,
      },
      scenarioLocator(scenario),
    ),
  install(ctx) {
    const list = expectationsOf(ctx.scenario);
    ctx.recorder.addSummary('expectations', () => evaluate(list, ctx.recorder));
  },
};
