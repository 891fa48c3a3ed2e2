// Which objects exist when a timeline entry runs, for checking timeline targets and cross
// references before a run: the scenario's objects and the objects features add at time 0, then
// the timeline's `create` and `delete` entries in the order the run applies them (by time; entries
// at the same time in file order).
import { goDuration } from '../model/duration.js';
import type { Diagnostic } from './diagnostics.js';
import type { Scenario } from './load.js';
import { at as atPath, type PathSeg } from './source.js';
import { suggest } from './zod-issues.js';

export interface ObjectName {
  kind: string;
  name: string;
}

export interface TimelineNames {
  /** Names of the objects of `kind` that exist just before timeline entry `index` runs. */
  before(kind: string, index: number): Set<string>;
  /** Names of the objects of `kind` that exist at any time of the scenario. */
  ever(kind: string): Set<string>;
}

export function timelineNames(scenario: Scenario, initial: readonly ObjectName[]): TimelineNames {
  const timeline = scenario.manifest.spec.timeline;
  const order = timeline.map((e, i) => ({ at: e.at, i })).sort((a, b) => a.at - b.at || a.i - b.i);
  const start = (kind: string) => new Set([...scenario.objects, ...initial].filter((o) => o.kind === kind).map((o) => o.name));
  return {
    before(kind, index) {
      const names = start(kind);
      for (const { i } of order) {
        if (i === index) break;
        const created = scenario.created.get(i);
        if (created?.kind === kind) names.add(created.name);
        const del = (timeline[i] as { delete?: ObjectName }).delete;
        if (del?.kind === kind) names.delete(del.name);
      }
      return names;
    },
    ever(kind) {
      const names = start(kind);
      for (const o of scenario.created.values()) if (o.kind === kind) names.add(o.name);
      return names;
    },
  };
}

/**
 * A timeline entry's target that does not exist when the entry runs: an error at the target's
 * position, with the closest existing name as a suggestion. Undefined when the target exists.
 */
export function checkTimelineTarget(
  scenario: Scenario,
  names: TimelineNames,
  index: number,
  path: PathSeg[],
  kind: string,
  name: string,
): Diagnostic | undefined {
  const existing = names.before(kind, index);
  if (existing.has(name)) return undefined;
  const when = goDuration(scenario.manifest.spec.timeline[index].at);
  const s = suggest(
    name,
    [...existing].filter((n) => n !== name),
  );
  const why = names.ever(kind).has(name) ? ` (${kind} "${name}" exists at other times of the scenario, not at ${when})` : '';
  const hint = s ? ` (did you mean "${s}"?)` : existing.size ? '' : ` (there is no ${kind} at that time)`;
  return { ...atPath(scenario.source, path, `no ${kind} "${name}" exists at ${when}${hint}${why}`), code: 'unknown-target' };
}
