// Checks that span documents: duplicate names, and the manual's advice on memory requests.
import type { Diagnostic } from './diagnostics.js';
import type { LoadedObject } from './load.js';
import type { ScenarioManifest } from './schema/scenario.js';
import { at, type PathSeg } from './source.js';
import { placementChecks } from './placement-checks.js';

type ContainerLike = { name: string; resources: { requests: Record<string, number>; limits: Record<string, number> } };

export function crossChecks(_scenario: ScenarioManifest, objects: LoadedObject[], created: Map<number, LoadedObject>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Map<string, LoadedObject>();
  for (const o of [...objects, ...created.values()]) {
    const ns = o.kind === 'Node' ? '' : (o.manifest.metadata.namespace ?? 'default');
    const key = `${o.kind}/${ns}/${o.name}`;
    if (seen.has(key)) out.push(at(o.source, [...o.prefix, 'metadata', 'name'], `duplicate ${o.kind} name "${o.name}"`));
    else seen.set(key, o);
    out.push(...memoryAdvice(o));
  }
  out.push(...placementChecks([...objects, ...created.values()]));
  return out;
}

/** SPEC §1 Resources: the manual advises memory request = limit; warn, do not fail. */
function memoryAdvice(o: LoadedObject): Diagnostic[] {
  const spec = o.kind === 'Pod' ? (o.manifest as { spec?: unknown }).spec
    : o.kind === 'Deployment' ? (o.manifest as unknown as { spec: { template: { spec: unknown } } }).spec.template.spec : undefined;
  if (!spec) return [];
  const base: PathSeg[] = o.kind === 'Pod' ? ['spec'] : ['spec', 'template', 'spec'];
  const out: Diagnostic[] = [];
  ((spec as { containers: ContainerLike[] }).containers).forEach((c, i) => {
    const req = c.resources.requests.memory;
    const lim = c.resources.limits.memory;
    if (req !== undefined && lim !== undefined && req !== lim) {
      out.push(at(o.source, [...o.prefix, ...base, 'containers', i, 'resources'],
        `memory request (${req} B) differs from memory limit (${lim} B); setting them equal avoids OOM kills under node memory pressure`, 'warning'));
    }
  });
  return out;
}
