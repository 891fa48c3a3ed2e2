// summary.json compared deeply.
import { describe, expect, it } from 'vitest';
import { compareJson, compareSummaries } from '../../../src/study/compare/summary.js';
import { EXACT } from '../../../src/study/compare/tolerance.js';

const a = {
  scenario: 'x',
  seed: 42,
  pods: [
    { name: 'a', node: 'node-1', scheduled_s: 0 },
    { name: 'b', node: null, scheduled_s: null },
  ],
  nodes: { n: { cpu: 1000 } },
};

describe('compareJson', () => {
  const cases: Array<[string, unknown, number, Array<{ path: string; a?: string; b?: string }>]> = [
    ['equal', structuredClone(a), 0, []],
    ['a changed scalar', { ...a, seed: 7 }, 1, [{ path: 'seed', a: '42', b: '7' }]],
    [
      'null against a value',
      { ...a, pods: [a.pods[0], { ...a.pods[1], node: 'node-1' }] },
      1,
      [{ path: 'pods[1].node', a: 'null', b: '"node-1"' }],
    ],
    ['an extra array element', { ...a, pods: [...a.pods, { name: 'c' }] }, 1, [{ path: 'pods[2]', a: undefined, b: '{"name":"c"}' }]],
    ['a missing key', { scenario: 'x', seed: 42, pods: a.pods }, 1, [{ path: 'nodes', a: '{"n":{"cpu":1000}}', b: undefined }]],
    ['a type change', { ...a, nodes: [] }, 1, [{ path: 'nodes' }]],
    [
      'several differences in document order',
      { ...a, scenario: 'y', nodes: { n: { cpu: 999 } } },
      2,
      [{ path: 'scenario' }, { path: 'nodes.n.cpu' }],
    ],
  ];
  for (const [what, b, n, list] of cases) {
    it(what, () => {
      const d = compareJson(a, b, EXACT);
      expect(d.differences).toBe(n);
      expect(d.list).toMatchObject(list);
    });
  }

  it('numbers within the tolerance are equal', () => {
    expect(compareJson({ v: 1.0 }, { v: 1.0 + 1e-12 }, EXACT).differences).toBe(1);
    expect(compareJson({ v: 1.0 }, { v: 1.0 + 1e-12 }, { absolute: 0, relative: 1e-9 }).differences).toBe(0);
  });

  it('long values are shortened', () => {
    const d = compareJson({ m: 'x'.repeat(200) }, { m: 'y' }, EXACT);
    expect(d.list[0].a!.length).toBe(80);
  });

  it('invalid JSON is bad input naming the side', () => {
    expect(() => compareSummaries('{', '{}', EXACT, { a: 'run', b: 'golden' })).toThrow(/^run: summary\.json is not valid JSON/);
  });
});
