// The pod timeline: which state a pod is in, and the intervals recorded from bus notifications.
import { describe, expect, it } from 'vitest';
import type { PodState } from '../../../src/sim/cluster.js';
import { PodTimeline, timelineRows, timelineState, type PodTimelineState } from '../../../src/features/pod-timeline/feature.js';

function pod(name: string, over: Partial<PodState> = {}): PodState {
  return {
    obj: { name } as PodState['obj'],
    key: `default/${name}`,
    phase: 'Pending',
    createdAt: 0,
    ready: false,
    containers: [],
    ...over,
  };
}

describe('timelineState', () => {
  const cases: Array<[string, Partial<PodState>, PodTimelineState]> = [
    ['Pending, no node', {}, 'unscheduled'],
    ['Pending, bound', { nodeName: 'n1' }, 'starting'],
    ['Running, not Ready', { phase: 'Running', nodeName: 'n1' }, 'running, not ready'],
    ['Running, Ready', { phase: 'Running', nodeName: 'n1', ready: true }, 'ready'],
    ['Running with a deletion timestamp', { phase: 'Running', nodeName: 'n1', deletingAt: 5 }, 'terminating'],
    ['Succeeded (even when deleted later)', { phase: 'Succeeded', deletingAt: 5 }, 'Succeeded'],
    ['Failed', { phase: 'Failed' }, 'Failed'],
    ['Unknown', { phase: 'Unknown' }, 'Unknown'],
  ];
  for (const [what, over, state] of cases) it(`${what} → ${state}`, () => expect(timelineState(pod('p', over))).toBe(state));
});

describe('PodTimeline', () => {
  it('records one interval per state, drops zero-length ones, and closes open ones at the end', () => {
    const t = new PodTimeline();
    const p = pod('p');
    t.observe(p, 0); // created: unscheduled
    t.observe(p, 20_000); // a FailedScheduling retry changes nothing
    p.nodeName = 'n1';
    t.observe(p, 40_000); // bound: starting
    p.phase = 'Running';
    p.ready = true;
    t.observe(p, 40_000); // ready at the same instant: "starting" lasted 0 ms
    const q = pod('q', { phase: 'Running', ready: true, nodeName: 'n1' });
    t.observe(q, 10_000);
    t.observe(q, 30_000, true); // deleted
    t.close(60_000);
    expect(timelineRows(t)).toEqual([
      { pod: 'p', state: 'unscheduled', start: 0, end: 40_000 },
      { pod: 'p', state: 'ready', start: 40_000, end: 60_000 },
      { pod: 'q', state: 'ready', start: 10_000, end: 30_000 },
    ]);
    expect([...t.pods]).toEqual(['p', 'q']);
  });
});
