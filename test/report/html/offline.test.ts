import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/tmp.js';
import { samplePage } from './sample-page.js';

interface OfflineCheck {
  checkDom(dom: string): { charts: number; problems: string[] };
  networkUrls(netLog: string): string[];
  DEFAULT_CHROMIUM: string;
}

const scriptUrl = new URL('../../../scripts/check-html-offline.mjs', import.meta.url);
const scriptPath = fileURLToPath(scriptUrl);
const load = async () => (await import(scriptUrl.href)) as OfflineCheck;

function runCheck(file: string) {
  return spawnSync(process.execPath, [scriptPath, file], { encoding: 'utf8', timeout: 180_000 });
}

const readyFigure = '<figure id="chart-a" data-spec="spec-0" data-live="ready"><figcaption>A</figcaption>' +
  '<div class="chart-static" hidden=""><svg></svg></div><div class="chart-live" role="graphics-document"><svg class="marks"></svg></div></figure>';

describe('checkDom', () => {
  it('passes when every chart figure went live', async () => {
    const { checkDom } = await load();
    expect(checkDom(`<main>${readyFigure}${readyFigure.replace('spec-0', 'spec-1')}</main>`)).toEqual({ charts: 2, problems: [] });
  });
  const bad: Array<[string, string, RegExp]> = [
    ['no figures at all', '<main></main>', /no chart figures/],
    ['a chart whose live view failed', readyFigure.replace('data-live="ready"', 'data-live="failed"'), /did not render live \(data-live=failed\)/],
    ['a chart the script never reached', readyFigure.replace(' data-live="ready"', ''), /data-live=missing/],
    ['a "ready" chart with an empty live host', readyFigure.replace('<svg class="marks"></svg>', ''), /live views hold an SVG/],
  ];
  for (const [what, dom, why] of bad) {
    it(`reports ${what}`, async () => {
      const { checkDom } = await load();
      expect(checkDom(dom).problems.join('\n')).toMatch(why);
    });
  }
});

describe('networkUrls', () => {
  const log = (events: unknown[]) => JSON.stringify({ constants: { note: 'https://not-an-event.example' }, events });
  it('finds remote URLs anywhere in event params, ignoring local schemes and the resolver echo', async () => {
    const { networkUrls } = await load();
    const text = log([
      { type: 1, params: { url: 'file:///tmp/index.html' } },
      { type: 2, params: { url: 'data:text/plain,hi' } },
      { type: 3, params: { headers: ['Host: x'], nested: { url: 'https://cdn.example/vega.js' } } },
      { type: 4, params: { url: 'http://~notfound' } },
      { type: 5, params: { url: 'wss://live.example/socket' } },
      { type: 6 },
    ]);
    expect(networkUrls(text)).toEqual(['https://cdn.example/vega.js', 'wss://live.example/socket']);
  });
  it('reads a log cut short before its closing brackets', async () => {
    const { networkUrls } = await load();
    const text = '{"constants":{},"events":[{"params":{"url":"http://a.example/x"}},\n';
    expect(networkUrls(text)).toEqual(['http://a.example/x']);
  });
});

describe('scripts/check-html-offline.mjs', () => {
  it('passes on a generated report page (or says SKIPPED when Chromium is absent)', async () => {
    const file = join(tempDir('kubetwin-html-'), 'index.html');
    writeFileSync(file, await samplePage());
    const run = runCheck(file);
    const { DEFAULT_CHROMIUM } = await load();
    const chromium = process.env.KUBETWIN_CHROMIUM || DEFAULT_CHROMIUM;
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    if (existsSync(chromium)) expect(run.stdout).toMatch(/^OK: .*: 3 charts rendered live, no network requests/);
    else expect(run.stdout).toMatch(/^SKIPPED: chromium not found/);
  });

  it('fails a page that fetches from the network (or says SKIPPED when Chromium is absent)', async () => {
    const file = join(tempDir('kubetwin-html-'), 'leaky.html');
    writeFileSync(file, `<!DOCTYPE html><html><body>${readyFigure}<img src="http://leak.example/pixel.png"></body></html>`);
    const run = runCheck(file);
    const { DEFAULT_CHROMIUM } = await load();
    if (existsSync(process.env.KUBETWIN_CHROMIUM || DEFAULT_CHROMIUM)) {
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('network request: http://leak.example/pixel.png');
    } else {
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^SKIPPED/);
    }
  });

  it('exits 2 with usage on bad arguments', () => {
    const run = spawnSync(process.execPath, [scriptPath], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/usage/);
    expect(runCheck('/nonexistent/index.html').status).toBe(2);
  });
});
