// `kubetwin recommend` in-process: output, exit codes, reasons.
import { describe, expect, it } from 'vitest';
import { cli, writeTemp } from '../../helpers/tmp.js';

/** A per-minute CPU trace starting 2024-05-01T00:00Z: n minutes, value(i) in millicores. */
function trace(n: number, value: (i: number) => number): string {
  const t0 = Date.UTC(2024, 4, 1) / 1000;
  return ['time,value', ...Array.from({ length: n }, (_, i) => `${t0 + 60 * i},${value(i)}m`)].join('\n');
}

describe('kubetwin recommend', () => {
  it('prints the P95 request and a 2× limit (exit 0)', async () => {
    // 2 days; every 20th minute is busy (600m), the rest 200m → 5 % busy → P95 = 200m.
    const file = writeTemp(
      'web.csv',
      trace(2880, (i) => (i % 20 === 19 ? 600 : 200)),
    );
    const r = await cli('recommend', file, '--current-request', '100m');
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(`${file} (cpu)
per-minute samples in the last 7 days: 2880 (minutes 2024-05-01T00:00:00Z … 2024-05-02T23:59:00Z)
95th percentile: 200m
recommendation: request 200m, limit 400m
  resources: { requests: { cpu: 200m }, limits: { cpu: 400m } }
why: request = 95th percentile of 2880 per-minute samples over the last 7 days; limit = 2 × request
`);
  });

  it('says why there is no recommendation (still exit 0)', async () => {
    const short = writeTemp(
      'short.csv',
      trace(1000, () => 300),
    );
    const few = await cli('recommend', short);
    expect(few.code).toBe(0);
    expect(few.stdout).toContain('no recommendation: only 1000 per-minute samples in the last 7 days; more than 1440 (one day) are needed');
    const low = writeTemp(
      'low.csv',
      trace(2000, () => 300),
    );
    const below = await cli('recommend', low, '--current-request', '1');
    expect(below.stdout).toContain('no recommendation: the recommended request 300m is below the current request 1');
  });

  it('memory traces', async () => {
    const file = writeTemp(
      'mem.csv',
      ['time,value', ...Array.from({ length: 1500 }, (_, i) => `${60 * i},${i < 1400 ? '256Mi' : '1Gi'}`)].join('\n'),
    );
    const r = await cli('recommend', file, '--resource', 'memory');
    expect(r.stdout).toContain('recommendation: request 1Gi, limit 2Gi');
  });

  it('exits 2 on bad input with file:line', async () => {
    const bad = writeTemp('bad.csv', 'time,value\n0,1\n60,x\n');
    const r = await cli('recommend', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}:3:4 "x" is not a cpu quantity`);
    const missing = await cli('recommend', '/nonexistent/trace.csv');
    expect([missing.code, missing.stderr.split('\n')[0]]).toEqual([2, '/nonexistent/trace.csv file not found']);
    const flag = await cli('recommend', bad, '--current-request', 'lots');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(
      /^--current-request "lots" is not a cpu quantity \(e\.g\. 0\.25 or 250m\): "lots" is not a Kubernetes quantity/,
    );
  });
});
