// A run's index.html opened in headless Chromium: every chart becomes a live vega view and the
// browser makes no network request (scripts/check-html-offline.mjs). Chromium is not on CI machines
// by default: without it (at $KUBETWIN_CHROMIUM or /usr/bin/chromium) this test is skipped with a
// message saying so. Run it locally after `apt-get install -y chromium`.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenarioFile } from '../../src/run.js';
import { tempDir } from '../helpers/tmp.js';

interface OfflineCheck {
  DEFAULT_CHROMIUM: string;
  checkHtmlOffline(html: string, chromium?: string): { skipped: boolean; chromium?: string; charts?: number; problems?: string[] };
}

const script = new URL('../../scripts/check-html-offline.mjs', import.meta.url).href;

describe('index.html offline in headless Chromium', () => {
  it('node-fit-4u4g: every chart renders live and nothing is fetched', async (ctx) => {
    const { checkHtmlOffline, DEFAULT_CHROMIUM } = (await import(script)) as OfflineCheck;
    const chromium = process.env.KUBETWIN_CHROMIUM || DEFAULT_CHROMIUM;
    if (!existsSync(chromium)) {
      const note = `chromium not found at ${chromium}: index.html offline check SKIPPED (set KUBETWIN_CHROMIUM or apt-get install -y chromium)`;
      console.warn(`SKIPPED: ${note}`);
      ctx.skip(note);
    }
    const dir = join(tempDir(), 'r');
    await runScenarioFile('scenarios/node-fit-4u4g.yaml', { out: dir });
    const charts = readdirSync(dir).filter((f) => f.endsWith('.vl.json')).length;
    const result = checkHtmlOffline(join(dir, 'index.html'), chromium);
    expect(result.skipped).toBe(false);
    expect(result.problems).toEqual([]);
    expect(result.charts).toBe(charts);
    expect(charts).toBeGreaterThanOrEqual(3);
  }, 180_000);
});
