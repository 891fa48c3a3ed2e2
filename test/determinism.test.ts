// Same scenario + same seed ⇒ identical bytes in every report file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenarioFile } from '../src/run.js';
import { tempDir } from './helpers/tmp.js';

const scenarios = readdirSync('scenarios')
  .filter((f) => f.endsWith('.yaml') && !f.includes('.study.'))
  .sort();

describe('determinism', () => {
  for (const file of scenarios) {
    it(`${file}: two runs with the same seed give identical report bytes`, async () => {
      const a = join(tempDir(), 'a');
      const b = join(tempDir(), 'b');
      await runScenarioFile(join('scenarios', file), { out: a });
      await runScenarioFile(join('scenarios', file), { out: b });
      const names = readdirSync(a).sort();
      expect(readdirSync(b).sort()).toEqual(names);
      expect(names).toContain('timeseries.csv');
      for (const n of names) expect(readFileSync(join(b, n)).equals(readFileSync(join(a, n))), n).toBe(true);
    }, 180_000);
  }
});
