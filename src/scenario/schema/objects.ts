// Which schema validates which `kind` of document: the core kinds (the Scenario itself, Node and
// Pod) and the kinds features simulate (scenario/feature.ts).
import type { z } from 'zod';
import type { ScenarioFeature } from '../feature.js';
import { nodeManifest } from './node.js';
import { podManifest } from './pod.js';
import { scenarioManifestSchema } from './scenario.js';

export function objectSchemasFor(features: readonly ScenarioFeature[]): Record<string, z.ZodType> {
  const sections = Object.assign({}, ...features.map((f) => f.sections ?? {})) as Record<string, z.ZodType>;
  const actions = Object.assign({}, ...features.map((f) => f.actions ?? {})) as Record<string, z.ZodType>;
  return {
    Scenario: scenarioManifestSchema(sections, actions),
    Node: nodeManifest,
    Pod: podManifest,
    ...Object.assign({}, ...features.map((f) => f.kinds ?? {})),
  };
}
