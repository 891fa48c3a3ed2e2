// Point order, overrides, seeds and keys.
import { describe, expect, it } from 'vitest';
import { cartesian, expandPoints, setExpr } from '../../../src/study/sweep/expand.js';
import { inShard, parseShard } from '../../../src/study/sweep/shard.js';
import type { MetricSpec } from '../../../src/study/sweep/schema.js';

const metrics: MetricSpec[] = [{ name: 'm', path: 'seed' } as MetricSpec];
const params = [
  { name: 'n', path: 'spec.nodePools[0].count' },
  { name: 'size', path: 'spec.nodePools[0].capacity.cpu' },
];

function expand(over: Partial<Parameters<typeof expandPoints>[0]> = {}) {
  return expandPoints({
    parameters: params,
    fixed: [['spec.duration', '1h']],
    rows: cartesian([
      ['n', [2, 3]],
      ['size', ['4', '8']],
    ]),
    baseSeed: 42,
    seeds: 'common',
    replications: 2,
    scenarioText: 'scenario',
    metrics,
    ...over,
  });
}

describe('point expansion', () => {
  it('the cartesian product varies the first parameter slowest', () => {
    expect(
      cartesian([
        ['a', [1, 2]],
        ['b', ['x', 'y', 'z']],
      ]),
    ).toEqual([
      { a: 1, b: 'x' },
      { a: 1, b: 'y' },
      { a: 1, b: 'z' },
      { a: 2, b: 'x' },
      { a: 2, b: 'y' },
      { a: 2, b: 'z' },
    ]);
    expect(
      cartesian([
        ['a', [1]],
        ['b', []],
      ]),
    ).toEqual([]);
    expect(cartesian([])).toEqual([]);
  });

  it('values keep their type through the --set notation', () => {
    expect(setExpr('a.b', 3)).toBe('a.b=3');
    expect(setExpr('a.b', '4')).toBe('a.b="4"');
    expect(setExpr('a.b', true)).toBe('a.b=true');
  });

  it('overrides: fixed first, then the parameters in column order', () => {
    const pts = expand();
    expect(pts.map((p) => p.index)).toEqual([0, 1, 2, 3]);
    expect(pts[1].set).toEqual(['spec.duration="1h"', 'spec.nodePools[0].count=2', 'spec.nodePools[0].capacity.cpu="8"']);
    expect(pts[3].params).toEqual({ n: 3, size: '8' });
  });

  it('common seeds: replication r has the same seed at every point', () => {
    const pts = expand();
    expect(pts[0].seeds).toEqual(['42/replication-0', '42/replication-1']);
    for (const p of pts) expect(p.seeds).toEqual(pts[0].seeds);
  });

  it('independent seeds differ between points but not with the point order', () => {
    const a = expand({ seeds: 'independent' });
    expect(new Set(a.map((p) => p.seeds[0])).size).toBe(4);
    expect(new Set(a[0].seeds).size).toBe(2);
    const reversed = expand({
      seeds: 'independent',
      rows: cartesian([
        ['n', [3, 2]],
        ['size', ['8', '4']],
      ]),
    });
    expect(reversed[3].seeds).toEqual(a[0].seeds); // same overrides → same seeds
  });

  it('keys change with the scenario, the overrides, the seeds and the metrics', () => {
    const base = expand()[0].key;
    expect(expand()[0].key).toBe(base);
    expect(expand({ scenarioText: 'changed' })[0].key).not.toBe(base);
    expect(expand({ fixed: [['spec.duration', '2h']] })[0].key).not.toBe(base);
    expect(expand({ baseSeed: 7 })[0].key).not.toBe(base);
    expect(expand({ replications: 3 })[0].key).not.toBe(base);
    expect(expand({ metrics: [{ name: 'other', path: 'seed' } as MetricSpec] })[0].key).not.toBe(base);
    expect(new Set(expand().map((p) => p.key)).size).toBe(4);
  });
});

describe('shards', () => {
  it('parses i/N (0-based)', () => {
    expect(parseShard('0/3')).toEqual({ index: 0, count: 3 });
    expect(parseShard(' 2 / 3 ')).toEqual({ index: 2, count: 3 });
    for (const bad of ['3/3', '1/0', 'a/b', '1', '-1/2']) expect(typeof parseShard(bad)).toBe('string');
  });

  it('round robin: every point in exactly one shard', () => {
    const pts = Array.from({ length: 10 }, (_, index) => ({ index }) as never);
    const shards = [0, 1, 2].map((i) => pts.filter((p) => inShard(p, { index: i, count: 3 })).map((p: { index: number }) => p.index));
    expect(shards).toEqual([
      [0, 3, 6, 9],
      [1, 4, 7],
      [2, 5, 8],
    ]);
    expect(pts.filter((p) => inShard(p)).length).toBe(10);
  });
});
