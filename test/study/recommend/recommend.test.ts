// Resource recommendation (the container-service manual): Request = P95 of the last 7 days of
// per-minute usage, Limit = 2 × Request; none with ≤ 1440 samples or below the current request.
import { describe, expect, it } from 'vitest';
import { parseUsageTrace, percentile, perMinute, recommend } from '../../../src/study/recommend/index.js';
import type { InputError } from '../../../src/scenario/diagnostics.js';

const MIN = 60_000;
/** One sample per minute, minute i, value values[i] (millicores). */
const minutes = (values: number[], start = 0) => values.map((value, i) => ({ time: (start + i) * MIN, value }));

describe('recommend', () => {
  it('too few samples: exactly 1440 per-minute samples (one day) is not enough, 1441 is', () => {
    const none = recommend(minutes(Array(1440).fill(300)));
    expect(none.request).toBeUndefined();
    expect(none).toMatchObject({
      samples: 1440,
      reason: 'only 1440 per-minute samples in the last 7 days; more than 1440 (one day) are needed',
    });
    expect(recommend(minutes(Array(1441).fill(300)))).toMatchObject({ samples: 1441, request: 300, limit: 600 });
  });

  it('a hand-checked P95: 2000 samples, the 1900th smallest decides', () => {
    // Nearest rank: ceil(0.95 × 2000) = 1900 → the 1900th smallest value.
    const low = (n: number) => [...Array(2000 - n).fill(200), ...Array(n).fill(800)];
    expect(recommend(minutes(low(100)))).toMatchObject({ p95: 200, request: 200, limit: 400 }); // 1900 values of 200
    expect(recommend(minutes(low(101)))).toMatchObject({ p95: 800, request: 800, limit: 1600 }); // only 1899 of 200
    // Values 1..2000 in a shuffled order: P95 = 1900.
    const shuffled = Array.from({ length: 2000 }, (_, i) => ((i * 7919) % 2000) + 1);
    expect(recommend(minutes(shuffled)).p95).toBe(1900);
  });

  it('no recommendation when it is below the current request (or limit); equal is fine', () => {
    const rows = minutes(Array(3000).fill(250));
    const below = recommend(rows, { currentRequest: 300 }, (v) => `${v}m`);
    expect(below).toMatchObject({ p95: 250, reason: 'the recommended request 250m is below the current request 300m' });
    expect([below.request, below.limit]).toEqual([undefined, undefined]);
    expect(recommend(rows, { currentRequest: 250 })).toMatchObject({ request: 250, limit: 500 });
    const limit = recommend(rows, { currentRequest: 200, currentLimit: 1000 }, (v) => `${v}m`);
    expect([limit.request, limit.reason]).toEqual([undefined, 'the recommended limit 500m is below the current limit 1000m']);
  });

  it('only the last 7 days count (10080 minutes ending at the last sample)', () => {
    const rows = [...minutes(Array(5000).fill(5000)), ...minutes(Array(10_080).fill(100), 5000)];
    expect(recommend(rows)).toMatchObject({ samples: 10_080, request: 100, from: 5000 * MIN, to: 15_079 * MIN });
    // Shift the boundary by one: the last high minute (5000) is now inside the window, below the 95 % rank.
    expect(recommend([...minutes(Array(5001).fill(5000)), ...minutes(Array(10_079).fill(100), 5001)])).toMatchObject({
      samples: 10_080,
      request: 100,
    });
  });

  it('per-minute usage: finer samples are averaged per minute; gaps stay gaps', () => {
    expect(
      perMinute([
        { time: 0, value: 100 },
        { time: 30_000, value: 300 },
        { time: 60_000, value: 50 },
        { time: 300_000, value: 70 },
      ]),
    ).toEqual([
      { minute: 0, value: 200 },
      { minute: 1, value: 50 },
      { minute: 5, value: 70 },
    ]);
    const halfMinutes = Array.from({ length: 2 * 1500 }, (_, i) => ({ time: i * 30_000, value: i % 2 ? 400 : 200 }));
    expect(recommend(halfMinutes)).toMatchObject({ samples: 1500, request: 300 });
  });

  it('rounds up to whole millicores', () => {
    expect(recommend(minutes(Array(1500).fill(100.2))).request).toBe(101);
  });

  it('percentile (nearest rank)', () => {
    expect(percentile([5, 1, 4, 2, 3], 0.95)).toBe(5);
    expect(percentile([5, 1, 4, 2, 3], 0.5)).toBe(3);
    expect(percentile([7], 0.95)).toBe(7);
    expect(() => percentile([], 0.95)).toThrow();
  });
});

describe('usage traces', () => {
  it('CPU values are quantities (bare numbers are cores), memory values bytes or quantities', () => {
    expect(parseUsageTrace('time,value\n0,0.25\n60,300m\n120,1\n', 'c.csv', 'cpu').map((r) => r.value)).toEqual([250, 300, 1000]);
    expect(parseUsageTrace('0,512Mi\n60,1000\n', 'm.csv', 'memory').map((r) => r.value)).toEqual([536_870_912, 1000]);
  });

  it('bad rows are reported with file:line:col', () => {
    let err: InputError | undefined;
    try {
      parseUsageTrace('time,value\n0,0.25\n60,lots\n', 'c.csv', 'cpu');
    } catch (e) {
      err = e as InputError;
    }
    expect(err?.diagnostics.map((d) => `${d.file}:${d.line}:${d.col}`)).toEqual(['c.csv:3:4']);
    expect(err?.diagnostics[0].message).toMatch(/^"lots" is not a cpu quantity \(e\.g\. 0\.25 or 250m\)/);
  });
});
