// The comparison as text: the first divergence, each file's first divergent row and a table of
// what differs (rows-format.ts), then one count line per file.
import type { Divergence, ReportDiff } from './compare.js';
import { formatRows } from './rows-format.js';

export interface Labels {
  a: string;
  b: string;
}

function val(v: string | undefined): string {
  return v === undefined ? '(none)' : v;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 || word.endsWith('s') ? '' : 's'}`;
}

export function formatDivergence(d: Divergence, l: Labels = { a: 'A', b: 'B' }): string {
  if (d.file === 'timeseries.csv') {
    return `at ${d.time_s} s in series ${d.series}: ${l.a} = ${val(d.a)}, ${l.b} = ${val(d.b)}`;
  }
  if (d.file === 'events.csv') {
    const where = d.index === 0 ? 'in the events.csv header' : `at ${d.time_s ?? '?'} s in event ${d.index} of events.csv`;
    return `${where}:\n    ${l.a}: ${val(d.a)}\n    ${l.b}: ${val(d.b)}`;
  }
  return `in summary.json at ${d.path}: ${l.a} = ${val(d.a)}, ${l.b} = ${val(d.b)}`;
}

function eventsLine(r: ReportDiff, l: Labels): string {
  const ev = r.events;
  const rows = r.eventRows;
  if (!ev.differing && !ev.first) return `  events.csv: all ${plural(ev.countA, 'event')} equal`;
  const counts = `${l.a} has ${ev.countA}, ${l.b} has ${ev.countB}`;
  if (!rows.changes) return `  events.csv: the headers differ (${counts})`;
  const detail = `${rows.changed} changed, ${rows.onlyA} only in ${l.a}, ${rows.onlyB} only in ${l.b}; `;
  return `  events.csv: ${plural(rows.changes, 'event')} ${rows.changes === 1 ? 'differs' : 'differ'} (${detail}${counts})`;
}

export function formatComparison(r: ReportDiff, l: Labels = { a: 'A', b: 'B' }): string {
  const ts = r.timeseries;
  const ev = r.events;
  if (r.equal) {
    return `no difference: ${plural(ts.series, 'series')}, ${plural(ev.countA, 'event')} and summary.json are equal\n`;
  }
  const lines = [`behaviour differs — first divergence ${formatDivergence(r.first!, l)}`, ...formatRows(r, l), 'in all:'];
  const more = ts.seriesDiffering > ts.differing.length ? ', …' : '';
  lines.push(
    ts.seriesDiffering
      ? `  timeseries.csv: ${ts.seriesDiffering} of ${plural(ts.series, 'series')} differ (${plural(ts.pointsDiffering, 'point')}): ${ts.differing.join(', ')}${more}`
      : `  timeseries.csv: all ${plural(ts.series, 'series')} equal`,
  );
  lines.push(eventsLine(r, l));
  const s = r.summary;
  lines.push(
    s.differences
      ? `  summary.json: ${plural(s.differences, 'difference')}: ${s.list
          .slice(0, 5)
          .map((d) => d.path)
          .join(', ')}${s.differences > 5 ? ', …' : ''}`
      : '  summary.json: equal',
  );
  return `${lines.join('\n')}\n`;
}
