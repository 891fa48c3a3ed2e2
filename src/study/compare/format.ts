// The comparison as text: the first divergence, then one summary line per file.
import type { Divergence, ReportDiff } from './compare.js';

export interface Labels { a: string; b: string }

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

export function formatComparison(r: ReportDiff, l: Labels = { a: 'A', b: 'B' }): string {
  const ts = r.timeseries;
  const ev = r.events;
  if (r.equal) {
    return `no difference: ${plural(ts.series, 'series')}, ${plural(ev.countA, 'event')} and summary.json are equal\n`;
  }
  const lines = [`behaviour differs — first divergence ${formatDivergence(r.first!, l)}`];
  const more = ts.seriesDiffering > ts.differing.length ? ', …' : '';
  lines.push(ts.seriesDiffering
    ? `  timeseries.csv: ${ts.seriesDiffering} of ${plural(ts.series, 'series')} differ (${plural(ts.pointsDiffering, 'point')}): ${ts.differing.join(', ')}${more}`
    : `  timeseries.csv: all ${plural(ts.series, 'series')} equal`);
  lines.push(ev.differing || ev.first
    ? `  events.csv: ${ev.differing} of ${Math.max(ev.countA, ev.countB)} event positions differ (${l.a} has ${ev.countA}, ${l.b} has ${ev.countB})`
    : `  events.csv: all ${plural(ev.countA, 'event')} equal`);
  const s = r.summary;
  lines.push(s.differences
    ? `  summary.json: ${plural(s.differences, 'difference')}: ${s.list.slice(0, 5).map((d) => d.path).join(', ')}${s.differences > 5 ? ', …' : ''}`
    : '  summary.json: equal');
  return `${lines.join('\n')}\n`;
}
