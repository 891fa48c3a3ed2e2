// Analytic check of the relist's blind spot (k8s-semantics §3.6): a container of fixed lifetime L,
// removed the instant it exits, arriving at a uniformly random phase of the relist cycle, is seen
// only if a relist falls inside its life, so P(missed) = max(0, 1 − L/P'), where P' is the time
// between relist starts: the period P plus the relist's own duration d (wait.Until waits P after
// each relist finished). Poisson arrivals give uniformly distributed phases.
import { describe, expect, it } from 'vitest';
import { compareWithGroundTruth, generateChurn } from '../../../../src/k8s/kubelet/pleg/index.js';
import { drive } from './driver.js';
import { seeded } from './seeded.js';

const N = 20_000;
// Binomial standard error at N = 20 000 is at most 0.0036; the tolerance is about 4 of them.
const TOLERANCE = 0.015;

const cases = [
  { L: 200, P: 1000, d: 0 },
  { L: 500, P: 1000, d: 0 },
  { L: 900, P: 1000, d: 0 },
  { L: 1000, P: 5000, d: 0 },
  { L: 100, P: 300, d: 0 },
  { L: 500, P: 1000, d: 250 },
  { L: 1000, P: 1000, d: 0 },
  { L: 1500, P: 1000, d: 0 },
];

describe('P(missed) = max(0, 1 − L/(P + d)) for fixed lifetimes and immediate removal', () => {
  it.each(cases)('L=$L ms, P=$P ms, relist duration d=$d ms', ({ L, P, d }) => {
    const cycle = P + d;
    const expected = Math.max(0, 1 - L / cycle);
    // About three arrivals per relist cycle.
    const items = generateChurn(
      {
        arrivals: { kind: 'poisson', ratePerSecond: 3000 / cycle },
        lifetime: { kind: 'fixed', valueMs: L },
        gcDelayMs: 0,
        startDelayMs: 0,
        exitCode: 0,
        pods: 4,
        podUidPrefix: 'churn',
        startMs: 0,
        count: N,
      },
      seeded(`analytic-${L}-${P}-${d}`),
    );
    const run = drive(items, P, { baseMs: d });
    const { summary } = compareWithGroundTruth(run.runtime.log, run.delivered);

    expect(summary.containers).toBe(N);
    const neverSeen = summary.containersNeverSeen / N;
    if (expected === 0) {
      expect(summary.missed).toBe(0);
    } else {
      expect(Math.abs(neverSeen - expected)).toBeLessThan(TOLERANCE);
    }
    // Seen running ⇒ its death and removal are reported at the next relist, so all three transitions
    // share the same miss rate.
    for (const t of ['running', 'exited', 'removed'] as const) {
      expect(summary.byTransition[t].missed).toBe(summary.containersNeverSeen);
    }
    // Nothing is withheld or dropped in this setting: each seen container yields exactly three events.
    expect(run.delivered).toHaveLength(3 * (N - summary.containersNeverSeen));
    expect(run.pleg.counters.relists).toBe(run.relists);
  });

  it('detects a start half a cycle late on average when every container is seen (L ≥ P)', () => {
    const P = 1000;
    const items = generateChurn(
      {
        arrivals: { kind: 'poisson', ratePerSecond: 3 },
        lifetime: { kind: 'fixed', valueMs: 1500 },
        gcDelayMs: 0,
        startDelayMs: 0,
        exitCode: 0,
        pods: 1,
        podUidPrefix: 'churn',
        startMs: 0,
        count: N,
      },
      seeded('latency'),
    );
    const run = drive(items, P);
    const { outcomes } = compareWithGroundTruth(run.runtime.log, run.delivered);
    const started = outcomes.filter((o) => o.to === 'running').map((o) => o.latencyMs!);
    const mean = started.reduce((s, x) => s + x, 0) / started.length;
    // Integer phases 0..P−1 are equally likely; a start at phase φ waits (P − φ) mod P: mean (P − 1)/2.
    expect(Math.abs(mean - (P - 1) / 2) / P).toBeLessThan(0.02);
    expect(Math.max(...started)).toBeLessThan(P);
  });
});
