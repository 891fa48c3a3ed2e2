// Expectations in scenarios: public surface (explicit re-exports).
export { expectationSchema, expectationsSection, SERIES_REF } from './schema.js';
export { evaluate, type RunRecord } from './evaluate.js';
export { evaluateSeries } from './evaluate-series.js';
export { evaluateEvents, matches } from './evaluate-events.js';
export { checkExpectations, type Locate, type SeriesInfo } from './check.js';
export { objectsOfScenario, SERIES_OBJECT_KINDS } from './scenario-objects.js';
export { EXPECTATIONS_FEATURE, expectationsFeature, expectationsOf } from './feature.js';
export { formatResult, formatTally } from './format.js';
export { defaultName } from './describe.js';
export type { Comparison, ComparisonOp, EventMatch, Expectation, ExpectationResult, Observed, Quantifier, Subject } from './types.js';
