// spec.relist / spec.churn: schema defaults and errors, node selection, Go duration text.
import { describe, expect, it } from 'vitest';
import { churnEntrySchema, relistEntrySchema, relistSection } from '../../../src/features/relist/schema.js';
import { activeSlowRelist, churnFor, relistSettingsFor } from '../../../src/features/relist/settings.js';
import { selectorMatches } from '../../../src/model/label-selector.js';
import { goDuration } from '../../../src/model/duration.js';
import { InputError } from '../../../src/scenario/diagnostics.js';
import { loadScenarioText, buildSimulation } from '../../../src/run.js';
import { scenario } from './sim.js';

const node = (name: string, labels: Record<string, string> = {}) => ({ name, labels });

describe('relist settings', () => {
  it('defaults to the kubelet constants (kubelet.go: period 1 s, threshold 3 min, channel 1000)', () => {
    const s = relistSettingsFor([], node('a'));
    expect(s).toMatchObject({
      periodMs: 1000,
      thresholdMs: 180_000,
      channelCapacity: 1000,
      consumeRate: undefined,
      inspectCostMs: 0,
      faulty: false,
      events: 'pods',
    });
    expect(s.listCost).toEqual({ baseMs: 0, perPodMs: 0, perContainerMs: 0 });
  });

  it('parses durations, cost and fault windows', () => {
    const e = relistEntrySchema.parse({
      period: '250ms',
      threshold: '1m',
      consumeRate: 50,
      cost: { baseMs: 2, perContainerMs: 0.05 },
      listFailures: [{ from: '10s', to: '20s' }],
      slowRelists: [{ from: 30, to: '31s', duration: '2m' }],
      inspectFailures: [{ from: '1m', to: '2m', pods: ['web'] }],
    });
    const s = relistSettingsFor([e], node('a'));
    expect(s).toMatchObject({ periodMs: 250, thresholdMs: 60_000, consumeRate: 50, faulty: true });
    expect(s.listCost).toEqual({ baseMs: 2, perPodMs: 0, perContainerMs: 0.05 });
    expect(s.listFailures).toEqual([
      { from: 10_000, to: 20_000, error: 'rpc error: code = DeadlineExceeded desc = context deadline exceeded', durationMs: undefined },
    ]);
    expect(s.slowRelists).toEqual([{ from: 30_000, to: 31_000, durationMs: 120_000 }]);
    expect(s.inspectFailures[0]).toMatchObject({ from: 60_000, to: 120_000, podUids: ['web'] });
    expect(activeSlowRelist(s.slowRelists, 30_999)?.durationMs).toBe(120_000);
    expect(activeSlowRelist(s.slowRelists, 31_000)).toBeUndefined();
  });

  it.each([
    [{ period: 0 }, 'period'],
    [{ listFailures: [{ from: '20s', to: '10s' }] }, 'listFailures'],
    [{ channelCapacity: -1 }, 'channelCapacity'],
    [{ consumeRate: 0 }, 'consumeRate'],
    [{ cost: { baseMs: -1 } }, 'cost'],
    [{ perod: '1s' }, ''],
    [{ events: 'some' }, 'events'],
  ])('rejects %j', (input, path) => {
    const r = relistEntrySchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].path.join('.')).toContain(path);
  });

  it('picks the first entry that selects a node, by name and/or label selector', () => {
    const entries = relistSection.parse([
      { nodes: ['b'], period: '2s' },
      { nodeSelector: { matchLabels: { tier: 'fast' } }, period: '100ms' },
      { nodeSelector: { matchExpressions: [{ key: 'tier', operator: 'In', values: ['slow', 'slower'] }] }, period: '5s' },
      { nodes: ['c'], nodeSelector: { matchLabels: { tier: 'fast' } }, period: '3s' },
    ]);
    expect(relistSettingsFor(entries, node('a', { tier: 'fast' })).periodMs).toBe(100);
    expect(relistSettingsFor(entries, node('b', { tier: 'fast' })).periodMs).toBe(2000);
    expect(relistSettingsFor(entries, node('c', { tier: 'slower' })).periodMs).toBe(5000);
    expect(relistSettingsFor(entries, node('d')).periodMs).toBe(1000);
  });

  it.each([
    [{}, {}, true],
    [{ matchLabels: { a: '1' } }, { a: '1', b: '2' }, true],
    [{ matchLabels: { a: '1' } }, { a: '2' }, false],
    [{ matchExpressions: [{ key: 'a', operator: 'Exists' }] }, { a: 'x' }, true],
    [{ matchExpressions: [{ key: 'a', operator: 'DoesNotExist' }] }, { a: 'x' }, false],
    [{ matchExpressions: [{ key: 'n', operator: 'Gt', values: ['3'] }] }, { n: '4' }, true],
    [{ matchLabels: { a: '1' }, matchExpressions: [{ key: 'b', operator: 'NotIn', values: ['2'] }] }, { a: '1', b: '2' }, false],
  ] as const)('label selector %j on %j → %s', (sel, labels, want) => {
    expect(selectorMatches(sel as never, labels)).toBe(want);
  });

  it('gives a node every churn entry that selects it', () => {
    const c = { arrivals: { kind: 'fixed', interval: '1s' }, lifetime: { kind: 'fixed', value: '100ms' }, count: 3 };
    const entries = [
      churnEntrySchema.parse({ containers: c }),
      churnEntrySchema.parse({ nodes: ['x'], identicalOnNodes: true, containers: c }),
    ];
    expect(churnFor(entries, node('x')).map((e) => e.index)).toEqual([0, 1]);
    expect(churnFor(entries, node('y')).map((e) => e.index)).toEqual([0]);
    expect(entries[1].containers).toMatchObject({ arrivals: { kind: 'fixed', intervalMs: 1000 }, count: 3, gcDelayMs: 0 });
  });
});

describe('node names in spec.relist / spec.churn', () => {
  it('must be nodes of the scenario (positioned error before the run)', () => {
    const text = scenario({ duration: '10s', spec: 'relist:\n  - nodes: [n1, n9]\n    period: 1s', nodes: [{ name: 'n1' }] });
    let err: unknown;
    try {
      buildSimulation(loadScenarioText('x.yaml', text));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(
      /^x\.yaml:\d+:\d+ spec\.relist\[0\]\.nodes\[1\]: no Node named "n9" in the scenario \(nodes: n1\)$/,
    );
  });

  it('include the nodes of spec.nodePools', () => {
    const pools = 'nodePools:\n  - { name: web, count: 2, capacity: { cpu: "2", memory: 2Gi } }';
    const ok = scenario({
      duration: '10s',
      spec: `${pools}\nchurn:\n  - nodes: [web-2, n1]\n    containers: { arrivals: { kind: fixed, interval: 1s }, lifetime: { kind: fixed, value: 1s }, count: 1 }`,
      nodes: [{ name: 'n1' }],
    });
    expect(() => buildSimulation(loadScenarioText('x.yaml', ok))).not.toThrow();
    const bad = ok.replace('web-2', 'web-3');
    expect(() => buildSimulation(loadScenarioText('x.yaml', bad))).toThrow(
      /spec\.churn\[0\]\.nodes\[0\]: no Node named "web-3" in the scenario \(nodes: n1, web-1, web-2\)/,
    );
  });
});

// Go's time package, time_test.go durationTests (the cases with whole milliseconds), plus the
// kubelet's threshold messages.
describe('goDuration (Go time.Duration.String)', () => {
  it.each([
    [0, '0s'],
    [2, '2ms'],
    [3300, '3.3s'],
    [245_000, '4m5s'],
    [245_001, '4m5.001s'],
    [18_367_001, '5h6m7.001s'],
    [180_000, '3m0s'],
    [180_001, '3m0.001s'],
    [3_600_000, '1h0m0s'],
    [-1500, '-1.5s'],
  ])('%d ms → %s', (ms, want) => {
    expect(goDuration(ms)).toBe(want);
  });
});
