// Checks `events` (how many matching events) and `firstEvent` (when the first one happened).
import { msToSeconds } from '../../model/duration.js';
import type { EventRow } from '../../sim/recorder.js';
import { comparisonText, matchText, seconds, windowText } from './describe.js';
import type { EventMatch, Expectation, ExpectationResult } from './types.js';
import { satisfies } from './values.js';

export function matches(ev: EventRow, m: EventMatch): boolean {
  return (
    (m.reason === undefined || ev.reason === m.reason) &&
    (m.kind === undefined || ev.kind === m.kind) &&
    (m.object === undefined || m.object === '*' || ev.object === m.object) &&
    (m.message === undefined || ev.message.includes(m.message))
  );
}

export function evaluateEvents(e: Expectation, events: readonly EventRow[]): ExpectationResult {
  const s = e.subject;
  if (s.type === 'series') throw new Error('not an event expectation');
  const w = e.window;
  const hits = events.filter((ev) => matches(ev, s.match) && (!w || (ev.time >= w[0] && ev.time <= w[1])));
  const span = w ? ` ${windowText(w)}` : '';
  const what = matchText(s.match);
  if (s.type === 'events') {
    const passed = satisfies(hits.length, e.comparisons);
    const tail = passed ? '' : `, expected ${comparisonText(e.comparisons)}`;
    const last = hits[hits.length - 1];
    return {
      name: e.name,
      passed,
      observed: hits.length,
      ...(last ? { at_s: msToSeconds(last.time) } : {}),
      message: `${hits.length} ${what} event${hits.length === 1 ? '' : 's'}${span}${tail}`,
    };
  }
  const first = hits[0];
  if (!first) return { name: e.name, passed: false, observed: null, message: `no ${what} event${span}` };
  const passed = satisfies(first.time, e.comparisons);
  return {
    name: e.name,
    passed,
    observed: msToSeconds(first.time),
    at_s: msToSeconds(first.time),
    message:
      `first ${what} event at ${seconds(first.time)} (${first.kind}/${first.object}: ${first.message})` +
      (passed ? '' : `, expected ${comparisonText(e.comparisons, true)}`),
  };
}
