// Checks a series expectation against the recorded samples. Samples are the state after
// everything that happened at their time, so the value "at" t is the latest sample at or before t.
import { msToSeconds } from '../../model/duration.js';
import type { Cell, SampleRow } from '../../sim/recorder.js';
import { comparisonText, seconds, windowText } from './describe.js';
import type { Expectation, ExpectationResult } from './types.js';
import { range, satisfies } from './values.js';

type Point = [time: number, value: Cell];

interface Verdict {
  passed: boolean;
  observed: Cell;
  time?: number;
  message: string;
}

function show(v: Cell): string {
  return v === null ? 'empty' : typeof v === 'string' ? JSON.stringify(v) : String(v);
}

function rangeText(points: readonly Point[]): string {
  const r = range(points.map((p) => p[1]));
  return r ? ` (min ${r[0]}, max ${r[1]})` : '';
}

function verdict(e: Expectation, ref: string, all: readonly Point[]): Verdict {
  const cmp = comparisonText(e.comparisons);
  if (e.quantifier === 'at') {
    const t = e.time ?? 0;
    let p: Point | undefined;
    for (const q of all) if (q[0] <= t) p = q;
    if (!p) return { passed: false, observed: null, message: `${ref} has no sample at or before ${seconds(t)}` };
    const passed = satisfies(p[1], e.comparisons);
    return {
      passed,
      observed: p[1],
      time: p[0],
      message: `${ref} = ${show(p[1])} at ${seconds(p[0])}${passed ? '' : `, expected ${cmp}`}`,
    };
  }
  const w = e.window;
  const points = w ? all.filter(([t]) => t >= w[0] && t <= w[1]) : all;
  const span = w ? ` ${windowText(w)}` : '';
  if (points.length === 0) return { passed: false, observed: null, message: `${ref} has no samples${span}` };
  const first = points.find(([, v]) => satisfies(v, e.comparisons));
  const firstMiss = points.find(([, v]) => !satisfies(v, e.comparisons));
  const last = points[points.length - 1];
  const n = `${points.length} sample${points.length === 1 ? '' : 's'}${span}${rangeText(points)}`;
  switch (e.quantifier) {
    case 'always':
      return firstMiss
        ? {
            passed: false,
            observed: firstMiss[1],
            time: firstMiss[0],
            message: `${ref} = ${show(firstMiss[1])} at ${seconds(firstMiss[0])}, expected always ${cmp}`,
          }
        : { passed: true, observed: last[1], time: last[0], message: `${ref} ${cmp} at all ${n}` };
    case 'never':
      return first
        ? {
            passed: false,
            observed: first[1],
            time: first[0],
            message: `${ref} = ${show(first[1])} at ${seconds(first[0])}, expected never ${cmp}`,
          }
        : { passed: true, observed: last[1], time: last[0], message: `${ref} never ${cmp} in ${n}` };
    default:
      return first
        ? { passed: true, observed: first[1], time: first[0], message: `${ref} = ${show(first[1])} at ${seconds(first[0])}` }
        : {
            passed: false,
            observed: last[1],
            time: last[0],
            message: `${ref} never ${cmp} in ${n}; last ${show(last[1])} at ${seconds(last[0])}`,
          };
  }
}

export function evaluateSeries(e: Expectation, samples: readonly SampleRow[]): ExpectationResult {
  if (e.subject.type !== 'series') throw new Error('not a series expectation');
  const { kind, object, column } = e.subject;
  const byObject = new Map<string, Point[]>();
  if (object !== '*') byObject.set(object, []);
  for (const s of samples) {
    if (s.kind !== kind || (object !== '*' && s.object !== object) || !(column in s.values)) continue;
    let list = byObject.get(s.object);
    if (!list) byObject.set(s.object, (list = []));
    list.push([s.time, s.values[column]]);
  }
  const result = (v: Verdict, prefix = ''): ExpectationResult => ({
    name: e.name,
    passed: v.passed,
    observed: v.observed,
    ...(v.time === undefined ? {} : { at_s: msToSeconds(v.time) }),
    message: prefix + v.message,
  });
  if (byObject.size === 0) return result({ passed: false, observed: null, message: `no ${kind} object was sampled with column ${column}` });
  const verdicts = [...byObject].map(([o, pts]) => verdict(e, `${kind}.${o}.${column}`, pts));
  if (object !== '*') return result(verdicts[0]);
  const failed = verdicts.filter((v) => !v.passed);
  const latest = (vs: Verdict[]) => vs.reduce((a, b) => ((b.time ?? -1) > (a.time ?? -1) ? b : a));
  const earliest = (vs: Verdict[]) => vs.reduce((a, b) => ((b.time ?? Infinity) < (a.time ?? Infinity) ? b : a));
  const n = verdicts.length;
  if (failed.length) return result(earliest(failed), `${failed.length} of ${n} ${kind} objects fail; first: `);
  return result(latest(verdicts), `all ${n} ${kind} objects hold; last: `);
}
