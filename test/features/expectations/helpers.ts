// Hand-built run records and expectations for the expectation tests.
import { Recorder, type Cell } from '../../../src/report/recorder.js';
import { expectationSchema } from '../../../src/features/expectations/schema.js';
import type { Expectation } from '../../../src/features/expectations/types.js';

/** A recorder holding one series per `kind.object.column` key, sampled at the given seconds. */
export function recorderWith(series: Record<string, Array<[seconds: number, value: Cell]>>): Recorder {
  const rec = new Recorder();
  const rows: Array<{ time: number; kind: string; object: string; column: string; value: Cell }> = [];
  for (const [key, points] of Object.entries(series)) {
    const [kind, ...rest] = key.split('.');
    const column = rest.pop()!;
    for (const [t, value] of points) rows.push({ time: t * 1000, kind, object: rest.join('.'), column, value });
  }
  rows.sort((a, b) => a.time - b.time);
  for (const r of rows) {
    const same = rec.samples.find((s) => s.time === r.time && s.kind === r.kind && s.object === r.object);
    if (same) same.values[r.column] = r.value;
    else rec.samples.push({ time: r.time, kind: r.kind, object: r.object, values: { [r.column]: r.value } });
  }
  return rec;
}

/** Parses one expectation as it would appear in a scenario file (throws on a schema error). */
export function exp(input: Record<string, unknown>): Expectation {
  return expectationSchema.parse(input);
}
