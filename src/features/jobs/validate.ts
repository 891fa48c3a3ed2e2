// Job scenario checks: a podFailurePolicy is not simulated (every failure counts against
// backoffLimit), warned about once per Job or CronJob.
import type { Diagnostic } from '../../scenario/diagnostics.js';
import type { LoadedObject } from '../../scenario/load.js';
import { at } from '../../scenario/source.js';

export function jobProblems(objects: readonly LoadedObject[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const o of objects) {
    const path = o.kind === 'Job' ? ['spec'] : o.kind === 'CronJob' ? ['spec', 'jobTemplate', 'spec'] : undefined;
    if (!path) continue;
    let spec: unknown = o.manifest;
    for (const seg of path) spec = (spec as Record<string, unknown>)[seg];
    if ((spec as { podFailurePolicy?: unknown }).podFailurePolicy !== undefined) {
      out.push(
        at(
          o.source,
          [...o.prefix, ...path, 'podFailurePolicy'],
          'podFailurePolicy is not simulated: every failed pod counts against backoffLimit',
          'warning',
        ),
      );
    }
  }
  return out;
}
