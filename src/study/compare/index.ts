// Comparison of two runs (or a run and a golden baseline): public surface (explicit re-exports).
export { compareDirs, compareReports, type CompareOptions, type Divergence, type ReportDiff } from './compare.js';
export { formatComparison, formatDivergence, type Labels } from './format.js';
export { COMPARED_FILES, readReport, reportTexts, type ReportTexts } from './report.js';
export { compareTimeseries, type SeriesDivergence, type TimeseriesDiff } from './timeseries.js';
export { compareEvents, type EventDivergence, type EventsDiff } from './events.js';
export { compareJson, compareSummaries, type SummaryDiff, type SummaryDifference } from './summary.js';
export { cellsEqual, EXACT, numbersEqual, type Tolerance } from './tolerance.js';
export { CompareInputError } from './errors.js';
export { csvLine, CsvError, parseCsv } from './csv.js';
export {
  checkGolden,
  GOLDEN_ROOT,
  goldenRun,
  SCENARIOS_DIR,
  selectScenarios,
  shippedScenarios,
  writeGolden,
  type GoldenCheck,
  type GoldenRun,
} from './golden.js';
