// Event expectations: counting matching events and timing the first one.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/features/expectations/evaluate.js';
import { matches } from '../../../src/features/expectations/evaluate-events.js';
import { Recorder } from '../../../src/report/recorder.js';
import { exp } from './helpers.js';

const rec = new Recorder();
for (const [t, kind, object, reason, message] of [
  [0, 'Pod', 'web-a', 'Scheduled', 'Successfully assigned default/web-a to node-1'],
  [0, 'Pod', 'web-b', 'Scheduled', 'Successfully assigned default/web-b to node-1'],
  [10, 'Pod', 'big', 'Scheduled', 'Successfully assigned default/big to node-1'],
  [20, 'Pod', 'extra', 'FailedScheduling', '0/1 nodes are available: 1 Insufficient cpu, 1 Insufficient memory.'],
  [30, 'Pod', 'extra', 'FailedScheduling', '0/1 nodes are available: 1 Insufficient cpu, 1 Insufficient memory.'],
  [40, 'Pod', 'big', 'Killing', 'Stopping pod default/big'],
  [40, 'Pod', 'extra', 'Scheduled', 'Successfully assigned default/extra to node-1'],
  [50, 'Node', 'node-1', 'NodeNotReady', 'Node node-1 status is now: NodeNotReady'],
] as const)
  rec.event(t * 1000, kind, object, reason, message);

describe('event expectations', () => {
  const cases: Array<[string, Record<string, unknown>, boolean, unknown, number | undefined, RegExp]> = [
    [
      'count by reason and object',
      { events: { reason: 'FailedScheduling', object: 'extra' }, atMost: 3 },
      true,
      2,
      30,
      /^2 FailedScheduling on extra events$/,
    ],
    [
      'count too high',
      { events: { reason: 'FailedScheduling' }, atMost: 1 },
      false,
      2,
      30,
      /2 FailedScheduling events, expected at most 1/,
    ],
    ['count within by', { events: { reason: 'Scheduled' }, by: '10s', equals: 3 }, true, 3, 10, /from 0 s to 10 s/],
    ['count within during', { events: { reason: 'Scheduled' }, during: ['5s', '60s'], equals: 2 }, true, 2, 40, /./],
    ['kind filter', { events: { kind: 'Node' }, equals: 1 }, true, 1, 50, /^1 on Node\/\* event$/],
    ['message substring', { events: { message: 'Insufficient cpu' }, equals: 2 }, true, 2, 30, /message containing "Insufficient cpu"/],
    ['no match counts 0', { events: { reason: 'OOMKilling' }, equals: 0 }, true, 0, undefined, /^0 OOMKilling events$/],
    [
      'first event time',
      { firstEvent: { reason: 'Scheduled', object: 'extra' }, atMost: '45s' },
      true,
      40,
      40,
      /first Scheduled on extra event at 40 s \(Pod\/extra: Successfully assigned default\/extra to node-1\)/,
    ],
    ['first event too late', { firstEvent: { reason: 'Scheduled', object: 'extra' }, below: '40s' }, false, 40, 40, /expected below 40 s/],
    [
      'first event within a window',
      { firstEvent: { reason: 'FailedScheduling' }, during: ['25s', '60s'], equals: '30s' },
      true,
      30,
      30,
      /at 30 s/,
    ],
    [
      'no first event',
      { firstEvent: { reason: 'Scheduled', object: 'ghost' }, atMost: '1m' },
      false,
      null,
      undefined,
      /^no Scheduled on ghost event$/,
    ],
  ];
  for (const [what, input, passed, observed, at, message] of cases) {
    it(what, () => {
      const [r] = evaluate([exp(input)], rec);
      expect(r.passed, r.message).toBe(passed);
      expect(r.observed).toEqual(observed);
      expect(r.at_s).toBe(at);
      expect(r.message).toMatch(message);
    });
  }

  it('an empty match and object * match every event', () => {
    const ev = rec.events[3];
    expect(matches(ev, {})).toBe(true);
    expect(matches(ev, { object: '*', reason: 'FailedScheduling' })).toBe(true);
    expect(matches(ev, { object: 'web-a' })).toBe(false);
    expect(matches(ev, { kind: 'Node' })).toBe(false);
  });
});
