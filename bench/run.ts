// `npm run bench [-- filter]`: runs every bench/*.bench.ts (sorted by file name) whose name or file
// contains the filter. Each module exports `name` and `run(): Promise<Record<string, unknown>>`;
// each result is printed as a table and then as one JSON line.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface BenchModule {
  name: string;
  run(): Promise<Record<string, unknown>>;
}

const here = dirname(fileURLToPath(import.meta.url));

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function cell(v: unknown): string {
  if (typeof v === 'number') return Number.isInteger(v) ? v.toLocaleString('en-US') : String(v);
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function pad(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((x, c) => (c === 0 ? x.padEnd(widths[c]) : x.padStart(widths[c]))).join('  ')).join('\n');
}

/** Scalars as "key  value" lines; nested records (e.g. engine, bare) as one table row each. */
export function formatTable(result: Record<string, unknown>): string {
  const scalars = Object.entries(result).filter(([, v]) => !isRecord(v));
  const nested = Object.entries(result).filter(([, v]) => isRecord(v)) as [string, Record<string, unknown>][];
  const parts: string[] = [];
  if (nested.length > 0) {
    const cols = [...new Set(nested.flatMap(([, v]) => Object.keys(v)))];
    parts.push(pad([['', ...cols], ...nested.map(([k, v]) => [k, ...cols.map((c) => (c in v ? cell(v[c]) : ''))])]));
  }
  if (scalars.length > 0) parts.push(pad(scalars.map(([k, v]) => [k, cell(v)])));
  return parts.join('\n\n');
}

async function main(filter: string | undefined): Promise<number> {
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  // A filter that matches file names picks those files without importing the others.
  const byFile = filter ? files.filter((f) => f.includes(filter)) : files;
  let ran = 0;
  let failed = 0;
  for (const file of byFile.length > 0 ? byFile : files) {
    try {
      const mod = (await import(pathToFileURL(join(here, file)).href)) as BenchModule;
      if (filter && !mod.name.includes(filter) && !file.includes(filter)) continue;
      ran++;
      process.stdout.write(`\n== ${mod.name} (${file})\n`);
      const result = await mod.run();
      process.stdout.write(`${formatTable(result)}\n`);
      process.stdout.write(`${JSON.stringify({ bench: mod.name, ...result })}\n`);
    } catch (err) {
      failed++;
      process.stderr.write(`${file}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    }
  }
  if (ran === 0 && failed === 0) {
    process.stderr.write(`no benchmark matches ${JSON.stringify(filter)} (have: ${files.join(', ')})\n`);
  }
  return ran > 0 && failed === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv[2]);
