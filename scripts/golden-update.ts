// npm run golden:update [names…] — rewrites the golden baselines in test/golden/ from fresh runs
// of the shipped scenarios (all of them, or those named by scenario or file name). Baselines change
// only through this script; review the result with `git diff test/golden` before committing.
import { formatDiagnostic, InputError } from '../src/scenario/diagnostics.js';
import { loadScenarioFile } from '../src/run.js';
import { GOLDEN_ROOT, goldenRun, selectScenarios, shippedScenarios, writeGolden } from '../src/study/compare/index.js';
import { formatResult } from '../src/features/expectations/index.js';

async function main(names: string[]): Promise<number> {
  const all = shippedScenarios();
  const nameOf = (f: string) => {
    try {
      return loadScenarioFile(f).manifest.metadata.name;
    } catch {
      return '';
    }
  };
  const { files, unknown } = selectScenarios(all, names, nameOf);
  if (unknown.length) {
    process.stderr.write(`no shipped scenario named ${unknown.join(', ')} (scenarios: ${all.map(nameOf).join(', ')})\n`);
    return 2;
  }
  let code = 0;
  for (const file of files) {
    try {
      const run = await goldenRun(file);
      const changed = writeGolden(run);
      process.stdout.write(`${run.name}: ${changed.length ? `wrote ${changed.join(', ')}` : 'unchanged'}\n`);
      for (const r of run.expectations.filter((x) => !x.passed)) process.stdout.write(`  warning: ${formatResult(r)}\n`);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      for (const d of e.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
      code = 2;
    }
  }
  process.stdout.write(`review the changes with: git diff ${GOLDEN_ROOT}\n`);
  return code;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
