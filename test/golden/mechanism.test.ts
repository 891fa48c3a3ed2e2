// The golden mechanism itself: a changed constant is caught with a readable first divergence, a
// missing baseline fails with instructions, and writing a baseline reports what changed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGolden, goldenRun, selectScenarios, writeGolden, type GoldenRun } from '../../src/study/compare/golden.js';
import { tempDir } from '../helpers/tmp.js';

/**
 * One behaviour change per row, applied with `--set` to a shipped scenario: the golden comparison
 * must fail and its message must name the time and the series (or event) where the run first
 * departs from the baseline.
 */
const CHANGES: Array<{ scenario: string; set: string[]; first: RegExp }> = [
  // A node with 5 CPUs instead of 4: allocatable differs from t = 0, and the `extra` pod fits at 20 s.
  { scenario: 'scenarios/node-fit-4u4g.yaml', set: ['node/node-1.status.capacity.cpu=5'],
    first: /first divergence at 0 s in series node\.node-1\.cpuAllocatableMilli: run = 5000, golden = 4000/ },
  // The big pod deleted 10 s earlier: the Pending pod is bound at 30 s instead of 40 s.
  { scenario: 'scenarios/node-fit-4u4g.yaml', set: ['spec.timeline[2].at=30s'],
    first: /first divergence at 30 s in series (cluster\.cluster\.podsPending|node\.node-1\.\w+): run = \d+, golden = \d+/ },
  // One HPA constant changed: tolerance 0.1 → 0.3 (--horizontal-pod-autoscaler-tolerance). The
  // spike's scale-ups are far outside either band; the scale-down after it is not, so it diverges there.
  { scenario: 'scenarios/cpu-spike-hpa.yaml', set: ['spec.hpa.tolerance=0.3'],
    first: /first divergence at \d+(\.\d+)? s in series (hpa|service|load|cluster|node|pod|container)\.[\w.-]+: run = .+, golden = .+/ },
];

describe('a behaviour change fails the golden comparison with a readable first divergence', () => {
  for (const c of CHANGES) {
    it(`${c.scenario} with ${c.set.join(' ')}`, async () => {
      const changed = await goldenRun(c.scenario, { set: c.set });
      const check = checkGolden(changed);
      expect(check.ok).toBe(false);
      expect(check.message).toMatch(c.first);
      expect(check.message).toContain(`npm run golden:update ${changed.name}`);
      // …while the unchanged scenario still matches (the row tests the change, not a stale baseline).
      expect(checkGolden(await goldenRun(c.scenario)).ok).toBe(true);
    });
  }
});

const fake: GoldenRun = {
  name: 'fake',
  texts: {
    timeseries: 'time_s,object_kind,object,nodes\n0,cluster,cluster,1\n',
    events: 'time_s,object_kind,object,reason,message\n',
    summary: '{}\n',
  },
  expectations: [],
};

describe('golden baselines on disk', () => {
  it('a scenario without a baseline fails with the command to create it', () => {
    const root = tempDir();
    const check = checkGolden(fake, root);
    expect(check.ok).toBe(false);
    expect(check.message).toBe(`fake has no golden baseline (${join(root, 'fake')}): run \`npm run golden:update fake\`, review the new files and commit them`);
  });

  it('writeGolden writes the three files, then reports only what changed', () => {
    const root = tempDir();
    expect(writeGolden(fake, root)).toEqual(['timeseries.csv', 'events.csv', 'summary.json']);
    expect(readFileSync(join(root, 'fake', 'timeseries.csv'), 'utf8')).toBe(fake.texts.timeseries);
    expect(checkGolden(fake, root).ok).toBe(true);
    expect(writeGolden(fake, root)).toEqual([]);
    const next = { ...fake, texts: { ...fake.texts, summary: '{"x":1}\n' } };
    expect(checkGolden(next, root).message).toMatch(/first divergence in summary\.json at x: run = 1, golden = \(none\)/);
    expect(writeGolden(next, root)).toEqual(['summary.json']);
    expect(existsSync(join(root, 'fake', 'index.html'))).toBe(false);
  });

  it('selects scenarios by scenario name or file name', () => {
    const files = ['scenarios/a.yaml', 'scenarios/b.yaml', 'scenarios/c.json'];
    const nameOf = (f: string) => (f.endsWith('b.yaml') ? 'bee' : '');
    expect(selectScenarios(files, [], nameOf)).toEqual({ files, unknown: [] });
    expect(selectScenarios(files, ['a', 'bee', 'c.json', 'zzz'], nameOf)).toEqual({ files, unknown: ['zzz'] });
  });
});
