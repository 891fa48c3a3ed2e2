// Objects of kinds kubetwin does not simulate (ServiceAccount, ConfigMap, Secret, Namespace, RBAC,
// Ingress, NetworkPolicy, CRDs and custom resources…): the loader accepts them as kubectl would, the
// run ignores them, and this feature says so — one warning per kind, never silence. `--strict`
// turns these warnings (code `not-simulated`) into errors.
import type { Diagnostic } from '../../scenario/diagnostics.js';
import type { LoadedObject } from '../../scenario/load.js';
import { at } from '../../scenario/source.js';
import type { Feature } from '../../sim/feature.js';

/** One warning per kind, at its first object, counting the objects of that kind. */
export function unsimulatedWarnings(objects: readonly LoadedObject[]): Diagnostic[] {
  const byKind = new Map<string, LoadedObject[]>();
  for (const o of objects) byKind.set(o.kind, [...(byKind.get(o.kind) ?? []), o]);
  return [...byKind].map(([kind, list]) => {
    const first = list[0];
    const n = list.length;
    return {
      ...at(
        first.source,
        [...first.prefix, 'kind'],
        `${kind} is not simulated: ${n} object${n === 1 ? '' : 's'} accepted and ignored (${names(list)})`,
        'warning',
      ),
      code: 'not-simulated',
    };
  });
}

function names(list: readonly LoadedObject[]): string {
  const shown = list
    .slice(0, 3)
    .map((o) => o.name)
    .join(', ');
  return list.length > 3 ? `${shown}, …` : shown;
}

export const unsimulatedFeature: Feature = {
  name: 'unsimulated',
  validate: (scenario) => unsimulatedWarnings(scenario.unsimulated),
  install() {
    // Nothing runs: these objects have no behaviour in kubetwin.
  },
};
