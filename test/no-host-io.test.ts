// Simulation code never touches the host network or processes: no file under src/ (except the CLI
// entry points and the study/ runner) may import net, http, https, child_process, dgram or
// worker_threads, with or without the `node:` prefix.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const FORBIDDEN = ['net', 'http', 'https', 'child_process', 'dgram', 'worker_threads'];
const SRC = join(import.meta.dirname, '..', 'src');
const EXEMPT = (rel: string) => rel === 'cli.ts' || rel === 'main.ts' || rel.startsWith('study/');

// import … from 'x' | import 'x' | export … from 'x' | import('x') | require('x'), optionally node:x or x/sub.
const SPECIFIER = `['"\`](?:node:)?(${FORBIDDEN.join('|')})(?:/[^'"\`]*)?['"\`]`;
const PATTERN = new RegExp(`(?:\\bfrom\\s*|\\bimport\\s*\\(?\\s*|\\brequire\\s*\\(\\s*)${SPECIFIER}`, 'g');

function forbiddenImports(source: string): string[] {
  return [...source.matchAll(PATTERN)].map((m) => m[1]);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|cts|js|mjs|cjs)$/.test(e.name) ? [path] : [];
  });
}

describe('no host I/O in simulation code', () => {
  it('the detector catches every import form', () => {
    const samples = [
      `import net from 'net';`,
      `import * as http from "node:http";`,
      `import { request } from 'https'`,
      `const cp = require('child_process')`,
      `await import("node:dgram")`,
      `export { Worker } from 'worker_threads';`,
      `import 'node:net'`,
      `import { x } from 'http/agent'`,
    ];
    for (const s of samples) expect(forbiddenImports(s), s).toHaveLength(1);
    for (const s of [
      `import { netMask } from './net.js'`,
      `import http2 from 'node:http2'`,
      `const s = 'from http'`,
      `import fs from 'node:fs'`,
    ]) {
      expect(forbiddenImports(s), s).toEqual([]);
    }
  });

  it('no file under src/ (but cli.ts, main.ts, study/) imports a host networking or process module', () => {
    const files = sourceFiles(SRC)
      .map((f) => relative(SRC, f).split(sep).join('/'))
      .filter((rel) => !EXEMPT(rel));
    expect(files.length).toBeGreaterThan(0);
    const offenders = files.flatMap((rel) => forbiddenImports(readFileSync(join(SRC, rel), 'utf8')).map((m) => `${rel}: ${m}`));
    expect(offenders).toEqual([]);
  });
});
