// Port of generic_test.go TestHealthy (fake clock → injected `now`), plus the strict threshold boundary.
import { describe, expect, it } from 'vitest';
import { GenericPleg, RELIST_THRESHOLD_MS } from '../../../../src/k8s/kubelet/pleg/index.js';
import { FakeRuntime } from './fake-runtime.js';

describe('TestHealthy', () => {
  it('follows the upstream clock steps', () => {
    const pleg = new GenericPleg({ relistThresholdMs: 3 * 60_000 });
    let now = 0;
    expect(pleg.healthy(now)).toBe(false); // never relisted
    now += 10 * 60_000;
    expect(pleg.healthy(now)).toBe(false); // still never relisted
    pleg.relist(now, new FakeRuntime());
    now += 60_000;
    expect(pleg.healthy(now)).toBe(true); // within the threshold
    now += pleg.relistThresholdMs;
    expect(pleg.healthy(now)).toBe(false); // last relist longer ago than the threshold
  });

  it.each([
    { elapsed: 0, ok: true },
    { elapsed: RELIST_THRESHOLD_MS - 1, ok: true },
    { elapsed: RELIST_THRESHOLD_MS, ok: true },
    { elapsed: RELIST_THRESHOLD_MS + 1, ok: false },
  ])('elapsed $elapsed ms since the last relist → healthy $ok (elapsed > threshold is unhealthy)', ({ elapsed, ok }) => {
    const pleg = new GenericPleg();
    pleg.relist(5000, new FakeRuntime());
    expect(pleg.health(5000 + elapsed).ok).toBe(ok);
  });

  it('explains why it is unhealthy, and failed listings do not refresh it', () => {
    const pleg = new GenericPleg();
    expect(pleg.health(0).message).toBe('pleg has yet to be successful');
    const runtime = new FakeRuntime();
    pleg.relist(0, runtime);
    runtime.listError = 'down';
    for (let t = 1000; t <= 200_000; t += 1000) pleg.relist(t, runtime);
    expect(pleg.relistTime).toBe(0);
    expect(pleg.health(200_000).message).toBe('pleg was last seen active 3m20s ago; threshold is 3m0s');
  });
});
