// Golden baselines: every shipped scenario, run now, must give the report files kept in
// test/golden/<scenario name>/ (timeseries.csv, events.csv, summary.json). A behaviour change in
// scheduling, kubelet, HPA or any other logic fails here with the first divergence; intended
// changes are recorded with `npm run golden:update <name>` and reviewed in the diff.
import { describe, expect, it } from 'vitest';
import { checkGolden, goldenRun, shippedScenarios } from '../../src/study/compare/golden.js';
import { formatResult } from '../../src/features/expectations/format.js';

describe('golden baselines', () => {
  for (const file of shippedScenarios()) {
    describe(file, async () => {
      const run = await goldenRun(file);

      it('matches its golden baseline', () => {
        const check = checkGolden(run);
        expect(check.ok, check.message).toBe(true);
      });

      it('states its expectations, and they hold', () => {
        expect(run.expectations.length, `${file} states no expectations (spec.expectations)`).toBeGreaterThan(0);
        const failed = run.expectations.filter((r) => !r.passed).map(formatResult);
        expect(failed, failed.join('\n')).toEqual([]);
      });
    });
  }
});
