// Small pieces every workload feature's descriptor uses.
import type { LoadedObject, Scenario } from '../../scenario/load.js';
import type { SimContext } from '../../sim/context.js';

/** Whether the scenario has objects of `kind` at time 0 or created by its timeline (series and summaries only then). */
export function hasKind(scenario: Scenario, kind: string): boolean {
  return [...scenario.objects, ...scenario.created.values()].some((o) => o.kind === kind);
}

/** Every object of the scenario, initial ones first. */
export function allObjects(scenario: Scenario): LoadedObject[] {
  return [...scenario.objects, ...scenario.created.values()];
}

/**
 * How an object appears in series (an expectation addresses `kind.<name>.column`): its name, as the
 * deployments feature names services. Summaries add the namespace beside it.
 */
export function displayName(key: string): string {
  return key.slice(key.indexOf('/') + 1);
}

export function namespaceOf(key: string): string {
  return key.slice(0, key.indexOf('/'));
}

/** Timeline `delete: kind/name` (names carry no namespace yet): the first object of that name. */
export function keyByName(objects: ReadonlyMap<string, unknown>, name: string): string | undefined {
  if (objects.has(`default/${name}`)) return `default/${name}`;
  for (const k of objects.keys()) if (k.slice(k.indexOf('/') + 1) === name) return k;
  return undefined;
}

export function notFound(ctx: SimContext, kind: string, name: string): void {
  ctx.cluster.event(kind, name, 'NotFound', `${kind.toLowerCase()} ${name} does not exist`);
}
