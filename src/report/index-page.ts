// What a run's index.html shows, taken from its summary.json and files: the scenario's name and
// description, its key numbers (a list of named objects becomes one line per object, keyed by
// name; long lists are only counted), the expectation results, every chart, and links to the data files.
import { formatValue } from './html/format.js';
import { buildIndexHtml, type ExpectationResult, type ReportChart, type ReportFileLink } from './html/index-html.js';

/** Lists longer than this are shown as a count (the full list stays in summary.json). */
export const MAX_LISTED = 12;

const FILE_DESCRIPTIONS: Record<string, string> = {
  'timeseries.csv': 'one row per sample time per object (nodes, cluster, services, …)',
  'events.csv': 'Kubernetes-Event-like rows: time, object, reason, message',
  'summary.json': 'the run in numbers: scenario, seed, events by reason, per-feature sections, expectation results',
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function keyed(list: unknown[]): unknown {
  if (list.length > MAX_LISTED) return `${list.length} entries (see summary.json)`;
  const named =
    list.every((e) => isRecord(e) && typeof e.name === 'string') &&
    new Set(list.map((e) => (e as { name: string }).name)).size === list.length;
  if (!named) return list.every((e) => !isRecord(e) && !Array.isArray(e)) ? list : `${list.length} entries (see summary.json)`;
  return Object.fromEntries(
    list.map((e) => {
      const { name, ...rest } = e as { name: string };
      return [name, oneLine(rest)];
    }),
  );
}

/** `phase: Running; ready: yes; node: node-1` — the fields of one listed object, empty ones left out. */
function oneLine(fields: Record<string, unknown>): string {
  return Object.entries(fields)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${k}: ${formatValue(Array.isArray(v) && v.length > MAX_LISTED ? `${v.length} entries` : v)}`)
    .join('; ');
}

function shorten(value: unknown): unknown {
  if ((Array.isArray(value) && value.length === 0) || (isRecord(value) && Object.keys(value).length === 0)) return 'none';
  if (Array.isArray(value)) return keyed(value);
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shorten(v)]));
  return value;
}

/** summary.json as the page's key-numbers table: without the parts shown elsewhere on the page. */
export function keyNumbers(summary: Record<string, unknown>): Record<string, unknown> {
  const { description: _d, expectations: _e, ...rest } = summary;
  return shorten(rest) as Record<string, unknown>;
}

/** summary.json's `expectations` (see report/expectations/types.ts) as rows of the page, if any. */
export function expectationRows(summary: Record<string, unknown>): ExpectationResult[] | undefined {
  const list = summary.expectations;
  if (!Array.isArray(list) || list.length === 0) return undefined;
  return list.filter(isRecord).map((r) => ({
    text: String(r.name ?? ''),
    passed: r.passed === true,
    observed: typeof r.message === 'string' && r.message !== '' ? r.message : r.observed,
    ...(typeof r.at_s === 'number' ? { at: Math.round(r.at_s * 1000) } : {}),
  }));
}

/** Links to the data files (CSV, JSON) and to each chart's image. */
export function fileLinks(dataFiles: readonly string[], charts: readonly ReportChart[]): ReportFileLink[] {
  const links: ReportFileLink[] = dataFiles.map((name) => ({
    name,
    description: FILE_DESCRIPTIONS[name] ?? `extra table written by the simulation (${name.replace(/\.csv$/, '')})`,
  }));
  for (const c of charts) {
    links.push({ name: `${c.name}.png`, description: `chart “${c.title}” (also ${c.name}.svg, and its Vega-Lite spec ${c.name}.vl.json)` });
  }
  return links;
}

export interface IndexPageInput {
  scenarioName: string;
  description: string;
  summary: Record<string, unknown>;
  charts: ReportChart[];
  /** Names of the data files in the report folder, in the order they are listed. */
  dataFiles: string[];
}

export function indexPage(input: IndexPageInput): string {
  const expectations = expectationRows(input.summary);
  return buildIndexHtml({
    title: `kubetwin report: ${input.scenarioName}`,
    description: input.description,
    summary: keyNumbers(input.summary),
    charts: input.charts,
    files: fileLinks(input.dataFiles, input.charts),
    ...(expectations ? { expectations } : {}),
  });
}
