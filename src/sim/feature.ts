// A feature of the simulation: its scenario part (scenario/feature.ts) plus how it plugs into a run.
// Installation order follows from `requires`/`provides` (and `after`); features that do not depend
// on each other keep the order in which the registry lists them (same-time reactions follow it).
import type { ScenarioFeature } from '../scenario/feature.js';
import type { SimContext } from './context.js';

export interface Feature extends ScenarioFeature {
  /** Capabilities this feature sets up for others (e.g. `deployments`, `usage`, `apps`). */
  provides?: readonly string[];
  /** Capabilities that must be installed first. */
  requires?: readonly string[];
  /** Capabilities to install after when present, without needing them (e.g. the expectations check). */
  after?: readonly string[];
  /** Builds the feature's part of the simulation. Never rejects input (validate does that). */
  install(ctx: SimContext): void;
}

export class FeatureOrderError extends Error {}

/**
 * Features in installation order: every feature after the providers of what it requires (and of
 * what it wants to be `after`), otherwise in the given order. Throws on a missing provider or a cycle.
 */
export function orderFeatures(features: readonly Feature[]): Feature[] {
  const providers = new Map<string, Feature[]>();
  for (const f of features) for (const p of [f.name, ...(f.provides ?? [])]) providers.set(p, [...(providers.get(p) ?? []), f]);
  const deps = new Map<Feature, Set<Feature>>();
  for (const f of features) {
    const set = new Set<Feature>();
    for (const r of f.requires ?? []) {
      const by = providers.get(r);
      if (!by) throw new FeatureOrderError(`feature ${f.name} requires "${r}", which no feature provides`);
      by.forEach((p) => p !== f && set.add(p));
    }
    for (const a of f.after ?? []) {
      if (a === '*') features.forEach((p) => p !== f && !(p.after ?? []).includes('*') && set.add(p));
      else (providers.get(a) ?? []).forEach((p) => p !== f && set.add(p));
    }
    deps.set(f, set);
  }
  const out: Feature[] = [];
  const done = new Set<Feature>();
  while (out.length < features.length) {
    const next = features.find((f) => !done.has(f) && [...deps.get(f)!].every((d) => done.has(d)));
    if (!next) {
      const stuck = features.filter((f) => !done.has(f)).map((f) => f.name);
      throw new FeatureOrderError(`features depend on each other in a cycle: ${stuck.join(', ')}`);
    }
    out.push(next);
    done.add(next);
  }
  return out;
}
