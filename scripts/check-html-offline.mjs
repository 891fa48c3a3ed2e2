#!/usr/bin/env node
// Opens a report's index.html in headless Chromium with no network and checks that
//   1. every chart figure became a live vega view (the page's script marks it data-live="ready"),
//   2. the page made no network request.
// Chromium runs with its own background networking off and a fresh profile, and is driven through
// the DevTools protocol (over --remote-debugging-pipe): only requests the page's target (and the
// workers/frames attached to it) announce with Network.requestWillBeSent are counted, never the
// browser's own (component updates, variations, …), which belong to no page.
// Usage: node scripts/check-html-offline.mjs <index.html> [--chromium <path>]
// Without Chromium (default /usr/bin/chromium, or $KUBETWIN_CHROMIUM) it prints SKIPPED and exits 0.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Schemes a page may load without touching the network. */
const LOCAL_SCHEMES = new Set(['file:', 'data:', 'about:', 'blob:', 'chrome:', 'chrome-error:', 'devtools:']);

/** Checks the page's DOM after scripts ran. Returns a list of problems (empty = fine). */
export function checkDom(dom) {
  const problems = [];
  const figures = [...dom.matchAll(/<figure\b[^>]*>/g)].map((m) => m[0]).filter((t) => /\sdata-spec="/.test(t));
  if (figures.length === 0) problems.push('no chart figures (figure[data-spec]) found in the page');
  figures.forEach((tag, i) => {
    const state = /\sdata-live="([^"]*)"/.exec(tag)?.[1];
    if (state !== 'ready') problems.push(`chart ${i + 1} did not render live (data-live=${state ?? 'missing'})`);
  });
  const liveSvgs = (dom.match(/<div\b[^>]*\bclass="chart-live"[^>]*>\s*<svg\b/g) ?? []).length;
  if (figures.length > 0 && liveSvgs < figures.length) problems.push(`only ${liveSvgs} of ${figures.length} live views hold an SVG`);
  return { charts: figures.length, problems };
}

/**
 * Remote URLs the page requested: Network.requestWillBeSent events of the page's sessions (the
 * page target and what is attached to it), local schemes left out, deduplicated and sorted.
 */
export function pageRequests(messages, pageSessions) {
  const found = new Set();
  for (const m of messages) {
    if (m.method !== 'Network.requestWillBeSent' || !pageSessions.has(m.sessionId)) continue;
    const url = String(m.params?.request?.url ?? '');
    const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(url)?.[1]?.toLowerCase();
    if (scheme && !LOCAL_SCHEMES.has(scheme)) found.add(url);
  }
  return [...found].sort();
}

export function chromiumArgs(profile) {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-domain-reliability',
    '--disable-extensions',
    '--no-pings',
    '--disable-client-side-phishing-detection',
    '--metrics-recording-only',
    '--safebrowsing-disable-auto-update',
    '--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication,CertificateTransparencyComponentUpdater',
    // Nothing can leave the machine even if something tries; the page's attempt is still an event.
    '--host-resolver-rules=MAP * ~NOTFOUND',
    `--user-data-dir=${profile}`,
    '--remote-debugging-pipe',
    'about:blank',
  ];
}

/** A DevTools protocol connection over Chromium's pipe (fd 3 in, fd 4 out, NUL-separated JSON). */
function pipeConnection(child) {
  const messages = [];
  const waiting = new Map();
  const listeners = new Set();
  let id = 0;
  let buffer = '';
  child.stdio[4].setEncoding('utf8');
  child.stdio[4].on('data', (chunk) => {
    buffer += chunk;
    let end;
    while ((end = buffer.indexOf('\0')) >= 0) {
      const m = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      if (m.id !== undefined && waiting.has(m.id)) {
        const w = waiting.get(m.id);
        waiting.delete(m.id);
        if (m.error) w.reject(new Error(`${w.method}: ${m.error.message}`));
        else w.resolve(m.result);
      } else {
        messages.push(m);
        for (const l of listeners) l(m);
      }
    }
  });
  const send = (method, params = {}, sessionId) =>
    new Promise((res, rej) => {
      const msg = { id: ++id, method, params, ...(sessionId ? { sessionId } : {}) };
      waiting.set(msg.id, { resolve: res, reject: rej, method });
      child.stdio[3].write(`${JSON.stringify(msg)}\0`);
    });
  return { send, messages, on: (l) => listeners.add(l) };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function inspectPage(cdp, pageUrl, timeoutMs) {
  const pageSessions = new Set();
  // Workers and frames the page starts attach to its session and count as the page's.
  cdp.on((m) => {
    if (m.method === 'Target.attachedToTarget' && pageSessions.has(m.sessionId)) {
      const child = m.params.sessionId;
      pageSessions.add(child);
      cdp.send('Network.enable', {}, child).catch(() => {});
      cdp.send('Runtime.runIfWaitingForDebugger', {}, child).catch(() => {});
    }
  });
  const { targetId } = await cdp.send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: true });
  pageSessions.add(sessionId);
  await cdp.send('Network.enable', {}, sessionId);
  await cdp.send('Page.enable', {}, sessionId);
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }, sessionId);
  await cdp.send('Page.navigate', { url: pageUrl }, sessionId);
  const evaluate = async (expression) => (await cdp.send('Runtime.evaluate', { expression, returnByValue: true }, sessionId)).result.value;
  const deadline = Date.now() + timeoutMs;
  // Ready once the document loaded and every chart figure has a data-live state (ready or failed).
  const settled = `document.readyState === 'complete' && [...document.querySelectorAll('figure[data-spec]')].every((f) => f.dataset.live)`;
  while (Date.now() < deadline && !(await evaluate(settled))) await sleep(100);
  await sleep(300); // late requests (images decoded after load) still get their event
  return { dom: await evaluate('document.documentElement.outerHTML'), requests: pageRequests(cdp.messages, pageSessions) };
}

export async function checkHtmlOffline(htmlPath, chromium = process.env.KUBETWIN_CHROMIUM || DEFAULT_CHROMIUM, timeoutMs = 30_000) {
  if (!existsSync(chromium)) return { skipped: true, chromium };
  const work = mkdtempSync(join(tmpdir(), 'kubetwin-offline-'));
  const child = spawn(chromium, chromiumArgs(join(work, 'profile')), { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (t) => {
    stderr = (stderr + t).slice(-4000);
  });
  const exited = new Promise((res) => child.on('exit', (code) => res(code)));
  const failed = new Promise((_, rej) => {
    child.on('error', (e) => rej(new Error(`could not run ${chromium}: ${e.message}`)));
    exited.then((code) => rej(new Error(`chromium exited early with ${code}: ${stderr}`)));
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs + 30_000);
  try {
    const cdp = pipeConnection(child);
    const { dom, requests } = await Promise.race([inspectPage(cdp, pathToFileURL(resolve(htmlPath)).href, timeoutMs), failed]);
    const checked = checkDom(dom);
    cdp.send('Browser.close').catch(() => {});
    return { skipped: false, charts: checked.charts, problems: [...checked.problems, ...requests.map((u) => `network request: ${u}`)] };
  } catch (e) {
    return { skipped: false, problems: [e.message] };
  } finally {
    failed.catch(() => {});
    const gone = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
    if (!gone) child.kill('SIGKILL');
    clearTimeout(timer);
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(argv) {
  const args = [...argv];
  let chromium;
  const at = args.indexOf('--chromium');
  if (at >= 0) [, chromium] = args.splice(at, 2);
  if (args.length !== 1) {
    process.stderr.write('usage: node scripts/check-html-offline.mjs <index.html> [--chromium <path>]\n');
    return 2;
  }
  if (!existsSync(args[0])) {
    process.stderr.write(`no such file: ${args[0]}\n`);
    return 2;
  }
  const result = await checkHtmlOffline(args[0], chromium);
  if (result.skipped) {
    process.stdout.write(`SKIPPED: chromium not found (looked for ${result.chromium}); offline check not run\n`);
    return 0;
  }
  if (result.problems.length > 0) {
    process.stdout.write(`FAILED: ${args[0]}\n${result.problems.map((p) => `  - ${p}`).join('\n')}\n`);
    return 1;
  }
  process.stdout.write(`OK: ${args[0]}: ${result.charts} charts rendered live, no network requests\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
