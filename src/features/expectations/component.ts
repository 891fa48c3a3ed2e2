// The expectations component: installed last, it checks every expectation against the series
// catalog of the built simulation (so a bad reference stops the run before it starts, exit 2) and
// adds the results to summary.json under `expectations`.
import { InputError, sortDiagnostics } from '../../scenario/diagnostics.js';
import type { Scenario } from '../../scenario/load.js';
import type { Component } from '../../sim/context.js';
import { checkExpectations } from '../../report/expectations/check.js';
import { evaluate } from '../../report/expectations/evaluate.js';
import { objectsOfScenario, scenarioLocator } from '../../report/expectations/scenario-info.js';
import type { Expectation } from '../../report/expectations/types.js';

export const EXPECTATIONS_COMPONENT = 'expectations';

export function expectationsOf(scenario: Scenario): Expectation[] {
  return (scenario.manifest.spec as { expectations?: Expectation[] }).expectations ?? [];
}

export const expectationsComponent: Component = {
  name: EXPECTATIONS_COMPONENT,
  install(ctx) {
    const list = expectationsOf(ctx.scenario);
    const problems = checkExpectations(list, {
      catalog: ctx.recorder.catalog(),
      objectsOf: objectsOfScenario(ctx.scenario),
      duration: ctx.scenario.manifest.spec.duration,
    }, scenarioLocator(ctx.scenario));
    if (problems.length) throw new InputError(sortDiagnostics(problems));
    ctx.recorder.addSummary('expectations', () => evaluate(list, ctx.recorder));
  },
};

/** The component list with the expectations component last (once). */
export function withExpectations(components: readonly Component[]): Component[] {
  const rest = components.filter((c) => c.name !== EXPECTATIONS_COMPONENT);
  return [...rest, expectationsComponent];
}
