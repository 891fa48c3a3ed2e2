// kubetwin's public library API: an explicit list of re-exports (nothing else is public).

// Run a scenario: load and validate, build, run, report.
export {
  buildSimulation,
  defaultOutDir,
  loadScenarioFile,
  loadScenarioText,
  runLoaded,
  runScenarioFile,
  scenarioJsonSchemaText,
  type LoadOptions,
  type ReportOptions,
  type RunOptions,
  type RunResult,
  type Scenario,
} from './run.js';
export { FEATURES } from './features/index.js';
export { InputError, formatDiagnostic, type Diagnostic } from './scenario/diagnostics.js';
export type { ScenarioFeature, SeriesDeclaration, ValidationContext } from './scenario/feature.js';
export { orderFeatures, type Feature } from './sim/feature.js';
export { Simulation, type SimulationParts } from './sim/simulation.js';
export type { Recorder as RecorderInterface, Cell, EventRow, SampleRow, SeriesSource } from './sim/recorder.js';
export { chart, type ChartRequest } from './sim/charts/types.js';
export { Recorder } from './report/recorder.js';
export { reportFiles, summaryOf } from './report/files.js';
export type { ExpectationResult } from './features/expectations/types.js';

// Compare runs, sweep studies.
export { compareDirs, compareReports, formatComparison, readReport, type ReportDiff } from './study/compare/index.js';
export { loadStudyFile, runSweep, mergeStudies, type SweepOptions, type SweepOutcome } from './study/sweep/index.js';

// The CLI as a function (input and output injected).
export { main } from './cli/cli.js';

// Pure Kubernetes algorithms (v1.28), clock-injected.
export * as scheduler from './k8s/scheduler/index.js';
export * as hpa from './k8s/hpa/index.js';
export * as pleg from './k8s/kubelet/pleg/index.js';
export * as prober from './k8s/kubelet/prober/index.js';
export * as backoff from './k8s/kubelet/backoff.js';
export { parseQuantity, toInteger, toMilli, formatBytes, formatCpu, QuantityError, type Quantity } from './model/quantity.js';
export { goDuration, parseDuration, DurationError } from './model/duration.js';

// The engine: virtual clock, event queue, seeded random streams.
export { Engine } from './engine/engine.js';
export { randomStream, type RandomStream } from './engine/random.js';
