// Charts as data: what a feature asks the report to draw. A feature builds one of these plain
// objects at the end of a run (rows and titles); report/ turns it into a Vega-Lite spec and renders
// it. Nothing here knows Vega-Lite.
import type { Cell, Row } from './downsample.js';

export type { Cell, Row };

export interface ChartText {
  title: string;
  subtitle?: string;
  xTitle: string;
  yTitle: string;
  /** Plot width/height in px (defaults 640 × 260). */
  width?: number;
  height?: number;
}

/** Fixed colours for named series or states (e.g. Running: green); others use the palette. */
export type ColorMap = Record<string, string>;

export interface SeriesChartInput extends ChartText {
  rows: readonly Row[];
  /** Numeric x field (e.g. `time_s`). */
  x: string;
  /**
   * Wide rows: the column(s) to plot, one series each. Long rows: the single value column, with
   * `series` naming the column that says which series a row belongs to.
   */
  y: string | string[];
  series?: string;
  /** Legend names for wide columns (column → label); legend title for long rows is `seriesTitle`. */
  labels?: Record<string, string>;
  seriesTitle?: string;
  colors?: ColorMap;
  /** Force the y axis to start at zero (default true: counts and percentages read best from 0). */
  zero?: boolean;
}

export interface TimelineChartInput extends ChartText {
  rows: readonly Row[];
  /** Column naming the lane (y), e.g. `container`. Lanes appear in first-seen order. */
  lane: string;
  /** Numeric columns where each interval starts and ends (same unit as the x title says). */
  start: string;
  end: string;
  /** Column naming the state, coloured and listed in the legend. */
  state: string;
  stateTitle?: string;
  colors?: ColorMap;
  /** List the legend in the order of `colors` (state order) instead of first-seen order. */
  legendInColorOrder?: boolean;
}

export interface BarChartInput extends ChartText {
  rows: readonly Row[];
  /** Column holding the category (x); categories keep their first-seen order. */
  category: string;
  value: string;
  series?: string;
  seriesTitle?: string;
  colors?: ColorMap;
}

export interface BandChartInput extends ChartText {
  rows: readonly Row[];
  x: string;
  mean: string;
  lower: string;
  upper: string;
  series?: string;
  seriesTitle?: string;
  colors?: ColorMap;
  zero?: boolean;
}

/** Step lines on a left axis and plain lines on a right axis (e.g. replicas against demand). */
export interface DualAxisChartInput extends ChartText {
  rows: readonly Row[];
  x: string;
  /** Long rows: `series` names the series, `value` holds its value. */
  series: string;
  value: string;
  /** Series drawn on the right axis (dashed), with its title. */
  right?: { series: string; title: string };
  colors?: ColorMap;
}

export type ChartRequest =
  | { type: 'line'; input: SeriesChartInput }
  | { type: 'step'; input: SeriesChartInput }
  | { type: 'stackedArea'; input: SeriesChartInput }
  | { type: 'timeline'; input: TimelineChartInput }
  | { type: 'bar'; input: BarChartInput }
  | { type: 'band'; input: BandChartInput }
  | { type: 'dualAxis'; input: DualAxisChartInput };

/** Shorthands: `chart.line({...})` instead of `{ type: 'line', input: {...} }`. */
export const chart = {
  line: (input: SeriesChartInput): ChartRequest => ({ type: 'line', input }),
  step: (input: SeriesChartInput): ChartRequest => ({ type: 'step', input }),
  stackedArea: (input: SeriesChartInput): ChartRequest => ({ type: 'stackedArea', input }),
  timeline: (input: TimelineChartInput): ChartRequest => ({ type: 'timeline', input }),
  bar: (input: BarChartInput): ChartRequest => ({ type: 'bar', input }),
  band: (input: BandChartInput): ChartRequest => ({ type: 'band', input }),
  dualAxis: (input: DualAxisChartInput): ChartRequest => ({ type: 'dualAxis', input }),
};
