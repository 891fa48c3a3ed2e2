// summary.json: the run's identity (scenario, seed, duration), event counts by reason, and every
// summary section the features registered.
import type { Scenario } from '../scenario/load.js';
import { timeSeconds } from '../model/duration.js';
import type { Recorder } from './recorder.js';

export interface ReportInput {
  scenario: Scenario;
  recorder: Recorder;
}

export function summaryOf({ scenario, recorder }: ReportInput): Record<string, unknown> {
  const spec = scenario.manifest.spec;
  const byReason: Record<string, number> = {};
  for (const e of recorder.events) byReason[e.reason] = (byReason[e.reason] ?? 0) + 1;
  return {
    scenario: scenario.manifest.metadata.name,
    description: spec.description,
    seed: spec.seed,
    duration_s: timeSeconds(spec.duration),
    sampleInterval_s: timeSeconds(spec.sampleInterval),
    eventsByReason: Object.fromEntries(Object.entries(byReason).sort(([a], [b]) => (a < b ? -1 : 1))),
    ...recorder.summary(),
  };
}
