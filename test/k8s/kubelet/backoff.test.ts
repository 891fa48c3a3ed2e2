// Ports of k8s client-go util/flowcontrol/backoff_test.go (TestSlowBackoff, TestBackoffReset,
// TestBackoffHighWaterMark, TestBackoffGC, TestIsInBackOffSinceUpdate) with an injected clock,
// and the kubelet's restart schedule built on it (kuberuntime_manager.go doBackOff).
import { describe, expect, it } from 'vitest';
import { goDuration } from '../../../src/model/duration.js';
import { Backoff, containerBackoffKey, podWorkerRetryDelay, restartDecision, restartDelays } from '../../../src/k8s/kubelet/backoff.js';

const S = 1000;
const T0 = 1_700_000_000_000;

describe('flowcontrol.Backoff', () => {
  it('TestSlowBackoff', () => {
    const b = new Backoff(1 * S, 50 * S);
    let now = T0;
    const expected = [0, 1, 2, 4, 8, 16, 32, 50, 50, 50];
    for (const want of expected) {
      now += S;
      expect(b.get('slow')).toBe(want * S);
      b.next('slow', now, now);
    }
    b.next('slow', now, now);
    b.reset('slow');
    expect(b.get('slow')).toBe(0);
  });

  it('TestBackoffReset', () => {
    const b = new Backoff(1 * S, 5 * S);
    let now = T0;
    for (let i = 0; i <= 5; i++) {
      now += S;
      b.next('reset', now, now);
    }
    expect(b.isInBackOffSince('reset', now, now)).toBe(true);
    const lastUpdate = now;
    now += 2 * 5 * S + S; // 11 s > 2 × max
    expect(b.isInBackOffSince('reset', lastUpdate, now)).toBe(false);
    // Only the gap between the event and the last update counts for expiry:
    expect(b.isInBackOffSince('reset', now, now)).toBe(false);
  });

  it('TestBackoffHighWaterMark', () => {
    const b = new Backoff(1 * S, 5 * S);
    let now = T0;
    for (let i = 0; i <= 5; i++) {
      now += S;
      b.next('hwm', now, now);
    }
    now += 5 * S + S; // 6 s: not yet 2 × max
    b.next('hwm', now, now);
    expect(b.get('hwm')).toBe(5 * S);
  });

  it('TestBackoffGC', () => {
    const b = new Backoff(1 * S, 5 * S);
    let now = T0;
    for (let i = 0; i <= 5; i++) {
      now += S;
      b.next('gc', now, now);
    }
    now += 5 * S + S;
    b.gc(now);
    expect(b.has('gc')).toBe(true);
    now += 5 * S + S;
    b.gc(now);
    expect(b.has('gc')).toBe(false);
  });

  it('TestIsInBackOffSinceUpdate', () => {
    const b = new Backoff(1 * S, 10 * S);
    const rows: Array<[tick: number, inBackOff: boolean, value: number]> = [
      [0, false, 0],
      [1, false, 1],
      [2, true, 2],
      [3, false, 2],
      [4, true, 4],
      [5, true, 4],
      [6, true, 4],
      [7, false, 4],
      [8, true, 8],
      [9, true, 8],
      [10, true, 8],
      [11, true, 8],
      [12, true, 8],
      [13, true, 8],
      [14, true, 8],
      [15, false, 8],
      [16, true, 10],
      [17, true, 10],
      [18, true, 10],
      [19, true, 10],
      [20, true, 10],
      [21, true, 10],
      [22, true, 10],
      [23, true, 10],
      [24, true, 10],
      [25, false, 10],
      [26, true, 10],
      [27, true, 10],
      [28, true, 10],
      [29, true, 10],
      [30, true, 10],
      [31, true, 10],
      [32, true, 10],
      [33, true, 10],
      [34, true, 10],
      [35, false, 10],
      [56, false, 0],
      [57, false, 1],
    ];
    for (const [tick, inBackOff, value] of rows) {
      const now = T0 + tick * S;
      expect(b.isInBackOffSinceUpdate('upd', now), `tick ${tick}`).toBe(inBackOff);
      if (inBackOff) expect(b.get('upd'), `tick ${tick}`).toBe(value * S);
      if (!inBackOff) b.next('upd', now, now);
    }
  });
});

describe('container restart back-off (CrashLoopBackOff)', () => {
  it('derived schedule: immediate, then 10, 20, 40, 80, 160, 300, 300 s', () => {
    expect(restartDelays(9).map((ms) => ms / S)).toEqual([0, 10, 20, 40, 80, 160, 300, 300, 300]);
  });

  it('a container that crashes 2 s after every start, with syncs every second', () => {
    const b = new Backoff();
    const key = containerBackoffKey({ name: 'web-1', namespace: 'default', uid: 'u1' }, 'app', 'abc');
    expect(key).toBe('web-1_default_u1_app_abc');
    const restarts: number[] = [];
    let finishedAt = 2 * S; // first run: started at 0, crashed at 2 s
    for (let now = finishedAt; restarts.length < 8; now += S) {
      const d = restartDecision(b, key, finishedAt, now, 'app', 'web-1');
      if (d.restart) {
        restarts.push(now);
        finishedAt = now + 2 * S;
        now = finishedAt - S; // next sync considered is at the crash
      } else {
        expect(d.retryAt).toBe(finishedAt + b.get(key));
      }
    }
    // Waits after each crash: 0, 10, 20, 40, 80, 160, 300, 300 s.
    const crashes = restarts.map((_, i) => (i === 0 ? 2 * S : restarts[i - 1] + 2 * S));
    expect(restarts.map((r, i) => (r - crashes[i]) / S)).toEqual([0, 10, 20, 40, 80, 160, 300, 300]);
  });

  it('reports CrashLoopBackOff with the kubelet message while waiting', () => {
    const b = new Backoff();
    b.next('k', 0, 0);
    const d = restartDecision(b, 'k', 5 * S, 9 * S, 'app', 'web-1');
    expect(d).toEqual({
      restart: false,
      reason: 'CrashLoopBackOff',
      retryAt: 15 * S,
      message: 'back-off 10s restarting failed container=app pod=web-1',
    });
  });

  it('starts over after a run longer than 10 minutes', () => {
    const b = new Backoff();
    for (let i = 0; i < 5; i++) b.next('k', i * S, i * S);
    expect(b.get('k')).toBe(160 * S);
    const crash = 4 * S + 600 * S + 1; // more than 2 × 300 s after the last update
    expect(restartDecision(b, 'k', crash, crash).restart).toBe(true);
    expect(b.get('k')).toBe(10 * S);
  });

  it('a crash exactly 2 × max after the last update still doubles (expiry is strict)', () => {
    const b = new Backoff();
    b.next('k', 0, 0);
    b.next('k', 600 * S, 600 * S); // event − lastUpdate = 600 s: not expired
    expect(b.get('k')).toBe(20 * S);
    b.next('k', 1200 * S + 1, 1200 * S + 1); // 1 ms more: expired, back to the initial 10 s
    expect(b.get('k')).toBe(10 * S);
  });

  it('pod worker retry after a back-off error: 10 s × U[1, 1.5)', () => {
    expect(podWorkerRetryDelay(() => 0)).toBe(10_000);
    expect(podWorkerRetryDelay(() => 0.5)).toBe(12_500);
    expect(podWorkerRetryDelay(() => 0.99999)).toBe(14_999);
  });

  it('formats durations like Go', () => {
    expect([500, 10_000, 1500, 80_000, 300_000].map(goDuration)).toEqual(['500ms', '10s', '1.5s', '1m20s', '5m0s']);
  });
});
