// CronJob scenario checks: kubetwin evaluates schedules in UTC only, so any other timeZone is
// warned about (Kubernetes would use that zone's wall clock).
import type { Diagnostic } from '../../scenario/diagnostics.js';
import type { LoadedObject } from '../../scenario/load.js';
import { at } from '../../scenario/source.js';

const UTC = new Set(['UTC', 'Etc/UTC', 'Etc/UCT', 'UCT', 'Etc/Universal', 'Universal', 'Etc/Zulu', 'Zulu', 'Etc/GMT', 'GMT']);

export function cronJobProblems(objects: readonly LoadedObject[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const o of objects) {
    if (o.kind !== 'CronJob') continue;
    const tz = (o.manifest as unknown as { spec: { timeZone?: string } }).spec.timeZone;
    if (tz !== undefined && !UTC.has(tz)) {
      out.push(
        at(
          o.source,
          [...o.prefix, 'spec', 'timeZone'],
          `time zone "${tz}" is not simulated: kubetwin evaluates the schedule in UTC`,
          'warning',
        ),
      );
    }
  }
  return out;
}
