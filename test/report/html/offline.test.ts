import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/tmp.js';
import { samplePage } from './sample-page.js';

interface OfflineCheck {
  checkDom(dom: string): { charts: number; problems: string[] };
  pageRequests(messages: unknown[], pageSessions: Set<string>): string[];
  chromiumArgs(profile: string): string[];
  DEFAULT_CHROMIUM: string;
}

const scriptUrl = new URL('../../../scripts/check-html-offline.mjs', import.meta.url);
const scriptPath = fileURLToPath(scriptUrl);
const load = async () => (await import(scriptUrl.href)) as OfflineCheck;

function runCheck(file: string) {
  return spawnSync(process.execPath, [scriptPath, file], { encoding: 'utf8', timeout: 180_000 });
}

const readyFigure =
  '<figure id="chart-a" data-spec="spec-0" data-live="ready"><figcaption>A</figcaption>' +
  '<div class="chart-static" hidden=""><svg></svg></div><div class="chart-live" role="graphics-document"><svg class="marks"></svg></div></figure>';

describe('checkDom', () => {
  it('passes when every chart figure went live', async () => {
    const { checkDom } = await load();
    expect(checkDom(`<main>${readyFigure}${readyFigure.replace('spec-0', 'spec-1')}</main>`)).toEqual({ charts: 2, problems: [] });
  });
  const bad: Array<[string, string, RegExp]> = [
    ['no figures at all', '<main></main>', /no chart figures/],
    [
      'a chart whose live view failed',
      readyFigure.replace('data-live="ready"', 'data-live="failed"'),
      /did not render live \(data-live=failed\)/,
    ],
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

describe('pageRequests', () => {
  const req = (sessionId: string | undefined, url: string) => ({
    method: 'Network.requestWillBeSent',
    sessionId,
    params: { request: { url } },
  });
  it("counts only the page's sessions' remote requests, never the browser's own or local schemes", async () => {
    const { pageRequests } = await load();
    const messages = [
      req('page', 'file:///tmp/index.html'),
      req('page', 'data:text/plain,hi'),
      req('page', 'https://cdn.example/vega.js'),
      req('worker', 'wss://live.example/socket'),
      req(undefined, 'https://update.googleapis.com/service/update2/json'), // the browser's, no page session
      req('other-tab', 'https://elsewhere.example/'),
      { method: 'Network.responseReceived', sessionId: 'page', params: { response: { url: 'https://x.example/' } } },
      req('page', 'https://cdn.example/vega.js'),
    ];
    expect(pageRequests(messages, new Set(['page', 'worker']))).toEqual(['https://cdn.example/vega.js', 'wss://live.example/socket']);
  });
  it('launches Chromium without its own networking, with a fresh profile', async () => {
    const { chromiumArgs } = await load();
    const args = chromiumArgs('/tmp/fresh-profile');
    for (const flag of [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--user-data-dir=/tmp/fresh-profile',
    ])
      expect(args).toContain(flag);
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
    writeFileSync(
      file,
      `<!DOCTYPE html><html><body>${readyFigure}<img src="http://leak.example/pixel.png"><script>fetch('https://api.example/x').catch(() => {});</script></body></html>`,
    );
    const run = runCheck(file);
    const { DEFAULT_CHROMIUM } = await load();
    if (existsSync(process.env.KUBETWIN_CHROMIUM || DEFAULT_CHROMIUM)) {
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('network request: http://leak.example/pixel.png');
      expect(run.stdout).toContain('network request: https://api.example/x');
      expect(run.stdout.match(/network request/g)).toHaveLength(2); // Chromium's own requests are not counted
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
