// Reads a study's metrics out of one run's summary.json (as plain JSON data): a number per metric,
// or null with a note saying why (nothing matched, not a number, several values and no aggregate).
import { isMulti, parseJsonPath, selectPath } from './json-path.js';
import type { Aggregate, MetricSpec } from './schema.js';

export interface MetricReading {
  values: Record<string, number | null>;
  /** Why a metric is null, by metric name. */
  notes: Record<string, string>;
}

function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

function aggregate(kind: Aggregate, matched: unknown[]): number | string {
  // count: matched values other than null and false (e.g. `pods[phase=Pending]`, `nodes[*].ready`).
  if (kind === 'count') return matched.filter((v) => v !== null && v !== false && v !== undefined).length;
  const nums: number[] = [];
  for (const v of matched) {
    if (v === null) continue; // e.g. scheduled_s of a pod never scheduled
    const n = toNumber(v);
    if (n === undefined) return `a matched value is not a number: ${JSON.stringify(v)}`;
    nums.push(n);
  }
  if (kind === 'sum') return nums.reduce((a, b) => a + b, 0);
  if (!nums.length) return 'the path matched no numbers';
  if (kind === 'mean') return nums.reduce((a, b) => a + b, 0) / nums.length;
  return kind === 'min' ? Math.min(...nums) : Math.max(...nums);
}

function readOne(path: string, m: MetricSpec, summary: unknown): number | string {
  const steps = parseJsonPath(path);
  if (typeof steps === 'string') return steps;
  const matched = selectPath(summary, steps);
  if (m.aggregate) return aggregate(m.aggregate, matched);
  if (matched.length === 0) return `"${path}" is not in summary.json`;
  if (matched.length > 1)
    return `"${path}" matched ${matched.length} values; add an aggregate (${isMulti(steps) ? 'sum, mean, min, max or count' : 'one of them'})`;
  const n = toNumber(matched[0]);
  return n === undefined ? `"${path}" is ${JSON.stringify(matched[0])}, not a number` : n;
}

function readPath(m: MetricSpec, summary: unknown): number | string {
  const value = readOne(m.path!, m, summary);
  if (m.divideBy === undefined || typeof value === 'string') return value;
  const by = readOne(m.divideBy, m, summary);
  if (typeof by === 'string') return by;
  return by === 0 ? `"${m.divideBy}" is 0: cannot divide by it` : value / by;
}

interface ExpectationVerdict {
  name?: unknown;
  passed?: unknown;
}

function readExpectation(name: string, summary: unknown): number | string {
  const list = (summary as { expectations?: ExpectationVerdict[] } | null)?.expectations;
  if (!Array.isArray(list)) return 'the run has no expectation results';
  if (name === '*') return list.every((e) => e.passed === true) ? 1 : 0;
  const e = list.find((x) => x.name === name);
  if (!e) return `no expectation named "${name}" (the scenario has ${list.map((x) => JSON.stringify(x.name)).join(', ') || 'none'})`;
  return e.passed === true ? 1 : 0;
}

export function readMetrics(metrics: readonly MetricSpec[], summary: unknown): MetricReading {
  const out: MetricReading = { values: {}, notes: {} };
  for (const m of metrics) {
    const r = m.expectation !== undefined ? readExpectation(m.expectation, summary) : readPath(m, summary);
    if (typeof r === 'string') {
      out.values[m.name] = null;
      out.notes[m.name] = r;
    } else {
      out.values[m.name] = m.scale === undefined ? r : r * m.scale;
    }
  }
  return out;
}
