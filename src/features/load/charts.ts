// The load component's chart: per service, demand against served, unserved and failed requests/s.
import { chart, type ChartRequest, type Row } from '../../sim/charts/types.js';
import type { Recorder } from '../../sim/recorder.js';
import { samplesOf } from '../../sim/sample-index.js';

/** x values and axis title for a run: seconds up to 3 minutes, else minutes. */
export function timeScale(samples: ReadonlyArray<{ time: number }>): { x: (ms: number) => number; title: string } {
  const end = samples.length ? samples[samples.length - 1].time : 0;
  if (end <= 180_000) return { x: (ms) => ms / 1000, title: 'time (s)' };
  return { x: (ms) => Number((ms / 60_000).toPrecision(6)), title: 'time (min)' };
}

export function trafficChart(recorder: Recorder, service: string): ChartRequest | undefined {
  const samples = samplesOf(recorder.samples, 'load', service);
  if (samples.length === 0) return undefined;
  const axis = timeScale(samples);
  const rows: Row[] = samples.map((s) => ({
    x: axis.x(s.time),
    demand: s.values.demand as number,
    served: s.values.served as number,
    unserved: s.values.unserved as number,
    failed: s.values.failed as number,
  }));
  return chart.line({
    title: `${service}: demand and what was served`,
    subtitle: 'requests per second; unserved = no ready endpoint or over CPU capacity, failed = the app did not answer',
    xTitle: axis.title,
    yTitle: 'requests/s',
    rows,
    x: 'x',
    y: ['demand', 'served', 'unserved', 'failed'],
    colors: { demand: '#4c78a8', served: '#54a24b', unserved: '#f58518', failed: '#e45756' },
  });
}
