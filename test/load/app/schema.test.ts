// The scripted-app schema: durations, quantities, phases and their validation.
import { describe, expect, it } from 'vitest';
import { appSpecSchema, DEFAULT_APP } from '../../../src/load/app/schema.js';

const problems = (input: unknown): string => {
  const r = appSpecSchema.safeParse(input);
  return r.success ? '' : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
};

describe('app spec schema', () => {
  it('defaults: instant start, 5 ms answers, healthy', () => {
    expect(DEFAULT_APP).toEqual({
      startupTime: 0,
      responseTime: 5,
      maxResponseTime: 30_000,
      memory: 0,
      httpStatus: 200,
      execExitCode: 0,
      execTime: 0,
      grpcStatus: 'SERVING',
      phases: [],
    });
  });

  it('parses durations, quantities and each phase kind', () => {
    const s = appSpecSchema.parse({
      startupTime: '20s',
      responseTime: '50ms',
      maxResponseTime: 2,
      memory: '128Mi',
      cpuPerRequest: '10m',
      capacityRps: 200,
      phases: [
        { after: '1m', hang: true, for: '30s' },
        { at: '10m', error: 503 },
        { at: 90, error: { execExitCode: 2 } },
        { after: '5m', exit: 137 },
        { after: 0, leak: '1Mi' },
        { after: '2m', latency: '1500ms' },
      ],
    });
    expect([s.startupTime, s.responseTime, s.maxResponseTime, s.memory, s.cpuPerRequest]).toEqual([20_000, 50, 2000, 134_217_728, 10]);
    expect(s.phases).toEqual([
      { start: { kind: 'age', ms: 60_000 }, durationMs: 30_000, effect: { kind: 'hang' } },
      { start: { kind: 'time', ms: 600_000 }, effect: { kind: 'error', httpStatus: 503, execExitCode: 1, grpcStatus: 'NOT_SERVING' } },
      { start: { kind: 'time', ms: 90_000 }, effect: { kind: 'error', httpStatus: 500, execExitCode: 2, grpcStatus: 'NOT_SERVING' } },
      { start: { kind: 'age', ms: 300_000 }, effect: { kind: 'exit', code: 137 } },
      { start: { kind: 'age', ms: 0 }, effect: { kind: 'leak', bytesPerSecond: 1_048_576 } },
      { start: { kind: 'age', ms: 120_000 }, effect: { kind: 'latency', ms: 1500 } },
    ]);
  });

  const rejected: Array<[string, unknown, RegExp]> = [
    ['a phase with both after and at', { phases: [{ after: 1, at: 2, hang: true }] }, /exactly one of them/],
    ['a phase with no start', { phases: [{ hang: true }] }, /exactly one of them/],
    ['a phase with two effects', { phases: [{ after: 1, hang: true, exit: 1 }] }, /exactly one effect.*found hang, exit/],
    ['a phase with no effect', { phases: [{ after: 1 }] }, /found none/],
    ['an exit with a duration', { phases: [{ after: 1, exit: 1, for: 5 }] }, /phases.0.for: an exit phase has no duration/],
    ['a bad duration', { startupTime: '5 minutes' }, /startupTime: .*not a duration/],
    ['a negative memory', { memory: '-1Mi' }, /memory: must be greater than or equal to 0/],
    ['an HTTP status out of range', { httpStatus: 700 }, /httpStatus: an HTTP status is 100..599/],
    ['an exit code out of range', { phases: [{ after: 1, exit: 300 }] }, /an exit code is 0..255/],
    ['an unknown field', { startup: '5s' }, /startup/],
    ['zero capacity', { capacityRps: 0 }, /capacityRps: must be greater than 0/],
  ];
  for (const [name, input, pattern] of rejected) it(`rejects ${name}`, () => expect(problems(input)).toMatch(pattern));
});
