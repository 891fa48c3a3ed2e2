// A run's report folder holds, beside the data, every chart (Vega-Lite spec, SVG, PNG) and an
// index.html showing them; the bytes are the same on every run; long runs are thinned for charts only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rasterize } from '../../src/report/charts/render.js';
import { reportFiles } from '../../src/report/files.js';
import { FEATURES } from '../../src/features/index.js';
import { Recorder } from '../../src/report/recorder.js';
import { loadScenarioText, runScenarioFile } from '../../src/run.js';
import { chart } from '../../src/sim/charts/types.js';
import type { Feature } from '../../src/sim/feature.js';
import { Simulation } from '../../src/sim/simulation.js';
import { minimalScenario, tempDir, writeTemp } from '../helpers/tmp.js';
import { deploymentYaml } from '../helpers/manifests.js';

const DEPLOYMENT = `---
${deploymentYaml({ replicas: 2, image: 'nginx', containerFields: '          resources: { requests: { cpu: 100m, memory: 64Mi } }\n' })}`;

const chartNames = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.vl.json'))
    .map((f) => f.replace(/\.vl\.json$/, ''))
    .sort();

describe('report folder of node-fit-4u4g', () => {
  let dir: string;
  beforeAll(async () => {
    dir = join(tempDir(), 'r');
    await runScenarioFile('scenarios/node-fit-4u4g.yaml', { out: dir });
  });

  it('holds the core charts, each as .vl.json, .svg and .png, beside the data and index.html', () => {
    const files = readdirSync(dir);
    for (const f of ['timeseries.csv', 'events.csv', 'summary.json', 'index.html']) expect(files).toContain(f);
    const charts = chartNames(dir);
    expect(charts).toEqual(expect.arrayContaining(['node-allocation', 'pod-phases', 'pod-timeline']));
    expect(charts).not.toContain('replicas'); // no Deployment in this scenario
    for (const c of charts) {
      expect(readFileSync(join(dir, `${c}.svg`), 'utf8')).toMatch(/^<svg/);
      expect(
        readFileSync(join(dir, `${c}.png`))
          .subarray(1, 4)
          .toString('latin1'),
      ).toBe('PNG');
      const spec = JSON.parse(readFileSync(join(dir, `${c}.vl.json`), 'utf8'));
      expect(spec.$schema).toMatch(/vega-lite/);
      expect(Array.isArray(spec.data.values)).toBe(true);
    }
  });

  it('draws the story: the extra pod unscheduled from 20 s to 40 s, the node full from 10 s to 40 s', () => {
    const timeline = JSON.parse(readFileSync(join(dir, 'pod-timeline.vl.json'), 'utf8')).data.values;
    expect(timeline).toContainEqual({ lane: 'extra', state: 'unscheduled', start: 20, end: 40 });
    const alloc = JSON.parse(readFileSync(join(dir, 'node-allocation.vl.json'), 'utf8')).data.values;
    const cpu = alloc.filter((p: { series: string }) => p.series === 'node-1 CPU').map((p: { x: number; value: number }) => [p.x, p.value]);
    expect(cpu).toEqual([
      [0, 50],
      [10, 100],
      [40, 75],
      [60, 75],
    ]);
  });

  it('PNGs are the SVGs drawn with the bundled font only, with the title visibly inked', () => {
    const svg = readFileSync(join(dir, 'node-allocation.svg'), 'utf8');
    const img = rasterize(svg, 2);
    expect(img.png.equals(readFileSync(join(dir, 'node-allocation.png')))).toBe(true);
    let ink = 0; // dark pixels in the title band (top-left, above the plot)
    for (let y = 24; y < 60; y++) for (let x = 0; x < 500; x++) if (img.pixels[(y * img.width + x) * 4] < 100) ink++;
    expect(ink).toBeGreaterThan(500);
  });

  it('index.html has every chart inline, the description, key numbers, expectations and links to the files', () => {
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const charts = chartNames(dir);
    expect(html.match(/<figure id="chart-[^"]*" data-spec="/g)).toHaveLength(charts.length);
    expect(html.match(/<div class="chart-static"><svg/g)).toHaveLength(charts.length);
    expect(html).toContain('One 4 CPU / 4 GiB node');
    expect(html).toContain('7 of 7 expectations met.');
    expect(html).toContain('the 2 CPU / 2 GiB pod fits exactly at 10 s');
    expect(html).toMatch(/<th scope="row">seed<\/th><td class="value">42<\/td>/);
    for (const f of ['timeseries.csv', 'events.csv', 'summary.json', ...charts.map((c) => `${c}.png`)])
      expect(html).toContain(`href="${f}"`);
    expect(html).not.toMatch(/<script[^>]+src=/);
  });
});

describe('report folders', () => {
  it('are byte-identical across two runs, charts and index.html included (with a replicas chart)', async () => {
    const file = writeTemp('s.yaml', minimalScenario(DEPLOYMENT));
    const a = join(tempDir(), 'a');
    const b = join(tempDir(), 'b');
    await runScenarioFile(file, { out: a });
    await runScenarioFile(file, { out: b });
    const names = readdirSync(a).sort();
    expect(readdirSync(b).sort()).toEqual(names);
    expect(chartNames(a)).toContain('replicas');
    expect(names).toContain('index.html');
    for (const n of names) expect(readFileSync(join(b, n)).equals(readFileSync(join(a, n))), n).toBe(true);
  });

  it('keep every sample in timeseries.csv but draw a long run from far fewer points', async () => {
    const file = writeTemp('long.yaml', minimalScenario(DEPLOYMENT));
    const dir = join(tempDir(), 'long');
    await runScenarioFile(file, { out: dir, set: ['spec.duration=4h'] });
    const csvRows = readFileSync(join(dir, 'timeseries.csv'), 'utf8')
      .trim()
      .split('\n')
      .filter((l) => /,service,web,/.test(l));
    expect(csvRows).toHaveLength(4 * 360 + 1);
    const spec = JSON.parse(readFileSync(join(dir, 'replicas.vl.json'), 'utf8'));
    expect(spec.data.values.length).toBeLessThan(20); // replicas barely change: repeats are not drawn
    expect(spec.encoding.x.title).toBe('time (h)');
    expect(Math.max(...spec.data.values.map((p: { x: number }) => p.x))).toBe(4);
  });

  it('include charts that components register, thinned when long; charts: false gives the data only', async () => {
    const scenario = loadScenarioText('s.yaml', minimalScenario());
    const rows = Array.from({ length: 5000 }, (_, i) => ({ t: i, v: i % 13 }));
    const custom: Feature = {
      name: 'custom-chart',
      install(ctx) {
        ctx.recorder.addChart('custom-demand', () => chart.line({ rows, x: 't', y: 'v', title: 'Demand', xTitle: 't', yTitle: 'v' }));
        ctx.recorder.addChart('nothing-to-draw', () => undefined);
      },
    };
    const recorder = new Simulation(scenario, { features: [...FEATURES, custom], recorder: new Recorder() }).run();
    const files = await reportFiles({ scenario, recorder });
    const names = files.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['custom-demand.vl.json', 'custom-demand.svg', 'custom-demand.png']));
    expect(names.some((n) => n.startsWith('nothing-to-draw'))).toBe(false);
    const spec = JSON.parse(String(files.find((f) => f.name === 'custom-demand.vl.json')!.content));
    expect(spec.data.values.length).toBeLessThan(1000);
    expect(String(files.find((f) => f.name === 'index.html')!.content)).toContain('Demand');
    const dataOnly = (await reportFiles({ scenario, recorder }, { charts: false })).map((f) => f.name);
    expect(dataOnly).toContain('summary.json');
    expect(dataOnly.filter((n) => /\.(svg|png|vl\.json|html)$/.test(n))).toEqual([]);
  });
});
