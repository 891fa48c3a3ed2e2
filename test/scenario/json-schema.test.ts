import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../src/features/index.js';
import { scenarioJsonSchema, scenarioJsonSchemaText } from '../../src/scenario/json-schema.js';
import { cli } from '../helpers/tmp.js';

describe('JSON Schema of scenario documents', () => {
  it('ships up to date (regenerate with npm run schema)', () => {
    expect(readFileSync('schema/kubetwin.schema.json', 'utf8')).toBe(scenarioJsonSchemaText(FEATURES));
  });

  it('has one branch per document kind, each pinned by its kind and closed to unknown fields', () => {
    const all = scenarioJsonSchema(FEATURES).oneOf as Array<{
      title: string;
      properties: Record<string, any>;
      additionalProperties?: unknown;
    }>;
    const branches = all.slice(0, -1);
    expect(branches.map((b) => b.title)).toEqual(
      expect.arrayContaining(['Scenario', 'Node', 'Pod', 'Deployment', 'Service', 'HorizontalPodAutoscaler']),
    );
    // The last branch: any other kind (accepted, not simulated) — its kind excludes every simulated kind.
    expect(all.at(-1)!.properties.kind.not.enum).toEqual(branches.map((b) => b.title));
    for (const b of branches) {
      expect(b.properties.kind.const).toBe(b.title);
      expect(b.additionalProperties).toBe(false);
    }
  });

  it('is what `kubetwin schema` prints', async () => {
    const r = await cli('schema');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(scenarioJsonSchemaText(FEATURES));
  });
});
