// Structure-aware mutations of the shipped scenarios (fast-check arbitraries) and the oracle every
// outcome must satisfy: `validate` (and `run` for a sample) ends in exit 0, 1 or 2, every diagnostic
// carries a file:line:col position, and nothing else is ever thrown.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseAllDocuments, stringify } from 'yaml';
import { loadScenarioText, runLoaded } from '../../src/run.js';
import { estimateCost } from '../../src/scenario/bounds.js';
import { formatDiagnostic, InputError } from '../../src/scenario/diagnostics.js';

export const SCENARIOS = readdirSync('scenarios')
  .filter((f) => f.endsWith('.yaml') && !f.includes('.study.'))
  .sort()
  .map((f) => ({ file: `scenarios/${f}`, text: readFileSync(`scenarios/${f}`, 'utf8') }));
const BASES = SCENARIOS.map((s) => parseAllDocuments(s.text).map((d) => d.toJSON() as unknown));

const ODD_VALUES: unknown[] = [
  '',
  ' ',
  '-1',
  '-1.5',
  '0',
  '1e309',
  'NaN',
  'Infinity',
  '999999999999h',
  '1ms',
  '0.0001ms',
  '-5s',
  '1h-1m',
  '\u0000',
  '\t=cmd',
  '=HYPERLINK("x")',
  '@SUM(1)',
  '+1',
  '../../etc/passwd',
  '/dev/zero',
  'deployment/',
  'node/nope',
  '💥',
  'x'.repeat(5000),
  '1'.repeat(400),
  '99999999999999999999Gi',
  '-1Gi',
  '1.5.5',
  'Ki',
  '0x10',
  '1e3m',
  'true',
  'null',
  '<script>alert(1)</script>',
  -1,
  0,
  0.5,
  -0.5,
  1e308,
  -1e308,
  2 ** 53,
  2 ** 53 + 2,
  1_000_000,
  100_000,
  1e-9,
  true,
  false,
  null,
  [],
  {},
  [[]],
  { a: { b: {} } },
];

export type Op = 'delete' | 'duplicate' | 'retype' | 'odd' | 'nest' | 'kind' | 'rename' | 'text' | 'tweak';
export interface Mutation {
  op: Op;
  pick: number;
  value: number;
  depth: number;
  word: string;
}
export interface Input {
  scenario: number;
  mutations: Mutation[];
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom<Op>('delete', 'duplicate', 'retype', 'odd', 'odd', 'nest', 'kind', 'rename', 'text', 'tweak', 'tweak', 'tweak'),
  pick: fc.nat(),
  value: fc.nat(),
  depth: fc.integer({ min: 1, max: 160 }),
  // Object.prototype's keys as names catch `record[userString]` lookups.
  word: fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'cpu', 'memory', 'pods', 'nvidia.com/gpu'),
  ),
});
export const inputArb: fc.Arbitrary<Input> = fc.record({
  scenario: fc.nat({ max: SCENARIOS.length - 1 }),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
});

type Slot = { parent: Record<string, unknown> | unknown[]; key: string | number };

function slots(v: unknown, out: Slot[] = []): Slot[] {
  if (Array.isArray(v))
    v.forEach((c, i) => {
      out.push({ parent: v, key: i });
      slots(c, out);
    });
  else if (v && typeof v === 'object')
    for (const [k, c] of Object.entries(v)) {
      out.push({ parent: v as Record<string, unknown>, key: k });
      slots(c, out);
    }
  return out;
}

function retype(v: unknown): unknown {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return Number.isNaN(Number(v)) ? [v] : Number(v);
  if (Array.isArray(v)) return Object.fromEntries(v.map((x, i) => [String(i), x]));
  if (v && typeof v === 'object') return Object.values(v);
  return { value: v };
}

function nest(v: unknown, depth: number, word: string): unknown {
  let out = v;
  for (let i = 0; i < depth; i++) out = i % 2 ? [out] : { [word || 'a']: out };
  return out;
}

/** The mutated scenario text (YAML, documents separated by ---). */
export function mutate(input: Input): string {
  const docs = structuredClone(BASES[input.scenario]);
  for (const m of input.mutations) {
    if (m.op === 'text') continue;
    const all = slots(docs);
    if (!all.length) break;
    const { parent, key } = all[m.pick % all.length];
    const get = () => (parent as Record<string | number, unknown>)[key];
    const put = (x: unknown) => {
      (parent as Record<string | number, unknown>)[key] = x;
    };
    switch (m.op) {
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key as string];
        break;
      case 'duplicate':
        if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(get()));
        else parent[`${String(key)}${m.word}`] = structuredClone(get());
        break;
      case 'retype':
        put(retype(get()));
        break;
      case 'odd':
        put(m.value % 7 === 0 ? m.word : structuredClone(ODD_VALUES[m.value % ODD_VALUES.length]));
        break;
      case 'nest':
        put(nest(get(), m.depth, m.word));
        break;
      case 'kind': {
        const d = docs[m.value % docs.length] as Record<string, unknown> | null;
        if (d && typeof d === 'object') d.kind = m.word || 'Podd';
        break;
      }
      case 'tweak': {
        // a plausible change: numbers scaled or zeroed, duration-like strings shifted
        const x = get();
        if (typeof x === 'number') put([0, 1, x * 2, Math.round(x / 3), x + 1, -x][m.value % 6]);
        else if (typeof x === 'string' && /^\d+(\.\d+)?(ms|s|m|h)$/.test(x)) put(['0s', '1ms', '10m', '90s', '2h', '500ms'][m.value % 6]);
        else if (typeof x === 'string' && /^\d+(m|Mi|Gi)?$/.test(x)) put(['0', '1', '100m', '64Mi', '16Gi', '2'][m.value % 6]);
        break;
      }
      case 'rename':
        if (!Array.isArray(parent)) {
          const x = get();
          delete parent[key as string];
          parent[m.word || `${String(key)}x`] = x;
        }
        break;
    }
  }
  let text: string = docs.map((d) => stringify(d, { aliasDuplicateObjects: false })).join('---\n');
  // Raw text damage: cut the file short or splice a character in.
  for (const m of input.mutations.filter((x) => x.op === 'text')) {
    const cut: number = m.pick % (text.length + 1);
    text = m.value % 2 ? text.slice(0, cut) : `${text.slice(0, cut)}${m.word || ':'}${text.slice(cut)}`;
  }
  return text;
}

export type Outcome = { code: 0 | 1 | 2; ran: boolean } | { crash: string };
const POSITIONED = /^\S.*:\d+:\d+ /;

/**
 * `validate` (load: schema and every feature's checks) on the text, then for a sample a run with charts off and the duration
 * capped. Exit codes as the CLI gives them; a crash is any other exception or an unpositioned diagnostic.
 */
export async function outcome(file: string, text: string, run: () => boolean): Promise<Outcome> {
  try {
    const s = loadScenarioText(file, text); // load = validate: schema and every feature's checks
    if (!run()) return { code: 0, ran: false };
    const c = estimateCost(s.manifest, s.source, s.objects, [...s.created.values()]);
    if (c.objects > 300) return { code: 0, ran: false };
    s.manifest.spec.duration = Math.min(s.manifest.spec.duration, 120_000);
    s.manifest.spec.sampleInterval = Math.max(s.manifest.spec.sampleInterval, 1000);
    const r = await runLoaded(s, { charts: false });
    return { code: r.expectations.every((e) => e.passed) ? 0 : 1, ran: true };
  } catch (e) {
    if (!(e instanceof InputError))
      return {
        crash: e instanceof Error ? `${e.name}: ${e.message.slice(0, 200)}\n${e.stack?.split('\n').slice(1, 4).join('\n')}` : String(e),
      };
    const bad = e.diagnostics.map(formatDiagnostic).find((l) => !POSITIONED.test(l));
    if (bad) return { crash: `diagnostic without a position: ${bad.slice(0, 200)}` };
    if (!e.diagnostics.some((d) => d.severity === 'error')) return { crash: 'InputError without an error' };
    return { code: 2, ran: false };
  }
}
