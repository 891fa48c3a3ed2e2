// nextAppChange: the next scheduled change of the app, so the simulation need not poll.
import { describe, expect, it } from 'vitest';
import { appSpecSchema } from '../../../src/load/app/schema.js';
import { appState } from '../../../src/load/app/state.js';
import { memoryOverLimitAt, nextAppChange } from '../../../src/load/app/next-change.js';

const MiB = 1_048_576;
const spec = appSpecSchema.parse({
  startupTime: '10s',
  memory: '100Mi',
  phases: [
    { after: '60s', for: '30s', hang: true },
    { at: '5m', error: 500 },
    { after: '4m', exit: 1 },
  ],
});

describe('nextAppChange (container started at t = 0)', () => {
  const table: Array<[now: number, at: number | undefined, what?: string]> = [
    [0, 10_000, 'started-up'],
    [10_000, 60_000, 'phase-start'],
    [60_000, 90_000, 'phase-end'],
    [90_000, 240_000, 'exit'],
    [240_000, undefined],
  ];
  for (const [now, at, what] of table) {
    it(`after ${now} ms → ${at ?? 'nothing'}`, () => {
      const c = nextAppChange(spec, 0, now);
      expect(c?.at).toBe(at);
      expect(c?.what).toBe(what);
    });
  }

  it('the absolute phase counts for a container alive then', () => {
    expect(nextAppChange(spec, 100_000, 200_000)).toEqual({ at: 300_000, what: 'phase-start' });
  });

  it('the state really changes at the reported times and not just before', () => {
    let now = 0;
    for (let c = nextAppChange(spec, 0, now); c; c = nextAppChange(spec, 0, now)) {
      expect(appState(spec, c.at - 1, c.at - 1)).toEqual(appState(spec, now, now));
      expect(appState(spec, c.at, c.at)).not.toEqual(appState(spec, c.at - 1, c.at - 1));
      now = c.at;
    }
  });
});

describe('memory over the limit (OOM)', () => {
  const leaky = appSpecSchema.parse({
    memory: '100Mi',
    phases: [
      { after: '10s', leak: '1Mi' },
      { at: '30s', for: '10s', leak: '2Mi' },
    ],
  });
  const table: Array<[name: string, limit: number, now: number, at: number | undefined]> = [
    ['one leak, crossing at age 10 s + 20 s and 1 ms', 120 * MiB, 0, 30_001],
    // 100 + (t − 10) + 2 (t − 30) > 140 MiB ⇔ t > 36.667 s
    ['two overlapping leaks (3 MiB/s from 30 s to 40 s)', 140 * MiB, 0, 36_667],
    ['already over: no future crossing', 90 * MiB, 0, undefined],
  ];
  for (const [name, limit, now, at] of table) {
    it(name, () => {
      const got = memoryOverLimitAt(leaky, 0, now, limit);
      expect(got).toBe(at);
      if (got !== undefined) {
        expect(appState(leaky, got, got).memoryBytes).toBeGreaterThan(limit);
        expect(appState(leaky, got - 1, got - 1).memoryBytes).toBeLessThanOrEqual(limit);
      }
    });
  }

  it('no leak: never', () => {
    expect(memoryOverLimitAt(appSpecSchema.parse({ memory: '1Gi' }), 0, 0, 2 * 1024 * MiB)).toBeUndefined();
  });

  it('reported by nextAppChange when a limit is given, unless the process exits first', () => {
    expect(nextAppChange(leaky, 0, 10_000, { memoryLimitBytes: 120 * MiB })).toEqual({ at: 30_000, what: 'phase-start' });
    // Exactly 150 MiB at 40 s (not over); 1 ms later it is.
    expect(nextAppChange(leaky, 0, 40_000, { memoryLimitBytes: 150 * MiB })).toEqual({ at: 40_001, what: 'memory-over-limit' });
    const exits = appSpecSchema.parse({
      phases: [
        { after: 0, leak: '1Mi' },
        { after: '5s', exit: 0 },
      ],
    });
    expect(nextAppChange(exits, 0, 0, { memoryLimitBytes: 10 * MiB })).toEqual({ at: 5000, what: 'exit' });
  });
});
