// Human-readable text for expectations: default names, comparisons, times.
import { msToSeconds } from '../../model/duration.js';
import type { Comparison, EventMatch, Expectation, Subject } from './types.js';

const OP_TEXT: Record<Comparison['op'], string> = {
  equals: 'equals',
  atLeast: 'at least',
  atMost: 'at most',
  above: 'above',
  below: 'below',
};

/** `12.5 s` from milliseconds. */
export function seconds(ms: number): string {
  return `${msToSeconds(ms)} s`;
}

function valueText(v: Comparison['value'], asTime: boolean): string {
  if (asTime && typeof v === 'number') return seconds(v);
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

export function comparisonText(cs: readonly Comparison[], asTime = false): string {
  return cs.map((c) => `${OP_TEXT[c.op]} ${valueText(c.value, asTime)}`).join(' and ');
}

export function matchText(m: EventMatch): string {
  const parts: string[] = [];
  if (m.reason) parts.push(m.reason);
  if (m.kind || m.object) parts.push(`on ${m.kind ? `${m.kind}/` : ''}${m.object ?? '*'}`);
  if (m.message) parts.push(`with message containing ${JSON.stringify(m.message)}`);
  return parts.length ? parts.join(' ') : 'any';
}

export function subjectText(s: Subject): string {
  if (s.type === 'series') return `${s.kind}.${s.object}.${s.column}`;
  return s.type === 'events' ? `count of ${matchText(s.match)} events` : `time of first ${matchText(s.match)} event`;
}

export function windowText(w: readonly [number, number]): string {
  return `from ${seconds(w[0])} to ${seconds(w[1])}`;
}

/** The name an expectation gets when the scenario gives none, e.g. `cluster.cluster.podsPending eventually equals 0 by 60 s`. */
export function defaultName(e: Omit<Expectation, 'name'>): string {
  const words = [subjectText(e.subject)];
  if (e.quantifier === 'at') words.push(`at ${seconds(e.time ?? 0)}`);
  else if (e.quantifier) words.push(e.quantifier);
  words.push(comparisonText(e.comparisons, e.subject.type === 'firstEvent'));
  if (e.window) words.push(e.window[0] === 0 ? `by ${seconds(e.window[1])}` : windowText(e.window));
  return words.join(' ');
}
