// Checks that span documents: duplicate names, and the manual's advice on memory requests (one note per run).
import type { Diagnostic } from './diagnostics.js';
import type { LoadedObject } from './load.js';
import type { ScenarioManifest } from './schema/scenario.js';
import { at, type PathSeg } from './source.js';
import { placementChecks } from './placement-checks.js';
import { formatAmount } from '../model/quantity.js';

type ContainerLike = { name: string; resources: { requests: Record<string, number>; limits: Record<string, number> } };

export function crossChecks(_scenario: ScenarioManifest, objects: LoadedObject[], created: Map<number, LoadedObject>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Map<string, LoadedObject>();
  for (const o of [...objects, ...created.values()]) {
    const ns = o.kind === 'Node' ? '' : (o.manifest.metadata.namespace ?? 'default');
    const key = `${o.kind}/${ns}/${o.name}`;
    if (seen.has(key)) out.push(at(o.source, [...o.prefix, 'metadata', 'name'], `duplicate ${o.kind} name "${o.name}"`));
    else seen.set(key, o);
  }
  out.push(...placementChecks([...objects, ...created.values()]));
  out.push(...memoryAdvice([...objects, ...created.values()]));
  return out;
}

/** Where an object of a workload kind keeps its pod spec: a Pod's spec, a template's, a CronJob's job template's. */
function podSpecPath(o: LoadedObject): PathSeg[] | undefined {
  const m = o.manifest as { spec?: { template?: { spec?: unknown }; jobTemplate?: { spec?: { template?: { spec?: unknown } } } } };
  if (o.kind === 'Pod') return ['spec'];
  if (m.spec?.template?.spec) return ['spec', 'template', 'spec'];
  if (m.spec?.jobTemplate?.spec?.template?.spec) return ['spec', 'jobTemplate', 'spec', 'template', 'spec'];
  return undefined;
}

/**
 * SPEC §1 Resources: the manual advises memory request = limit (a container whose memory use
 * exceeds its request risks being killed under node memory pressure). One note per run, at the
 * first such container, counting them all — never one warning per object.
 */
function memoryAdvice(objects: readonly LoadedObject[]): Diagnostic[] {
  const differing: Array<{ o: LoadedObject; path: PathSeg[]; c: ContainerLike }> = [];
  for (const o of objects) {
    if (o.notSimulated) continue;
    const base = podSpecPath(o);
    if (!base) continue;
    let spec: unknown = o.manifest;
    for (const seg of base) spec = (spec as Record<string, unknown>)[seg as string];
    ((spec as { containers?: ContainerLike[] }).containers ?? []).forEach((c, i) => {
      const req = c.resources?.requests?.memory;
      const lim = c.resources?.limits?.memory;
      if (req !== undefined && lim !== undefined && req !== lim)
        differing.push({ o, path: [...o.prefix, ...base, 'containers', i, 'resources'], c });
    });
  }
  if (!differing.length) return [];
  const first = differing[0];
  const n = differing.length;
  const example = `${first.o.kind} ${first.o.name} container ${first.c.name}: request ${formatAmount('memory', first.c.resources.requests.memory)}, limit ${formatAmount('memory', first.c.resources.limits.memory)}`;
  return [
    {
      ...at(
        first.o.source,
        first.path,
        `${n} container${n === 1 ? ' has a memory request that differs' : 's have a memory request that differs'} from its memory limit (first: ${example}); setting them equal avoids OOM kills under node memory pressure`,
        'warning',
      ),
      code: 'memory-request-not-limit',
    },
  ];
}
