// appState: the simulated app at a given container age, time and load.
import { describe, expect, it } from 'vitest';
import { appSpecSchema } from '../../../src/load/app/schema.js';
import { appState, isServing } from '../../../src/load/app/state.js';
import { responseTimeMs, utilization } from '../../../src/load/app/response.js';

const spec = appSpecSchema.parse({
  startupTime: '10s',
  responseTime: '20ms',
  capacityRps: 100,
  memory: '100Mi',
  phases: [
    { after: '60s', for: '30s', hang: true },
    { at: '5m', for: '1m', error: 503 },
    { at: '5m30s', for: '10s', error: { httpStatus: 429, execExitCode: 3, grpcStatus: 'SERVICE_UNKNOWN' } },
    { after: '2m', latency: '300ms' },
    { after: '3m', leak: '1Mi' },
  ],
});
const MiB = 1_048_576;

describe("appState over a container's life (started at t = 100 s)", () => {
  const start = 100_000;
  const table: Array<[name: string, age: number, fields: Record<string, unknown>]> = [
    ['starting', 9_999, { listening: false, responding: true, starting: true, execExitCode: 1, memoryBytes: 100 * MiB }],
    ['started up exactly at startupTime', 10_000, { listening: true, responding: true, starting: false, execExitCode: 0, httpStatus: 200 }],
    ['hang begins at age 60 s (inclusive)', 60_000, { listening: true, responding: false, hung: true }],
    ['hang ends at 90 s (exclusive)', 90_000, { responding: true, hung: false }],
    ['latency from age 2 m', 120_000, { responseMs: 320 }],
    ['leak from age 3 m: 10 s later +10 MiB', 190_000, { memoryBytes: 110 * MiB }],
    ['absolute error phase: t = 5 m', 200_000, { httpStatus: 503, execExitCode: 1, grpcStatus: 'NOT_SERVING' }],
    ['later error phase wins while both are active', 230_000, { httpStatus: 429, execExitCode: 3, grpcStatus: 'SERVICE_UNKNOWN' }],
    ['error over at t = 6 m', 260_000, { httpStatus: 200, execExitCode: 0 }],
  ];
  for (const [name, age, fields] of table) {
    it(name, () => expect(appState(spec, age, start + age)).toMatchObject({ running: true, ...fields }));
  }

  it('a restarted container replays age phases but not absolute ones', () => {
    // New container started at t = 400 s: the hang repeats at age 60 s, the t = 5 m error does not.
    expect(appState(spec, 60_000, 460_000).hung).toBe(true);
    expect(appState(spec, 10_000, 410_000).httpStatus).toBe(200);
    expect(appState(spec, 0, 400_000).memoryBytes).toBe(100 * MiB); // the leak starts over
  });
});

describe('scripted exit', () => {
  const exiting = appSpecSchema.parse({
    phases: [
      { after: '30s', exit: 1 },
      { at: '100s', exit: 2 },
    ],
  });
  const table: Array<[name: string, startedAt: number, now: number, running: boolean, code?: number, at?: number]> = [
    ['before the age exit', 0, 29_999, true],
    ['at the age exit', 0, 30_000, false, 1, 30_000],
    ['absolute exit first for a container started at 80 s', 80_000, 100_000, false, 2, 100_000],
    ['absolute exit in the past does not kill a later container', 120_000, 140_000, true],
  ];
  for (const [name, startedAt, now, running, code, at] of table) {
    it(name, () => {
      const s = appState(exiting, now - startedAt, now);
      expect(s.running).toBe(running);
      expect(s.exitCode).toBe(code);
      expect(s.exitedAt).toBe(at);
      if (!running) expect([s.listening, s.memoryBytes, isServing(s)]).toEqual([false, 0, false]);
    });
  }
});

describe('load → response time', () => {
  const table: Array<[u: number, ms: number]> = [
    [0, 20],
    [0.5, 40],
    [0.75, 80],
    [0.9, 200],
    [0.999, 1000],
    [1, 1000],
    [3, 1000],
  ];
  for (const [u, ms] of table) it(`u = ${u} → ${ms} ms (base 20 ms, cap 1 s)`, () => expect(responseTimeMs(20, u, 1000)).toBe(ms));

  it('utilization from rps and capacity, from CPU per request, or given', () => {
    expect(utilization({ capacityRps: 100 }, { rps: 25 })).toBe(0.25);
    expect(utilization({ cpuPerRequest: 10 }, { rps: 50, cpuMillicores: 1000 })).toBe(0.5);
    expect(utilization({ cpuPerRequest: 10 }, { rps: 50, cpuMillicores: 0 })).toBe(Infinity);
    expect(utilization({ capacityRps: 100 }, { rps: 25, utilization: 0.9 })).toBe(0.9);
    expect(utilization({}, { rps: 1000 })).toBe(0);
  });

  it('appState uses the load', () => {
    expect(appState(spec, 20_000, 120_000, { rps: 50 }).responseMs).toBe(40);
    expect(appState(spec, 20_000, 120_000, { rps: 500 }).responseMs).toBe(30_000);
  });

  it('isServing: running, listening, responding and a 2xx/3xx status', () => {
    expect(isServing(appState(spec, 20_000, 120_000))).toBe(true);
    expect(isServing(appState(spec, 5_000, 105_000))).toBe(false);
    expect(isServing(appState(spec, 60_000, 160_000))).toBe(false);
    expect(isServing(appState(spec, 200_000, 300_000))).toBe(false);
  });
});
