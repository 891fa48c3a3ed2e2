// Timeline ("Gantt") chart: one lane per object (e.g. a container), one bar per interval it spent
// in a state (Waiting / Running / Terminated, Ready / NotReady), drawn from `start` to `end`.
import { baseSpec, colorEncoding, distinct, finish, numberOrNull, type ChartText, type ColorMap, type Row } from './spec-base.js';
import type { VegaLiteSpec } from './compile.js';

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
}

export function timelineChart(input: TimelineChartInput): VegaLiteSpec {
  const values = input.rows.map((r) => ({
    lane: String(r[input.lane]),
    start: numberOrNull(r[input.start]),
    end: numberOrNull(r[input.end]),
    state: String(r[input.state]),
  }));
  const lanes = distinct(values, 'lane');
  const states = distinct(values, 'state');
  return finish({
    ...baseSpec({ ...input, height: input.height ?? Math.max(60, 22 * lanes.length) }),
    data: { values },
    mark: { type: 'bar', height: { band: 0.8 }, tooltip: true },
    encoding: {
      y: { field: 'lane', type: 'nominal', title: input.yTitle, sort: lanes },
      x: { field: 'start', type: 'quantitative', title: input.xTitle, scale: { nice: false } },
      x2: { field: 'end' },
      color: colorEncoding('state', states, input.stateTitle ?? input.state, input.colors),
      tooltip: [
        { field: 'lane', type: 'nominal', title: input.yTitle },
        { field: 'state', type: 'nominal', title: input.stateTitle ?? input.state },
        { field: 'start', type: 'quantitative', title: 'from' },
        { field: 'end', type: 'quantitative', title: 'to' },
      ],
    },
  });
}
