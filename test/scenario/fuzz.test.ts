// Property-based fuzzing of the loader (fast-check, fixed seed, bounded runs): structure-aware
// mutations of the shipped scenarios must end in exit 0, 1 or 2 with a position on every
// diagnostic, never an uncaught exception. `npm run fuzz` runs a longer campaign.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/scenario/diagnostics.js';
import { loadScenarioText } from '../../src/run.js';
import { inputArb, mutate, outcome, SCENARIOS } from '../helpers/fuzz.js';

describe('loader fuzzing', () => {
  it('the harness accepts every shipped scenario unmutated', async () => {
    for (const s of SCENARIOS) expect(await outcome(s.file, s.text, () => false), s.file).toEqual({ code: 0, ran: false });
  });

  it('the harness reports an uncaught exception as a crash', async () => {
    expect(
      await outcome('x.yaml', 'a: 1', () => {
        throw new TypeError('boom');
      }),
    ).toMatchObject({ code: 2 });
    const bad = await outcome(SCENARIOS[0].file, SCENARIOS[0].text, () => {
      throw new TypeError('boom');
    });
    expect(bad).toMatchObject({ crash: expect.stringMatching(/^TypeError: boom/) });
  });

  it('mutated scenarios give exit 0, 1 or 2 with positions, never a crash (seed 12, 300 inputs)', async () => {
    let valid = 0;
    const codes = new Set<number>();
    await fc.assert(
      fc.asyncProperty(inputArb, async (input) => {
        const o = await outcome(SCENARIOS[input.scenario].file, mutate(input), () => valid++ % 4 === 0);
        if ('crash' in o) throw new Error(o.crash);
        codes.add(o.code);
      }),
      { seed: 12, numRuns: 300, endOnFailure: true },
    );
    expect([...codes].sort()).toEqual(expect.arrayContaining([0, 2])); // the mutations reach both sides
  }, 60_000);

  // Crashes the campaign found, one regression test each.
  it('kind: valueOf (an Object.prototype key) is an unsupported kind, not a TypeError', () => {
    const text = SCENARIOS.find((s) => s.file.endsWith('node-fit-4u4g.yaml'))!.text.replace('kind: Node', 'kind: valueOf');
    expect(() => loadScenarioText('s.yaml', text)).toThrow(InputError);
    try {
      loadScenarioText('s.yaml', text);
    } catch (e) {
      // A kind no feature simulates is accepted (and listed as not simulated); what breaks is what
      // referred to the node it was: every problem positioned, none a TypeError.
      const ds = (e as InputError).diagnostics;
      expect(ds.length).toBeGreaterThan(0);
      for (const d of ds) expect(`${d.line}:${d.col} ${d.message}`).toMatch(/^[1-9]\d*:[1-9]\d* /);
      expect(ds.some((d) => /TypeError/.test(d.message))).toBe(false);
    }
  });

  it('kind: { toString: … } (a map whose key shadows a method) is an unsupported kind, not a TypeError', () => {
    const text = fit().replace('kind: Node', 'kind: { toString: { a: 1 } }');
    expect(messages(() => loadScenarioText('s.yaml', text))).toEqual([
      expect.stringMatching(/^\d+:\d+ kind is required \(one of .*, or any other Kubernetes kind\)/),
    ]);
  });

  it('node pools that clash (a duplicated pool) are reported at spec.nodePools with a position, the names cut short', () => {
    const pool = '    - { name: worker, count: 9, capacity: { cpu: "4", memory: 16Gi } }\n';
    const text = fit().replace('  seed: 42\n', `  seed: 42\n  nodePools:\n${pool}${pool}`);
    expect(messages(() => loadScenarioText('s.yaml', text))).toEqual([
      expect.stringMatching(
        /^\d+:5 node pools would add nodes that already exist: worker-1, worker-2, worker-3, worker-4, worker-5 and 4 more$/,
      ),
    ]);
  });
});

function fit(): string {
  return SCENARIOS.find((s) => s.file.endsWith('node-fit-4u4g.yaml'))!.text;
}

function messages(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`);
    throw e;
  }
  return [];
}
