// The page's sections as HTML fragments. Every caller-supplied string passes through escapeHtml.
import { compileToVega } from '../charts/compile.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { flattenSummary, formatValue, formatVirtualTime } from './format.js';
import { assertInlineableSvg, scopeSvgIds } from './svg-inline.js';
import type { ExpectationResult, ReportChart, ReportFileLink } from './types.js';

export function paragraphs(text: string, cls?: string): string {
  const attr = cls ? ` class="${cls}"` : '';
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p${attr}>${escapeHtml(p)}</p>`)
    .join('\n');
}

export function summaryTable(summary: Record<string, unknown>): string {
  const rows = flattenSummary(summary);
  if (rows.length === 0) return '<p>No key numbers were recorded.</p>';
  const body = rows
    .map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td class="value">${escapeHtml(formatValue(v))}</td></tr>`)
    .join('\n');
  return `<table class="numbers">\n<tbody>\n${body}\n</tbody>\n</table>`;
}

export function expectationsTable(results: ExpectationResult[]): string {
  const passed = results.filter((r) => r.passed).length;
  const tallyClass = passed === results.length ? 'all-pass' : 'some-fail';
  const rows = results
    .map((r) => {
      const cls = r.passed ? 'pass' : 'fail';
      const at = r.at === undefined ? '' : formatVirtualTime(r.at);
      return (
        `<tr class="${cls}"><td><span class="verdict">${r.passed ? 'PASS' : 'FAIL'}</span></td>` +
        `<td>${escapeHtml(r.text)}</td><td>${escapeHtml(formatValue(r.observed))}</td><td>${escapeHtml(at)}</td></tr>`
      );
    })
    .join('\n');
  return (
    `<p class="tally ${tallyClass}">${passed} of ${results.length} expectations met.</p>\n` +
    `<table class="expectations">\n<thead><tr><th>Result</th><th>Expectation</th><th>Observed</th><th>At (virtual time)</th></tr></thead>\n` +
    `<tbody>\n${rows}\n</tbody>\n</table>`
  );
}

/** A relative link target, or an error: the page must not point anywhere off the report folder. */
export function relativeHref(name: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(name) || name.startsWith('//') || name.startsWith('\\') || name.trim() === '') {
    throw new Error(`report file '${name}' must be a relative path inside the report folder`);
  }
  return encodeURI(name);
}

export function filesList(files: ReportFileLink[]): string {
  if (files.length === 0) return '<p>No data files.</p>';
  const items = files
    .map(
      (f) => `<li><a href="${escapeHtml(relativeHref(f.name))}"><code>${escapeHtml(f.name)}</code></a> — ${escapeHtml(f.description)}</li>`,
    )
    .join('\n');
  return `<ul class="files">\n${items}\n</ul>`;
}

/** One chart: its static SVG (ids scoped to the figure), a live-view host, and its Vega spec. */
export function chartFigure(chart: ReportChart, index: number, anchor: string): string {
  assertInlineableSvg(chart.svg, chart.name);
  const svg = scopeSvgIds(chart.svg, `c${index}-`);
  const { vega } = compileToVega(chart.spec);
  const { $schema: _schema, ...spec } = vega as Record<string, unknown>;
  const specId = `spec-${index}`;
  return (
    `<figure id="${anchor}" data-spec="${specId}">\n` +
    `<figcaption>${escapeHtml(chart.title)}<a class="permalink" href="#${anchor}" aria-label="Link to this chart">#</a></figcaption>\n` +
    `<div class="chart-static">${svg}</div>\n<div class="chart-live" hidden></div>\n` +
    `<script type="application/json" id="${specId}">${jsonForScript(spec)}</script>\n</figure>`
  );
}
