// What a report page is built from: plain data from the run, plus the charts already rendered.
import type { VegaLiteSpec } from '../charts/compile.js';

export interface ReportChart {
  /** Short identifier, used for the chart's anchor (e.g. `replicas`). */
  name: string;
  title: string;
  /** The chart as rendered by `renderChart` (shown as is when JavaScript is off). */
  svg: string;
  /** The Vega-Lite spec it was rendered from (drives the interactive view). */
  spec: VegaLiteSpec;
}

export interface ReportFileLink {
  /** Path relative to the page, e.g. `timeseries.csv`. */
  name: string;
  description: string;
}

export interface ExpectationResult {
  text: string;
  passed: boolean;
  /** What the run actually showed (a number, text, or a small object). */
  observed: unknown;
  /** Virtual time in ms at which it was decided, if it is about a moment. */
  at?: number;
}

export interface IndexHtmlInput {
  title: string;
  /** Plain text; blank lines separate paragraphs. */
  description: string;
  /** Key numbers, shown as a table (nested objects become dotted keys). */
  summary: Record<string, unknown>;
  charts: ReportChart[];
  files: ReportFileLink[];
  expectations?: ExpectationResult[];
}
