// Expectations in scenarios: public surface (explicit re-exports).
export { expectationSchema, expectationsSection, SERIES_REF } from '../../features/expectations/schema.js';
export { evaluate, type RunRecord } from './evaluate.js';
export { evaluateSeries } from './evaluate-series.js';
export { evaluateEvents, matches } from './evaluate-events.js';
export { checkExpectations, type Locate, type SeriesInfo } from './check.js';
export { objectsOfScenario, scenarioLocator, SERIES_OBJECT_KINDS } from './scenario-info.js';
export { EXPECTATIONS_COMPONENT, expectationsComponent, expectationsOf, withExpectations } from '../../features/expectations/component.js';
export { buildChecked, runLoadedChecked, runScenarioChecked, type CheckedRun } from './run.js';
export { formatResult, formatTally } from './format.js';
export { defaultName } from './describe.js';
export type { Comparison, ComparisonOp, EventMatch, Expectation, ExpectationResult, Observed, Quantifier, Subject } from './types.js';
