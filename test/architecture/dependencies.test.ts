// The folder picture of docs/architecture.md, checked: dependency-cruiser with the project's rules
// (.dependency-cruiser.cjs) finds no violation, no two top-level folders of src/ import each other,
// and the vega stack is imported only by the chart renderer.
import { createRequire } from 'node:module';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { beforeAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const rules = require('../../.dependency-cruiser.cjs');

const top = (path: string) => (/^src\/[^/]+\.ts$/.test(path) ? path : path.split('/').slice(0, 2).join('/'));

describe('folder dependencies', () => {
  let result: ICruiseResult;
  beforeAll(async () => {
    const r = await cruise(['src'], { validate: true, ruleSet: rules, ...rules.options });
    result = r.output as ICruiseResult;
  }, 120_000);

  it('break none of the rules in .dependency-cruiser.cjs', () => {
    const violations = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
    expect(violations).toEqual([]);
  });

  it('never run both ways between two top-level folders of src/', () => {
    const edges = new Set<string>();
    for (const m of result.modules) {
      if (!m.source.startsWith('src/')) continue;
      for (const d of m.dependencies) {
        if (!d.resolved.startsWith('src/') || top(m.source) === top(d.resolved)) continue;
        edges.add(`${top(m.source)} → ${top(d.resolved)}`);
      }
    }
    const both = [...edges].filter((e) => {
      const [a, b] = e.split(' → ');
      return a < b && edges.has(`${b} → ${a}`);
    });
    expect(both).toEqual([]);
    expect(edges.size).toBeGreaterThan(20); // the graph was really read
  });

  it('load vega, vega-lite and resvg only from the chart renderer', () => {
    const importers = result.modules.filter(
      (m) =>
        m.source.startsWith('src/') &&
        m.dependencies.some((d) => /node_modules\/(vega|vega-lite|@resvg\/resvg-js)\//.test(d.resolved) && !d.dynamic),
    );
    const allowed = /^src\/report\/(charts\/(compile|render|text-metrics|fonts)\.ts|html\/vega-bundle\.ts)$/;
    expect(importers.map((m) => m.source).filter((f) => !allowed.test(f))).toEqual([]);
    expect(importers.length).toBeGreaterThan(0);
  });
});
