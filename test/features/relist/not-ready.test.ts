// NotReady when, and only when, the last successful relist is older than the threshold
// (generic.go Healthy, strict `>`; relist time set only when a listing succeeds, to its start).
// Relists cost nothing here, so with a 1 s period they start at whole seconds.
import { describe, expect, it } from 'vitest';
import { scenario, simulate } from './sim.js';

const run = simulate(
  scenario({
    duration: '5m',
    sampleInterval: '500ms',
    nodes: ['exact', 'boundary', 'hung', 'short', 'fine'].map((name) => ({ name })),
    spec: `relist:
  # last success at 59 s; the relist at 240 s succeeds: age 180.001 s at 239.001 s
  - nodes: [exact]
    listFailures: [{ from: 60s, to: 240s }]
  # last success at 59 s; the relist at 239 s succeeds: age peaks at exactly 180 s
  - nodes: [boundary]
    listFailures: [{ from: 60s, to: 239s }]
  # the relist starting at 60 s lists for 200 s: the relist time stays 59 s until 260 s, then is 60 s
  - nodes: [hung]
    slowRelists: [{ from: 60s, to: 61s, duration: 200s }]
  # a 10 s threshold: last success at 29 s, failures until 45 s
  - nodes: [short]
    threshold: 10s
    listFailures: [{ from: 30s, to: 45s, error: "runtime is down" }]
  - nodes: [fine]`,
  }),
);

const transitions = (node: string) =>
  run.recorder.events
    .filter((e) => e.object === node && (e.reason === 'NodeReady' || e.reason === 'NodeNotReady'))
    .map((e) => [e.time, e.reason]);

describe('node Ready follows PLEG health', () => {
  it.each([
    [
      'exact',
      [
        [239_001, 'NodeNotReady'],
        [240_000, 'NodeReady'],
      ],
    ],
    ['boundary', []],
    [
      'hung',
      [
        [239_001, 'NodeNotReady'],
        [261_000, 'NodeReady'],
      ],
    ],
    [
      'short',
      [
        [39_001, 'NodeNotReady'],
        [45_000, 'NodeReady'],
      ],
    ],
    ['fine', []],
  ])('%s', (node, want) => {
    expect(transitions(node)).toEqual(want);
  });

  it("says why, in the kubelet's words", () => {
    expect(run.events('NodeNotReady', 'exact')[0].message).toBe(
      'Node exact status is now: NodeNotReady (PLEG is not healthy: pleg was last seen active 3m0.001s ago; threshold is 3m0s)',
    );
    expect(run.events('PLEGRelistFailed', 'short').map((e) => [e.time, e.message])).toEqual([
      [30_000, 'GenericPLEG: Unable to retrieve pods: runtime is down'],
    ]);
    expect(run.events('PLEGRelistRecovered', 'short').map((e) => [e.time, e.message])).toEqual([
      [45_000, 'relist succeeded again after 15 failed relists (16s after the last successful one)'],
    ]);
    expect(run.events('PLEGRelistSlow', 'hung').map((e) => [e.time, e.message])).toEqual([
      [260_000, 'relist took 3m20s, longer than the relist period 1s'],
    ]);
  });

  it('is NotReady at a sample exactly when the sampled relist age is above the threshold', () => {
    let notReadySamples = 0;
    for (const node of ['exact', 'boundary', 'hung', 'short', 'fine']) {
      const ready = run.rows('node', node);
      const kubelet = run.rows('kubelet', node);
      expect(kubelet).toHaveLength(ready.length);
      kubelet.forEach((k, i) => {
        const over = (k.values.lastRelistAge_s as number) > (k.values.relistThreshold_s as number);
        expect(ready[i].values.ready, `${node} at ${k.time} ms`).toBe(!over);
        expect(k.values.plegHealthy).toBe(!over);
        if (over) notReadySamples++;
      });
    }
    expect(notReadySamples).toBe(1 + 43 + 11); // exact: 239.5 (240 is Ready); hung: 239.5 … 260.5; short: 39.5 … 44.5
  });

  it('shows the hung listing in the series and reports the NotReady intervals', () => {
    const at = (t: number) => run.rows('kubelet', 'hung').find((r) => r.time === t)!.values;
    expect(at(100_000)).toMatchObject({ listingFor_s: 40, lastRelistAge_s: 41, relists: 60 });
    expect(at(260_000)).toMatchObject({ listingFor_s: 0, lastRelistAge_s: 200, relistDurationMs: 200_000 });
    expect(at(261_000)).toMatchObject({ lastRelistAge_s: 0, plegHealthy: true });
    const summary = run.recorder.summary() as { relist: { notReady: unknown[] } };
    expect(summary.relist.notReady).toEqual([
      { node: 'exact', from_s: 239.001, to_s: 240, message: expect.stringContaining('3m0.001s ago') },
      { node: 'hung', from_s: 239.001, to_s: 261, message: expect.stringContaining('3m0.001s ago') },
      { node: 'short', from_s: 39.001, to_s: 45, message: expect.stringContaining('threshold is 10s') },
    ]);
  });
});
