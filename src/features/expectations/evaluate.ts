// Evaluates a scenario's expectations over a finished run's samples and events.
import type { Recorder } from '../../sim/recorder.js';
import { evaluateEvents } from './evaluate-events.js';
import { evaluateSeries } from './evaluate-series.js';
import type { Expectation, ExpectationResult } from './types.js';

/** What evaluation reads from a run: the recorder, or anything with the same two lists. */
export type RunRecord = Pick<Recorder, 'samples' | 'events'>;

export function evaluate(expectations: readonly Expectation[], run: RunRecord): ExpectationResult[] {
  return expectations.map((e) => (e.subject.type === 'series' ? evaluateSeries(e, run.samples) : evaluateEvents(e, run.events)));
}
