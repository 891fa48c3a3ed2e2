// Timeline ("Gantt") chart: one lane per object (e.g. a container), one bar per interval it spent
// in a state (Waiting / Running / Terminated, Ready / NotReady), drawn from `start` to `end`.
import { baseSpec, colorEncoding, distinct, finish, numberOrNull } from './spec-base.js';
import type { VegaLiteSpec } from './compile.js';
import type { TimelineChartInput } from '../../sim/charts/types.js';

export type { TimelineChartInput };

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
      color:
        input.legendInColorOrder && input.colors
          ? legendInColorOrder(states, input.stateTitle ?? input.state, input.colors)
          : colorEncoding('state', states, input.stateTitle ?? input.state, input.colors),
      tooltip: [
        { field: 'lane', type: 'nominal', title: input.yTitle },
        { field: 'state', type: 'nominal', title: input.stateTitle ?? input.state },
        { field: 'start', type: 'quantitative', title: 'from' },
        { field: 'end', type: 'quantitative', title: 'to' },
      ],
    },
  });
}

/** The legend lists states in the order of `colors` (e.g. lifecycle order), keeping their colours. */
function legendInColorOrder(present: string[], title: string, colors: Record<string, string>): Record<string, unknown> {
  const domain = Object.keys(colors).filter((s) => present.includes(s));
  return { field: 'state', type: 'nominal', title, sort: domain, scale: { domain, range: domain.map((s) => colors[s]) } };
}
