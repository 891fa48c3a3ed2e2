// The expectation language: what the schema accepts, how it normalizes, and what it rejects.
import { describe, expect, it } from 'vitest';
import { expectationSchema, expectationsSection } from '../../../src/features/expectations/schema.js';
import { exp } from './helpers.js';

describe('expectation schema: normalization', () => {
  const cases: Array<[string, Record<string, unknown>, Record<string, unknown>]> = [
    [
      'by T is eventually within [0, T]',
      { series: 'cluster.cluster.podsPending', by: '60s', equals: 0 },
      {
        subject: { type: 'series', kind: 'cluster', object: 'cluster', column: 'podsPending' },
        quantifier: 'eventually',
        window: [0, 60_000],
        windowField: 'by',
      },
    ],
    [
      'always with a window',
      { series: 'service.web.readyReplicas', always: true, during: ['30s', '5m'], atLeast: 2 },
      { quantifier: 'always', window: [30_000, 300_000], comparisons: [{ op: 'atLeast', value: 2 }] },
    ],
    ['at reads one time', { series: 'node.node-1.pods', at: '45s', equals: 3 }, { quantifier: 'at', time: 45_000 }],
    [
      'dotted object names and *',
      { series: 'node.ip-10-0-0-1.ec2.internal.ready', never: true, equals: 0 },
      { subject: { type: 'series', kind: 'node', object: 'ip-10-0-0-1.ec2.internal', column: 'ready' }, quantifier: 'never' },
    ],
    [
      '* for every object',
      { series: 'node.*.pods', eventually: true, above: 0 },
      { subject: { type: 'series', kind: 'node', object: '*', column: 'pods' } },
    ],
    [
      'events count',
      { events: { reason: 'FailedScheduling', object: 'extra' }, atMost: 3 },
      { subject: { type: 'events', match: { reason: 'FailedScheduling', object: 'extra' } }, comparisons: [{ op: 'atMost', value: 3 }] },
    ],
    [
      'firstEvent compares times',
      { firstEvent: { reason: 'Scheduled', object: 'extra' }, atMost: '45s', atLeast: 40 },
      {
        comparisons: [
          { op: 'atLeast', value: 40_000 },
          { op: 'atMost', value: 45_000 },
        ],
      },
    ],
    ['events within by', { events: { reason: 'Killing' }, by: '1m', equals: 1 }, { window: [0, 60_000] }],
    [
      'equals accepts booleans',
      { series: 'node.node-1.ready', always: true, equals: true },
      { comparisons: [{ op: 'equals', value: true }] },
    ],
    [
      'equals accepts strings',
      { series: 'container.web.lastReason', eventually: true, equals: 'OOMKilled' },
      { comparisons: [{ op: 'equals', value: 'OOMKilled' }] },
    ],
  ];
  for (const [what, input, want] of cases) {
    it(what, () => expect(exp(input)).toMatchObject(want));
  }

  it('names an expectation after what it checks when no name is given', () => {
    expect(exp({ series: 'cluster.cluster.podsPending', by: '60s', equals: 0 }).name).toBe(
      'cluster.cluster.podsPending eventually equals 0 by 60 s',
    );
    expect(exp({ firstEvent: { reason: 'Scheduled', object: 'extra' }, atMost: '45s' }).name).toBe(
      'time of first Scheduled on extra event at most 45 s',
    );
    expect(exp({ name: 'mine', events: {}, atLeast: 1 }).name).toBe('mine');
  });

  it('the section defaults to an empty list', () => {
    expect(expectationsSection.parse(undefined)).toEqual([]);
  });
});

describe('expectation schema: rejections', () => {
  const bad: Array<[string, Record<string, unknown>, RegExp, string[]?]> = [
    ['no subject', { always: true, equals: 1 }, /needs a subject: series, events or firstEvent/],
    ['two subjects', { series: 'node.n.pods', events: {}, always: true, equals: 1 }, /one subject, found series and events/, ['events']],
    ['a series without a quantifier', { series: 'node.n.pods', equals: 1 }, /needs one of always, never, eventually, at, by/, ['series']],
    ['two quantifiers', { series: 'node.n.pods', always: true, never: true, equals: 1 }, /found always and never/, ['never']],
    ['no comparison', { series: 'node.n.pods', always: true }, /needs a comparison: equals, atLeast, atMost, above, below/],
    ['a malformed series', { series: 'node.pods', always: true, equals: 1 }, /expected <object_kind>\.<object>\.<column>/, ['series']],
    ['always: false', { series: 'node.n.pods', always: false, equals: 1 }, /write `true`/, ['always']],
    ['atLeast a string on a series', { series: 'node.n.pods', always: true, atLeast: 'two' }, /atLeast compares numbers/, ['atLeast']],
    ['a fractional event count', { events: {}, atMost: 1.5 }, /count of events/, ['atMost']],
    ['a bad time for firstEvent', { firstEvent: {}, atMost: 'soon' }, /not a duration/, ['atMost']],
    ['always on events', { events: {}, always: true, atMost: 1 }, /always applies to series/, ['always']],
    [
      'a reversed window',
      { series: 'node.n.pods', always: true, during: ['5m', '1m'], equals: 1 },
      /must start before it ends/,
      ['during'],
    ],
    ['during with at', { series: 'node.n.pods', at: '1m', during: ['0s', '1m'], equals: 1 }, /cannot be combined/, ['during']],
    ['an unknown field', { series: 'node.n.pods', always: true, equal: 1 }, /equal/],
    ['an unknown event field', { events: { reasons: 'x' }, atLeast: 1 }, /reasons/],
  ];
  for (const [what, input, message, path] of bad) {
    it(`rejects ${what}`, () => {
      const r = expectationSchema.safeParse(input);
      expect(r.success).toBe(false);
      const issues = r.error!.issues;
      expect(issues.map((i) => i.message).join('\n')).toMatch(message);
      if (path) expect(issues.map((i) => i.path.join('.'))).toContain(path.join('.'));
    });
  }
});
