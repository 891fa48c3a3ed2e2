// Renders one small chart per load-curve type into docs/load-curves/<type>.png (README "Load
// curves"): `npm run docs:charts`. Each chart evaluates the same YAML curve shown in the README.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { randomStream } from '../src/engine/random.js';
import { buildCurve, curveSchema, tracePoints } from '../src/load/index.js';
import { parseTimeValueCsv } from '../src/features/load/trace-csv.js';
import { lineChart } from '../src/report/charts/specs.js';
import { renderChart } from '../src/report/charts/render.js';

const OUT = 'docs/load-curves';

/** [file name, title, curve as written in a scenario, minutes shown]. */
export const EXAMPLES: Array<[string, string, string, number]> = [
  ['constant', 'constant', '{ type: constant, value: 200 }', 30],
  ['step', 'step', '{ type: step, from: 100, to: 300, at: 10m }', 30],
  ['ramp', 'ramp', '{ type: ramp, from: 100, to: 400, start: 5m, duration: 15m }', 30],
  ['spike', 'spike', '{ type: spike, baseline: 160, peak: 1600, start: 5m, rise: 1m, hold: 5m, decay: 1m }', 20],
  ['periodic', 'periodic', '{ type: periodic, mean: 200, amplitude: 100, period: 10m }', 30],
  ['diurnal', 'diurnal (48 h)', '{ type: diurnal, min: 50, max: 450, peakAt: 14h }', 48 * 60],
  ['points', 'points (linear)', '{ type: points, points: [{ at: 0, value: 100 }, { at: 10m, value: 400 }, { at: 20m, value: 250 }] }', 30],
  [
    'points-step',
    'points (step)',
    '{ type: points, interpolation: step, points: [{ at: 0, value: 100 }, { at: 10m, value: 400 }, { at: 20m, value: 250 }] }',
    30,
  ],
  ['trace', 'trace replay', '{ type: trace, file: example-trace.csv }', 30],
  [
    'sum',
    'sum',
    '{ type: sum, of: [{ type: periodic, mean: 150, amplitude: 50, period: 10m }, { type: step, from: 0, to: 150, at: 15m }] }',
    30,
  ],
  ['noise', 'noise', '{ type: noise, sd: 0.1, interval: 30s, of: { type: constant, value: 200 } }', 30],
];

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  for (const [name, title, yaml, minutes] of EXAMPLES) {
    const spec = curveSchema.parse(parse(yaml));
    const curve = buildCurve(spec, {
      rng: randomStream(1, 'load/docs'),
      readTrace: (file) => tracePoints(parseTimeValueCsv(readFileSync(join(OUT, file), 'utf8'), file).rows),
    });
    const hours = minutes > 180;
    const points = 400;
    const rows = Array.from({ length: points + 1 }, (_, i) => {
      const ms = Math.round((i * minutes * 60_000) / points);
      return { x: hours ? ms / 3_600_000 : ms / 60_000, rate: Math.round(curve(ms) * 1000) / 1000 };
    });
    const chart = lineChart({
      title,
      subtitle: yaml.length > 70 ? undefined : yaml,
      xTitle: hours ? 'time (h)' : 'time (min)',
      yTitle: 'requests/s',
      rows,
      x: 'x',
      y: 'rate',
      width: 360,
      height: 120,
    });
    const { png } = await renderChart(chart, { scale: 1.5 });
    writeFileSync(join(OUT, `${name}.png`), png);
    process.stdout.write(`${OUT}/${name}.png\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
