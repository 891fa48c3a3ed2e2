// Series expectations over hand-built samples: each quantifier, windows, `*`, and the messages.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/features/expectations/evaluate.js';
import { exp, recorderWith } from './helpers.js';

// podsPending: 0 until 20 s, 1 from 20 s to 35 s, 0 again from 40 s (as in node-fit-4u4g).
const pending: Array<[number, number]> = [
  [0, 0],
  [5, 0],
  [10, 0],
  [15, 0],
  [20, 1],
  [25, 1],
  [30, 1],
  [35, 1],
  [40, 0],
  [45, 0],
  [50, 0],
  [55, 0],
  [60, 0],
];
const rec = recorderWith({
  'cluster.cluster.podsPending': pending,
  'service.web.readyReplicas': [
    [0, 0],
    [10, 1],
    [20, 2],
    [30, 3],
    [40, 3],
  ],
  'node.node-1.pods': [
    [0, 2],
    [10, 3],
    [20, 3],
  ],
  'node.node-2.pods': [
    [0, 0],
    [10, 1],
    [20, 2],
  ],
  'node.node-1.ready': [
    [0, true],
    [10, true],
    [20, false],
  ],
  'node.node-2.ready': [
    [0, true],
    [10, true],
    [20, true],
  ],
});

describe('series expectations', () => {
  const cases: Array<[string, Record<string, unknown>, boolean, unknown, number | undefined, RegExp]> = [
    // [what, expectation, passed, observed, at_s, message]
    ['by: reached in time', { series: 'cluster.cluster.podsPending', by: '60s', equals: 0 }, true, 0, 0, /= 0 at 0 s/],
    [
      'by: the first sample is already 0',
      { series: 'cluster.cluster.podsPending', during: ['20s', '60s'], eventually: true, equals: 0 },
      true,
      0,
      40,
      /= 0 at 40 s/,
    ],
    [
      'eventually: never reached',
      { series: 'cluster.cluster.podsPending', eventually: true, atLeast: 2 },
      false,
      0,
      60,
      /never at least 2 in 13 samples \(min 0, max 1\); last 0 at 60 s/,
    ],
    [
      'eventually: window ends too early',
      { series: 'cluster.cluster.podsPending', during: ['20s', '35s'], eventually: true, equals: 0 },
      false,
      1,
      35,
      /from 20 s to 35 s/,
    ],
    ['always: holds', { series: 'cluster.cluster.podsPending', always: true, atMost: 1 }, true, 0, 60, /at most 1 at all 13 samples/],
    [
      'always: first violation',
      { series: 'cluster.cluster.podsPending', always: true, equals: 0 },
      false,
      1,
      20,
      /= 1 at 20 s, expected always equals 0/,
    ],
    [
      'always: window avoids the violation',
      { series: 'cluster.cluster.podsPending', always: true, during: ['40s', '60s'], equals: 0 },
      true,
      0,
      60,
      /5 samples from 40 s to 60 s/,
    ],
    [
      'always: window boundaries are inclusive',
      { series: 'cluster.cluster.podsPending', always: true, during: ['35s', '60s'], equals: 0 },
      false,
      1,
      35,
      /at 35 s/,
    ],
    ['never: holds', { series: 'cluster.cluster.podsPending', never: true, above: 1 }, true, 0, 60, /never above 1/],
    [
      'never: broken',
      { series: 'cluster.cluster.podsPending', never: true, above: 0 },
      false,
      1,
      20,
      /= 1 at 20 s, expected never above 0/,
    ],
    ['at: exact sample', { series: 'service.web.readyReplicas', at: '30s', equals: 3 }, true, 3, 30, /= 3 at 30 s/],
    [
      'at: between samples reads the latest before',
      { series: 'service.web.readyReplicas', at: '25s', equals: 2 },
      true,
      2,
      20,
      /= 2 at 20 s/,
    ],
    ['at: wrong value', { series: 'service.web.readyReplicas', at: '10s', atLeast: 2 }, false, 1, 10, /= 1 at 10 s, expected at least 2/],
    ['at: before the first sample', { series: 'service.web.readyReplicas', at: '0s', below: 0 }, false, 0, 0, /expected below 0/],
    [
      'several comparisons all hold',
      { series: 'service.web.readyReplicas', always: true, during: ['20s', '40s'], atLeast: 2, atMost: 3 },
      true,
      3,
      40,
      /at least 2 and at most 3/,
    ],
    [
      'above and below are strict',
      { series: 'service.web.readyReplicas', eventually: true, above: 2, below: 3 },
      false,
      3,
      40,
      /never above 2 and below 3/,
    ],
    ['booleans compare as 1/0', { series: 'node.node-1.ready', always: true, equals: 1 }, false, false, 20, /= false at 20 s/],
    ['equals true', { series: 'node.node-2.ready', always: true, equals: true }, true, true, 20, /at all 3 samples/],
    [
      '*: every object must hold',
      { series: 'node.*.pods', eventually: true, atLeast: 2 },
      true,
      2,
      20,
      /^all 2 node objects hold; last: node\.node-2\.pods = 2 at 20 s/,
    ],
    [
      '*: the earliest failure is reported',
      { series: 'node.*.ready', always: true, equals: true },
      false,
      false,
      20,
      /^1 of 2 node objects fail; first: node\.node-1\.ready = false at 20 s/,
    ],
    [
      'an unknown object has no samples',
      { series: 'node.node-9.pods', always: true, equals: 0 },
      false,
      null,
      undefined,
      /node\.node-9\.pods has no samples/,
    ],
    [
      '* with no object sampled',
      { series: 'hpa.*.desiredReplicas', always: true, equals: 0 },
      false,
      null,
      undefined,
      /no hpa object was sampled/,
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

  it('null cells never satisfy a comparison', () => {
    const r = recorderWith({
      'pod.p.restarts': [
        [0, null],
        [10, 0],
      ],
    });
    expect(evaluate([exp({ series: 'pod.p.restarts', always: true, equals: 0 })], r)[0]).toMatchObject({
      passed: false,
      observed: null,
      at_s: 0,
    });
    expect(evaluate([exp({ series: 'pod.p.restarts', eventually: true, equals: 0 })], r)[0]).toMatchObject({ passed: true, at_s: 10 });
  });

  it('keeps the order and names of the expectations', () => {
    const rs = evaluate(
      [
        exp({ name: 'b', series: 'node.node-1.pods', at: '0s', equals: 2 }),
        exp({ name: 'a', series: 'node.node-1.pods', at: '0s', equals: 9 }),
      ],
      rec,
    );
    expect(rs.map((r) => [r.name, r.passed])).toEqual([
      ['b', true],
      ['a', false],
    ]);
  });
});
