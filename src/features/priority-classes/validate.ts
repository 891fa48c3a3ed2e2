// Scenario checks for PriorityClasses: every priorityClassName names a class of the scenario or a
// built-in one (the priority admission plugin rejects the pod otherwise), and at most one class is
// the global default (the plugin rejects a second one). k8s v1.28 plugin/pkg/admission/priority.
import { SYSTEM_PRIORITY_CLASSES } from '../../k8s/admission/priority.js';
import type { Diagnostic } from '../../scenario/diagnostics.js';
import type { LoadedObject } from '../../scenario/load.js';
import { at } from '../../scenario/source.js';
import { podSpecOf } from '../workload-pods/templates.js';

export function priorityClassProblems(objects: readonly LoadedObject[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const classes = objects.filter((o) => o.kind === 'PriorityClass');
  const names = new Set([...SYSTEM_PRIORITY_CLASSES.map((c) => c.name), ...classes.map((c) => c.name)]);
  let defaultClass: LoadedObject | undefined;
  for (const c of classes) {
    if ((c.manifest as { globalDefault?: boolean }).globalDefault !== true) continue;
    if (defaultClass)
      out.push(
        at(
          c.source,
          [...c.prefix, 'globalDefault'],
          `PriorityClass ${defaultClass.name} is already marked as default. Only one default can exist`,
        ),
      );
    else defaultClass = c;
  }
  for (const o of objects) {
    const p = podSpecOf(o);
    const name = p?.spec.priorityClassName;
    if (p === undefined || name === undefined) continue;
    if (typeof name !== 'string') {
      out.push(at(o.source, [...o.prefix, ...p.path, 'priorityClassName'], 'must be a string'));
    } else if (name !== '' && !names.has(name)) {
      const known = classes.map((c) => c.name);
      out.push(
        at(
          o.source,
          [...o.prefix, ...p.path, 'priorityClassName'],
          `no PriorityClass with name ${name} was found${known.length ? ` (the scenario's PriorityClasses: ${known.join(', ')})` : ''}`,
        ),
      );
    }
  }
  return out;
}
