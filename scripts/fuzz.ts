// `npm run fuzz`: a longer property-based campaign over the loader (test/helpers/fuzz.ts).
// FUZZ_RUNS (default 5000), FUZZ_SEED (default 12), FUZZ_RUN_EVERY (run every n-th valid input, default 1).
// Prints the figures: inputs, outcomes by exit code, runs, crashes (each with a reproducing seed/path).
import fc from 'fast-check';
import { inputArb, mutate, outcome, SCENARIOS } from '../test/helpers/fuzz.js';

const runs = Number(process.env.FUZZ_RUNS ?? 5000);
const seed = Number(process.env.FUZZ_SEED ?? 12);
const runEvery = Number(process.env.FUZZ_RUN_EVERY ?? 1);
let valid = 0;
const byCode = { 0: 0, 1: 0, 2: 0 };
const crashes = new Map<string, string>();
let ran = 0;
const t0 = Date.now();
const inputs = fc.sample(inputArb, { seed, numRuns: runs });
for (const [i, input] of inputs.entries()) {
  const { file } = SCENARIOS[input.scenario];
  const text = mutate(input);
  const o = await outcome(file, text, () => valid++ % runEvery === 0);
  if ('crash' in o) {
    const key = o.crash.split('\n')[0];
    if (!crashes.has(key)) crashes.set(key, `input #${i} (${file}, ${JSON.stringify(input.mutations).slice(0, 300)})\n${o.crash}`);
    continue;
  }
  byCode[o.code]++;
  if (o.ran) ran++;
  if ((i + 1) % 500 === 0) process.stderr.write(`${i + 1}/${runs}…\n`);
}
const total = inputs.length;
process.stdout.write(
  `fuzz: seed ${seed}, ${total} inputs in ${((Date.now() - t0) / 1000).toFixed(1)} s\n` +
    `  exit 0: ${byCode[0]}\n  exit 1: ${byCode[1]}\n  exit 2: ${byCode[2]}\n  run (charts off, ≤ 2 min simulated): ${ran}\n` +
    `  crashes: ${total - byCode[0] - byCode[1] - byCode[2]} (${crashes.size} distinct)\n`,
);
for (const c of crashes.values()) process.stdout.write(`\n${c}\n`);
process.exitCode = crashes.size ? 1 : 0;
