#!/usr/bin/env node
// Opens a report's index.html in headless Chromium with no network and checks that
//   1. every chart figure became a live vega view (the page's script marks it data-live="ready"),
//   2. the browser made no network request (read from Chromium's net log).
// Usage: node scripts/check-html-offline.mjs <index.html> [--chromium <path>]
// Without Chromium (default /usr/bin/chromium, or $KUBETWIN_CHROMIUM) it prints SKIPPED and exits 0.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Schemes a page may load without touching the network. */
const LOCAL_SCHEMES = new Set(['file:', 'data:', 'about:', 'blob:', 'chrome:', 'chrome-error:', 'devtools:']);

/** Checks the DOM Chromium dumped after scripts ran. Returns a list of problems (empty = fine). */
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

/** Every URL Chromium's net log mentions that is not local (file:, data:, …), deduplicated. */
export function networkUrls(netLogText) {
  let log;
  try {
    log = JSON.parse(netLogText);
  } catch {
    // A log cut short by an abrupt exit lacks its closing brackets.
    log = JSON.parse(netLogText.replace(/,?\s*$/, '') + ']}');
  }
  const found = new Set();
  const visit = (v) => {
    if (typeof v === 'string') {
      const m = /^([a-z][a-z0-9+.-]*:)\/\//i.exec(v);
      // `~notfound` is the host our resolver rule maps every name to: an echo, not a new request.
      if (m && !LOCAL_SCHEMES.has(m[1].toLowerCase()) && !/^[a-z]+:\/\/~notfound/i.test(v)) found.add(v);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  for (const event of log.events ?? []) visit(event.params);
  return [...found].sort();
}

function chromiumArgs(profile, netLog, pageUrl) {
  return [
    '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--no-default-browser-check',
    '--disable-background-networking', '--disable-component-update', '--disable-default-apps',
    '--disable-domain-reliability', '--disable-sync', '--disable-extensions', '--no-pings',
    '--disable-client-side-phishing-detection', '--metrics-recording-only', '--safebrowsing-disable-auto-update',
    '--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication,CertificateTransparencyComponentUpdater',
    // Nothing can leave the machine even if something tries; the attempt still shows in the net log.
    '--host-resolver-rules=MAP * ~NOTFOUND',
    `--user-data-dir=${profile}`, `--log-net-log=${netLog}`, '--net-log-capture-mode=Default',
    '--virtual-time-budget=15000', '--dump-dom', pageUrl,
  ];
}

export function checkHtmlOffline(htmlPath, chromium = process.env.KUBETWIN_CHROMIUM || DEFAULT_CHROMIUM) {
  if (!existsSync(chromium)) return { skipped: true, chromium };
  const work = mkdtempSync(join(tmpdir(), 'kubetwin-offline-'));
  const netLog = join(work, 'net-log.json');
  try {
    const run = spawnSync(chromium, chromiumArgs(join(work, 'profile'), netLog, pathToFileURL(resolve(htmlPath)).href), {
      encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error) return { skipped: false, problems: [`could not run ${chromium}: ${run.error.message}`] };
    if (run.status !== 0) return { skipped: false, problems: [`chromium exited with ${run.status}: ${run.stderr.slice(-2000)}`] };
    const dom = checkDom(run.stdout);
    const problems = [...dom.problems];
    if (!existsSync(netLog)) problems.push('chromium wrote no net log, so network use cannot be ruled out');
    else for (const url of networkUrls(readFileSync(netLog, 'utf8'))) problems.push(`network request: ${url}`);
    return { skipped: false, charts: dom.charts, problems };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function main(argv) {
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
  const result = checkHtmlOffline(args[0], chromium);
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
  process.exitCode = main(process.argv.slice(2));
}
