// The JSON Schema of scenario documents (SPEC §3), generated from the zod schemas so editors can
// complete and check scenario files. Each YAML document matches exactly one branch (by `kind`).
import { z } from 'zod';
import type { ScenarioFeature } from './feature.js';
import { objectSchemasFor } from './schema/objects.js';

export function scenarioJsonSchema(features: readonly ScenarioFeature[]): Record<string, unknown> {
  const schemas = objectSchemasFor(features);
  const branches: Record<string, unknown>[] = Object.entries(schemas).map(([kind, schema]) => {
    const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    return { title: kind, ...rest };
  });
  // Any other kind is accepted and ignored by the loader (load.ts acceptUnsimulated).
  branches.push({
    title: 'a Kubernetes object kubetwin does not simulate (accepted and ignored, with a warning)',
    type: 'object',
    required: ['apiVersion', 'kind', 'metadata'],
    properties: {
      apiVersion: { type: 'string', minLength: 1 },
      kind: { type: 'string', minLength: 1, not: { enum: Object.keys(schemas) } },
      metadata: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1 } } },
    },
  });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'kubetwin scenario document',
    description:
      'One document of a kubetwin scenario file: the kubetwin Scenario, or a Kubernetes object (kinds kubetwin does not simulate are accepted and ignored).',
    oneOf: branches,
  };
}

export function scenarioJsonSchemaText(features: readonly ScenarioFeature[]): string {
  return `${JSON.stringify(scenarioJsonSchema(features), null, 2)}\n`;
}
