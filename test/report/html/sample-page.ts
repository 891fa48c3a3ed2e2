// A report page built the way a scenario will build one: rows → specs → rendered charts → HTML.
import { renderChart } from '../../../src/report/charts/render.js';
import { barChart, lineChart, stackedAreaChart } from '../../../src/report/charts/specs.js';
import { buildIndexHtml, type IndexHtmlInput, type ReportChart } from '../../../src/report/html/index-html.js';

export const EVIL = '</script><script>alert("x")</script><img src=x onerror=alert(1)>';

export async function sampleCharts(): Promise<ReportChart[]> {
  const rows = Array.from({ length: 60 }, (_, i) => ({
    time_s: i * 30,
    replicas: 1 + Math.floor(i / 15),
    demand: 20 + (i % 9),
    Running: 4,
    Pending: i % 3,
  }));
  const specs = [
    {
      name: 'replicas',
      title: `Replicas ${EVIL}`,
      spec: lineChart({ rows, x: 'time_s', y: ['replicas', 'demand'], title: `Replicas ${EVIL}`, xTitle: 'time (s)', yTitle: 'count' }),
    },
    {
      name: 'phases',
      title: 'Pod phases',
      spec: stackedAreaChart({ rows, x: 'time_s', y: ['Running', 'Pending'], title: 'Pod phases', xTitle: 'time (s)', yTitle: 'pods' }),
    },
    {
      name: 'pleg',
      title: 'PLEG',
      spec: barChart({
        rows: [
          { p: '1s', m: 0.2 },
          { p: '5s', m: 3 },
        ],
        category: 'p',
        value: 'm',
        title: 'PLEG missed events',
        xTitle: 'relist period',
        yTitle: 'missed (%)',
      }),
    },
  ];
  const out: ReportChart[] = [];
  for (const s of specs) out.push({ ...s, svg: (await renderChart(s.spec)).svg });
  return out;
}

export function sampleInput(charts: ReportChart[]): IndexHtmlInput {
  return {
    title: `HPA scale-up ${EVIL}`,
    description: `First paragraph ${EVIL}.\n\nSecond paragraph.`,
    summary: { [`key ${EVIL}`]: `value ${EVIL}`, replicas: { max: 4, min: 1 }, p99_ms: 12.3456789 },
    charts,
    files: [
      { name: 'timeseries.csv', description: `samples ${EVIL}` },
      { name: 'events.csv', description: 'events' },
    ],
    expectations: [
      { text: `reaches 4 replicas ${EVIL}`, passed: true, observed: 4, at: 1_800_000 },
      { text: 'never drops below 1', passed: false, observed: `0 ${EVIL}` },
    ],
  };
}

export async function samplePage(): Promise<string> {
  return buildIndexHtml(sampleInput(await sampleCharts()));
}
