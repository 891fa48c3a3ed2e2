// Charts as data → Vega-Lite: the one place that maps a feature's ChartRequest to a spec builder.
import type { ChartRequest } from '../../sim/charts/types.js';
import type { VegaLiteSpec } from './compile.js';
import { bandChart } from './spec-band.js';
import { barChart } from './spec-bar.js';
import { dualAxisChart } from './spec-dual-axis.js';
import { timelineChart } from './spec-gantt.js';
import { lineChart, stackedAreaChart, stepChart } from './spec-series.js';

export function chartSpec(request: ChartRequest): VegaLiteSpec {
  switch (request.type) {
    case 'line':
      return lineChart(request.input);
    case 'step':
      return stepChart(request.input);
    case 'stackedArea':
      return stackedAreaChart(request.input);
    case 'timeline':
      return timelineChart(request.input);
    case 'bar':
      return barChart(request.input);
    case 'band':
      return bandChart(request.input);
    case 'dualAxis':
      return dualAxisChart(request.input);
  }
}
