// StatefulSet scenario checks: storage is not simulated, so volumeClaimTemplates (which Kubernetes
// turns into one PersistentVolumeClaim per pod, and which can keep a pod Pending until bound) are
// warned about once per StatefulSet; so are `ordinals` (StatefulSetStartOrdinal, beta in v1.28).
import type { Diagnostic } from '../../scenario/diagnostics.js';
import type { LoadedObject } from '../../scenario/load.js';
import { at } from '../../scenario/source.js';

export function statefulSetProblems(objects: readonly LoadedObject[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const o of objects) {
    if (o.kind !== 'StatefulSet') continue;
    const spec = (o.manifest as unknown as { spec: { volumeClaimTemplates: unknown[]; ordinals?: unknown } }).spec;
    if (spec.volumeClaimTemplates.length > 0) {
      out.push(
        at(
          o.source,
          [...o.prefix, 'spec', 'volumeClaimTemplates'],
          'persistent volume claims are not simulated: pods start as if their volumes were bound',
          'warning',
        ),
      );
    }
    if (spec.ordinals !== undefined)
      out.push(at(o.source, [...o.prefix, 'spec', 'ordinals'], 'ordinals.start is not simulated: pods are numbered from 0', 'warning'));
  }
  return out;
}
