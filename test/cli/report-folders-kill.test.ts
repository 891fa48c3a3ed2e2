// SIGKILL at random points of back-to-back report swaps: afterwards (and after the next run's
// cleanup) there is always a whole report in place, and no leftover folder.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanLeftovers, REPORT_MARKER } from '../../src/report/out-folder.js';
import { tempDir } from '../helpers/tmp.js';

const CHILD = `
const { writeReportFolder } = await import(process.argv[1]);
const out = process.argv[2];
for (let i = 0; ; i++) writeReportFolder(out, [{ name: 'a.csv', content: 'x'.repeat(20000) + i }, { name: 'summary.json', content: '{}' }]);
`;

describe('report folder swap under SIGKILL', () => {
  it('always leaves a whole report (3 kills at random moments mid-loop)', async () => {
    const module = new URL('../../src/report/out-folder.ts', import.meta.url).pathname;
    for (const delay of [0, 40, 110]) {
      const parent = tempDir();
      const out = join(parent, 'r');
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD, module, out], { stdio: 'ignore' });
      const start = Date.now();
      while (!existsSync(join(out, 'summary.json')) && Date.now() - start < 30_000) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, delay + Math.floor(Math.random() * 30)));
      child.kill('SIGKILL');
      await new Promise((r) => child.on('exit', r));
      cleanLeftovers(parent);
      expect(readdirSync(parent)).toEqual(['r']);
      expect(readdirSync(out).sort()).toEqual([REPORT_MARKER, 'a.csv', 'summary.json']);
      expect(readFileSync(join(out, 'a.csv'), 'utf8')).toMatch(/^x{20000}\d+$/);
    }
  }, 60_000);
});
