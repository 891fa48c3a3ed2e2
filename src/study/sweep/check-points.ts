// Loads the base scenario with each point's overrides, as a run would, and turns what the scenario
// loader rejects into problems positioned where the study file sets the offending value.
import { formatDiagnostic, InputError, sortDiagnostics, type Diagnostic } from '../../scenario/diagnostics.js';
import { loadScenarioText, type Scenario } from '../../run.js';
import { at, type PathSeg, type SourceDoc } from '../../scenario/source.js';
import { setExpr } from './expand.js';
import type { StudyManifest } from './schema.js';
import type { StudyPoint } from './types.js';

/** `--set path=value` origin → where the study file sets that value. */
export type Origins = Map<string, PathSeg[]>;

export function originsOf(spec: StudyManifest['spec'], pathOf: (key: string) => string): Origins {
  const out: Origins = new Map();
  const note = (path: string, value: unknown, where: PathSeg[]) => {
    const origin = `--set ${setExpr(path, value)}`;
    if (!out.has(origin)) out.set(origin, where);
  };
  for (const [k, v] of Object.entries(spec.set)) note(pathOf(k), v, ['spec', 'set', k]);
  for (const [k, vs] of Object.entries(spec.grid ?? {})) vs.forEach((v, i) => note(pathOf(k), v, ['spec', 'grid', k, i]));
  (spec.points ?? []).forEach((p, i) => {
    for (const [k, v] of Object.entries(p)) note(pathOf(k), v, ['spec', 'points', i, k]);
  });
  return out;
}

function tryLoad(file: string, text: string, set: string[]): Scenario | Diagnostic[] {
  try {
    return loadScenarioText(file, text, { set });
  } catch (e) {
    if (e instanceof InputError) return e.diagnostics.filter((d) => d.severity === 'error');
    throw e;
  }
}

/** A loader problem in study terms: at the study value for an override, else at `fallback` quoting the scenario's position. */
function translate(doc: SourceDoc, d: Diagnostic, origins: Origins, fallback: PathSeg[], context: string): Diagnostic {
  const where = origins.get(d.file);
  if (where)
    return at(doc, where, `${d.file.slice('--set '.length)} is rejected by the base scenario: ${d.path ? `${d.path}: ` : ''}${d.message}`);
  return at(doc, fallback, `${context}the base scenario rejects this point: ${formatDiagnostic(d)}`);
}

export function loadBase(
  doc: SourceDoc,
  file: string,
  text: string,
  fixed: ReadonlyArray<readonly [string, unknown]>,
  origins: Origins,
): Scenario {
  const r = tryLoad(
    file,
    text,
    fixed.map(([p, v]) => setExpr(p, v)),
  );
  if (!Array.isArray(r)) return r;
  throw new InputError(sortDiagnostics(r.map((d) => (d.file.startsWith('--set ') ? translate(doc, d, origins, ['spec', 'set'], '') : d))));
}

/** `firstListed`: index of the first point from `spec.points` (grid points come before it). */
export function checkPoints(
  doc: SourceDoc,
  file: string,
  text: string,
  points: readonly StudyPoint[],
  origins: Origins,
  firstListed: number,
): void {
  const seen = new Map<string, Diagnostic>();
  for (const p of points) {
    const r = tryLoad(file, text, p.set);
    if (!Array.isArray(r)) continue;
    const fallback: PathSeg[] = p.index >= firstListed ? ['spec', 'points', p.index - firstListed] : ['spec', 'grid'];
    const context = `point ${p.index} (${Object.entries(p.params)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(', ')}): `;
    for (const d of r) {
      const t = translate(doc, d, origins, fallback, context);
      const k = formatDiagnostic({ ...t, message: origins.has(d.file) ? t.message : formatDiagnostic(d) });
      if (!seen.has(k)) seen.set(k, t);
    }
  }
  if (seen.size) throw new InputError(sortDiagnostics([...seen.values()]));
}
