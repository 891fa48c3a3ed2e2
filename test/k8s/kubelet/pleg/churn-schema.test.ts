// The scenario form of the churn generator (zod 4, strict).
import { describe, expect, it } from 'vitest';
import { churnScenarioSchema, parseChurnSpec } from '../../../../src/k8s/kubelet/pleg/index.js';

describe('churn scenario schema', () => {
  it('parses durations given as strings or seconds and fills defaults', () => {
    expect(
      parseChurnSpec({ arrivals: { kind: 'poisson', rate: 5 }, lifetime: { kind: 'uniform', min: '100ms', max: 2 }, until: '1m' }),
    ).toEqual({
      arrivals: { kind: 'poisson', ratePerSecond: 5 },
      lifetime: { kind: 'uniform', minMs: 100, maxMs: 2000 },
      gcDelayMs: 0,
      startDelayMs: 0,
      exitCode: 0,
      pods: 1,
      podUidPrefix: 'churn',
      startMs: 0,
      untilMs: 60_000,
    });
  });

  it.each([
    [
      { kind: 'fixed', value: '500ms' },
      { kind: 'fixed', valueMs: 500 },
    ],
    [
      { kind: 'exponential', mean: '2s' },
      { kind: 'exponential', meanMs: 2000 },
    ],
    [
      { kind: 'lognormal', median: 0.25, sigma: 1 },
      { kind: 'lognormal', medianMs: 250, sigma: 1 },
    ],
  ])('lifetime %o', (input, want) => {
    const spec = parseChurnSpec({
      arrivals: { kind: 'fixed', interval: '1s' },
      lifetime: input,
      count: 10,
      gcDelay: '1m',
      startDelay: 0.1,
    });
    expect(spec.lifetime).toEqual(want);
    expect(spec).toMatchObject({ arrivals: { kind: 'fixed', intervalMs: 1000 }, gcDelayMs: 60_000, startDelayMs: 100, count: 10 });
  });

  it.each([
    {
      name: 'unknown top-level key',
      input: { arrivals: { kind: 'poisson', rate: 1 }, lifetime: { kind: 'fixed', value: 1 }, count: 1, extra: 1 },
      path: '',
    },
    {
      name: 'unknown key in a lifetime',
      input: { arrivals: { kind: 'poisson', rate: 1 }, lifetime: { kind: 'fixed', value: 1, mean: 2 }, count: 1 },
      path: 'lifetime',
    },
    {
      name: 'bad duration',
      input: { arrivals: { kind: 'fixed', interval: '5 parsecs' }, lifetime: { kind: 'fixed', value: 1 }, count: 1 },
      path: 'arrivals.interval',
    },
    {
      name: 'zero rate',
      input: { arrivals: { kind: 'poisson', rate: 0 }, lifetime: { kind: 'fixed', value: 1 }, count: 1 },
      path: 'arrivals.rate',
    },
    {
      name: 'unknown lifetime kind',
      input: { arrivals: { kind: 'poisson', rate: 1 }, lifetime: { kind: 'weibull' }, count: 1 },
      path: 'lifetime.kind',
    },
    {
      name: 'max below min',
      input: { arrivals: { kind: 'poisson', rate: 1 }, lifetime: { kind: 'uniform', min: 2, max: 1 }, count: 1 },
      path: 'lifetime.max',
    },
    {
      name: 'neither count nor until',
      input: { arrivals: { kind: 'poisson', rate: 1 }, lifetime: { kind: 'fixed', value: 1 } },
      path: 'count',
    },
    {
      name: 'negative duration',
      input: { arrivals: { kind: 'poisson', rate: 1 }, lifetime: { kind: 'fixed', value: -1 }, count: 1 },
      path: 'lifetime.value',
    },
  ])('rejects $name', ({ input, path }) => {
    const r = churnScenarioSchema.safeParse(input);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});
