// Metric paths into summary.json and how their values become numbers.
import { describe, expect, it } from 'vitest';
import { parseJsonPath, selectPath } from '../../../src/study/sweep/json-path.js';
import { readMetrics } from '../../../src/study/sweep/metrics.js';
import type { MetricSpec } from '../../../src/study/sweep/schema.js';

const summary = {
  seed: 42,
  eventsByReason: { Scheduled: 4, FailedScheduling: 1 },
  nodes: [
    { name: 'node-1', ready: true, pods: ['a', 'b'], cpuRequestedMilli: 2000 },
    { name: 'node-2', ready: false, pods: [], cpuRequestedMilli: 0 },
    { name: 'node-3', ready: true, pods: ['c'], cpuRequestedMilli: 500 },
  ],
  pods: [
    { name: 'a', scheduled_s: 0 },
    { name: 'b', scheduled_s: 20 },
    { name: 'c', scheduled_s: null },
  ],
  capacity: { nodeHours: '1.5' },
  expectations: [
    { name: 'fits', passed: true },
    { name: 'fast', passed: false },
  ],
};

describe('metric paths', () => {
  it('parses keys, indexes, [*] and [key=value]', () => {
    expect(parseJsonPath('nodes[name=node-1].pods[0]')).toEqual([
      { type: 'key', key: 'nodes' },
      { type: 'where', key: 'name', value: 'node-1' },
      { type: 'key', key: 'pods' },
      { type: 'index', index: 0 },
    ]);
    expect(parseJsonPath('a[*].b')).toEqual([{ type: 'key', key: 'a' }, { type: 'all' }, { type: 'key', key: 'b' }]);
  });

  for (const bad of ['', 'a..b', 'a[', 'a[x]', 'a]b', '[1']) {
    it(`rejects ${JSON.stringify(bad)}`, () => expect(typeof parseJsonPath(bad)).toBe('string'));
  }

  const cases: Array<[string, unknown[]]> = [
    ['seed', [42]],
    ['eventsByReason.Scheduled', [4]],
    ['nodes[1].name', ['node-2']],
    ['nodes[*].cpuRequestedMilli', [2000, 0, 500]],
    ['nodes[name=node-3].pods[*]', ['c']],
    ['nodes[ready=true].name', ['node-1', 'node-3']],
    ['nodes[9].name', []],
    ['missing.deeper', []],
    ['seed.x', []],
  ];
  for (const [path, want] of cases) {
    it(`selects ${path}`, () => expect(selectPath(summary, parseJsonPath(path) as never)).toEqual(want));
  }
});

describe('reading metrics', () => {
  const m = (spec: Partial<MetricSpec>): MetricSpec => ({ name: 'x', ...spec }) as MetricSpec;
  const read = (spec: Partial<MetricSpec>) => {
    const r = readMetrics([m(spec)], summary);
    return { value: r.values.x, note: r.notes.x };
  };

  const table: Array<[string, Partial<MetricSpec>, number | null]> = [
    ['a single number', { path: 'eventsByReason.FailedScheduling' }, 1],
    ['a boolean counts 0/1', { path: 'nodes[name=node-2].ready' }, 0],
    ['numeric text', { path: 'capacity.nodeHours' }, 1.5],
    ['scale', { path: 'pods[name=b].scheduled_s', scale: 1 / 60 }, 20 / 60],
    ['sum', { path: 'nodes[*].cpuRequestedMilli', aggregate: 'sum' }, 2500],
    ['mean skips nulls', { path: 'pods[*].scheduled_s', aggregate: 'mean' }, 10],
    ['max', { path: 'pods[*].scheduled_s', aggregate: 'max' }, 20],
    ['min', { path: 'nodes[*].cpuRequestedMilli', aggregate: 'min' }, 0],
    ['count of list items', { path: 'nodes[*].pods[*]', aggregate: 'count' }, 3],
    ['count skips false and null', { path: 'nodes[*].ready', aggregate: 'count' }, 2],
    ['count of nothing', { path: 'nodes[name=node-9]', aggregate: 'count' }, 0],
    ['sum of nothing', { path: 'nodes[name=node-9].cpuRequestedMilli', aggregate: 'sum' }, 0],
    [
      'a ratio of two paths',
      { path: 'nodes[name=node-3].cpuRequestedMilli', divideBy: 'nodes[*].cpuRequestedMilli', aggregate: 'sum', scale: 100 },
      20,
    ],
    ['an expectation that passed', { expectation: 'fits' }, 1],
    ['an expectation that failed', { expectation: 'fast' }, 0],
    ['all expectations', { expectation: '*' }, 0],
  ];
  for (const [what, spec, want] of table) {
    it(what, () => {
      const r = read(spec);
      if (want === null) expect(r.value).toBeNull();
      else expect(r.value).toBeCloseTo(want, 12);
      expect(r.note).toBeUndefined();
    });
  }

  const failing: Array<[string, Partial<MetricSpec>, RegExp]> = [
    ['absent path', { path: 'nope' }, /not in summary.json/],
    ['several values without aggregate', { path: 'nodes[*].name' }, /matched 3 values; add an aggregate/],
    ['not a number', { path: 'nodes[0].name' }, /not a number/],
    ['aggregate over text', { path: 'nodes[*].name', aggregate: 'sum' }, /not a number/],
    ['mean of nothing', { path: 'nodes[name=x].cpuRequestedMilli', aggregate: 'mean' }, /no numbers/],
    ['division by zero', { path: 'seed', divideBy: 'nodes[name=node-2].cpuRequestedMilli' }, /cannot divide/],
    ['a divisor that is not there', { path: 'seed', divideBy: 'nope' }, /"nope" is not in summary.json/],
    ['unknown expectation', { expectation: 'slow' }, /no expectation named "slow"/],
  ];
  for (const [what, spec, note] of failing) {
    it(`${what} gives null with a note`, () => {
      const r = read(spec);
      expect(r.value).toBeNull();
      expect(r.note).toMatch(note);
    });
  }

  it('a run without expectation results', () => {
    expect(readMetrics([m({ expectation: '*' })], { seed: 1 }).notes.x).toMatch(/no expectation results/);
  });
});
