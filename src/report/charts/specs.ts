// Chart builders for scenario reports. Each takes plain rows plus titles and returns a Vega-Lite
// spec with its data inlined; pass long series through `downsample` first.
export { VEGA_LITE_SCHEMA, type ChartText, type ColorMap, type Row, type Cell } from './spec-base.js';
export { lineChart, stepChart, stackedAreaChart, seriesPoints, type SeriesChartInput } from './spec-series.js';
export { timelineChart, type TimelineChartInput } from './spec-gantt.js';
export { barChart, type BarChartInput } from './spec-bar.js';
export { bandChart, type BandChartInput } from './spec-band.js';
