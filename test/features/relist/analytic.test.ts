// In the simulation (scenario → engine → relist loop), the relist's blind spot matches the analytic
// expectation: a container of fixed lifetime L, started at a uniformly random phase (Poisson
// arrivals) and removed the instant it exits, is seen only if a relist starts during its life, so
// P(missed) = max(0, 1 − L/P'), with P' = P + relist cost (wait.Until waits P after each relist ends).
import { describe, expect, it } from 'vitest';
import { scenario, simulate } from './sim.js';

const L = 400;
// About 6000 containers per node: the binomial standard error is at most 0.0065; the tolerance is
// about 4.6 of them.
const TOLERANCE = 0.03;
const nodes = [
  { name: 'p200ms', periodMs: 200, costMs: 0 },
  { name: 'p500ms', periodMs: 500, costMs: 0 },
  { name: 'p1s', periodMs: 1000, costMs: 0 },
  { name: 'p2s', periodMs: 2000, costMs: 0 },
  { name: 'p5s', periodMs: 5000, costMs: 0 },
  { name: 'p1s-cost100ms', periodMs: 1000, costMs: 100 },
];

const text = scenario({
  duration: '20m',
  sampleInterval: '1m',
  seed: 11,
  nodes: nodes.map((n) => ({ name: n.name })),
  spec: `relist:
${nodes.map((n) => `  - nodes: [${n.name}]\n    period: ${n.periodMs}ms\n    cost: { baseMs: ${n.costMs} }`).join('\n')}
churn:
  - identicalOnNodes: true
    containers:
      arrivals: { kind: poisson, rate: 5 }
      lifetime: { kind: fixed, value: ${L}ms }
      gcDelay: 0s
      pods: 3
      until: 20m`,
});

describe('in-simulation P(missed) = max(0, 1 − L/(P + cost)), L = 400 ms', async () => {
  const run = simulate(text);
  const byNode = new Map(run.table('relist-nodes').map((r) => [r.node as string, r]));

  it.each(nodes)('$name', ({ name, periodMs, costMs }) => {
    const row = byNode.get(name)!;
    const expected = Math.max(0, 1 - L / (periodMs + costMs));
    const containers = row.containers as number;
    const neverSeen = (row.containersNeverSeen as number) / containers;
    expect(containers).toBeGreaterThan(5500);
    if (expected === 0) expect(row.containersNeverSeen).toBe(0);
    else expect(Math.abs(neverSeen - expected)).toBeLessThan(TOLERANCE);
    // Removed at exit: a container seen running is reported dead and removed by the next relist,
    // so the three transitions share one fate and missed % of transitions equals never-seen %.
    expect(row.missedPct).toBeCloseTo(100 * neverSeen, 0);
    expect(row.eventsLate).toBe(0);
    // Relists are spaced by period + cost.
    expect(row.meanRelistMs).toBe(costMs);
  });

  it('misses more with every longer period', () => {
    const pct = nodes.filter((n) => n.costMs === 0).map((n) => byNode.get(n.name)!.missedPct as number);
    for (let i = 1; i < pct.length; i++) expect(pct[i]).toBeGreaterThan(pct[i - 1]);
  });
});
