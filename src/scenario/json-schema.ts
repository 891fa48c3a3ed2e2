// The JSON Schema of scenario documents (SPEC §3), generated from the zod schemas so editors can
// complete and check scenario files. Each YAML document matches exactly one branch (by `kind`).
import { z } from 'zod';
import type { ScenarioFeature } from './feature.js';
import { objectSchemasFor } from './schema/objects.js';

export function scenarioJsonSchema(features: readonly ScenarioFeature[]): Record<string, unknown> {
  const branches = Object.entries(objectSchemasFor(features)).map(([kind, schema]) => {
    const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    return { title: kind, ...rest };
  });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'kubetwin scenario document',
    description: 'One document of a kubetwin scenario file: the kubetwin Scenario, or a Kubernetes object kubetwin simulates.',
    oneOf: branches,
  };
}

export function scenarioJsonSchemaText(features: readonly ScenarioFeature[]): string {
  return `${JSON.stringify(scenarioJsonSchema(features), null, 2)}\n`;
}
