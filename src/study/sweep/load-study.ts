// Loads and checks a study file. Every problem — schema errors, unknown parameter paths, an empty
// grid, values the base scenario rejects, charts naming unknown metrics — is collected and thrown
// as one InputError with file:line:col positions, before any run starts.
import { dirname, resolve } from 'node:path';
import { formatPath, InputError, sortDiagnostics, type Diagnostic } from '../../scenario/diagnostics.js';
import { at, parseSource, type PathSeg, type SourceDoc } from '../../scenario/source.js';
import { issuesToDiagnostics } from '../../scenario/zod-issues.js';
import { canonicalJson } from '../../model/hash.js';
import { checkCharts } from './check-charts.js';
import { cartesian, expandPoints, sha256 } from './expand.js';
import { parseJsonPath } from './json-path.js';
import { checkParamPath, numericMismatch } from './param-paths.js';
import { studyManifest, type ParamValue, type StudyManifest } from './schema.js';
import type { ResolvedStudy, Study, StudyParameter } from './types.js';
import { checkPoints, loadBase, originsOf } from './check-points.js';
import { readInputFile } from '../../scenario/load.js';

export function loadStudyFile(file: string): Study {
  return loadStudyText(file, readInputFile(file)); // a regular file of bounded size, or InputError
}

function fail(diags: Diagnostic[]): never {
  throw new InputError(sortDiagnostics(diags));
}

function parseStudyDoc(file: string, text: string): { doc: SourceDoc; manifest: StudyManifest } {
  const parsed = parseSource(file, text);
  const diags = [...parsed.diagnostics];
  if (diags.some((d) => d.severity === 'error')) fail(diags);
  if (parsed.docs.length !== 1) {
    fail([
      {
        file,
        line: 1,
        col: 1,
        path: '',
        severity: 'error',
        message: `a study file holds exactly one document (kind: Study), found ${parsed.docs.length}`,
      },
    ]);
  }
  const doc = parsed.docs[0];
  const r = studyManifest.safeParse(doc.value, { reportInput: true });
  if (!r.success) fail(issuesToDiagnostics(doc, r.error.issues, [], studyManifest));
  return { doc, manifest: r.data };
}

export function loadStudyText(file: string, text: string): Study {
  const { doc, manifest } = parseStudyDoc(file, text);
  const spec = manifest.spec;
  const diags: Diagnostic[] = [];
  spec.metrics.forEach((m, i) => {
    if (spec.metrics.findIndex((x) => x.name === m.name) !== i)
      diags.push(at(doc, ['spec', 'metrics', i, 'name'], `metric "${m.name}" is named twice`));
    for (const key of ['path', 'divideBy'] as const) {
      const p = m[key] === undefined ? [] : parseJsonPath(m[key]);
      if (typeof p === 'string') diags.push(at(doc, ['spec', 'metrics', i, key], p));
    }
  });

  // The base scenario, with the fixed overrides.
  const scenarioFile = resolve(dirname(file), spec.scenario);
  let scenarioText: string;
  try {
    scenarioText = readInputFile(scenarioFile);
  } catch {
    fail([...diags, at(doc, ['spec', 'scenario'], `cannot read the base scenario ${scenarioFile}`)]);
  }
  const scenarioDocs = parseSource(scenarioFile, scenarioText).docs;

  // Parameters: aliases, then every key used in set / grid / points, in order of first use.
  const parameters: StudyParameter[] = [];
  const pathOf = (key: string) => spec.parameters[key] ?? key;
  const nameOf = (key: string) =>
    key in spec.parameters ? key : (Object.keys(spec.parameters).find((n) => spec.parameters[n] === key) ?? key);
  const checked = new Map<string, { base?: unknown; ok: boolean }>();
  const checkKey = (key: string, where: PathSeg[], keyOf?: string): boolean => {
    const path = pathOf(key);
    let c = checked.get(path);
    if (!c) {
      const r = checkParamPath(path, scenarioDocs);
      c = { base: r.base, ok: !r.error };
      checked.set(path, c);
      if (r.error) diags.push(keyAt(doc, where, keyOf, r.error));
    }
    return c.ok;
  };
  const checkValue = (key: string, value: unknown, where: PathSeg[]) => {
    const c = checked.get(pathOf(key));
    const m = c?.ok ? numericMismatch(c.base, value) : undefined;
    if (m) diags.push(at(doc, where, `${nameOf(key)}: ${m}`));
  };
  const use = (key: string) => {
    const name = nameOf(key);
    if (!parameters.some((p) => p.name === name)) parameters.push({ name, path: pathOf(key) });
    return name;
  };

  const fixed: Array<[string, unknown]> = [];
  for (const [key, value] of Object.entries(spec.set)) {
    if (checkKey(key, ['spec', 'set'], key)) checkValue(key, value, ['spec', 'set', key]);
    fixed.push([pathOf(key), value]);
  }
  const fixedPaths = new Set(fixed.map(([p]) => p));

  const axes: Array<[string, ParamValue[]]> = [];
  for (const [key, values] of Object.entries(spec.grid ?? {})) {
    if (!values.length) diags.push(at(doc, ['spec', 'grid', key], `empty grid: parameter "${key}" has no values`));
    if (fixedPaths.has(pathOf(key))) diags.push(keyAt(doc, ['spec', 'grid'], key, `"${key}" is also fixed in spec.set`));
    if (checkKey(key, ['spec', 'grid'], key)) values.forEach((v, i) => checkValue(key, v, ['spec', 'grid', key, i]));
    axes.push([use(key), values]);
  }
  const rows = cartesian(axes);
  (spec.points ?? []).forEach((p, i) => {
    const row: Record<string, ParamValue> = {};
    for (const [key, value] of Object.entries(p)) {
      if (checkKey(key, ['spec', 'points', i], key)) checkValue(key, value, ['spec', 'points', i, key]);
      row[use(key)] = value;
    }
    rows.push(row);
  });
  if (spec.grid !== undefined && !Object.keys(spec.grid).length)
    diags.push(at(doc, ['spec', 'grid'], 'empty grid: name at least one parameter with its values'));
  if (!rows.length && !diags.some((d) => d.message.startsWith('empty grid'))) {
    diags.push(at(doc, ['spec'], 'empty grid: the study has no points (add spec.grid or spec.points)'));
  }
  diags.push(...checkCharts(doc, spec, parameters, rows));
  if (diags.length) fail(diags);

  // The base scenario and every point: values the scenario rejects, reported where the study sets them.
  const origins = originsOf(spec, pathOf);
  const base = loadBase(doc, scenarioFile, scenarioText, fixed, origins);
  const points = expandPoints({
    parameters,
    fixed,
    rows,
    baseSeed: spec.seed ?? base.manifest.spec.seed,
    seeds: spec.seeds,
    replications: spec.replications,
    scenarioText,
    metrics: spec.metrics,
  });
  checkPoints(doc, scenarioFile, scenarioText, points, origins, rows.length - (spec.points?.length ?? 0));
  const body = {
    name: manifest.metadata.name,
    description: spec.description,
    scenario: spec.scenario,
    replications: spec.replications,
    parameters,
    points,
    metrics: spec.metrics,
    charts: spec.charts ?? [],
  };
  const resolved: ResolvedStudy = { ...body, fingerprint: sha256(canonicalJson(body)) };
  return { file, scenarioFile, scenarioText, resolved };
}

function keyAt(doc: SourceDoc, where: PathSeg[], keyOf: string | undefined, message: string): Diagnostic {
  const loc = doc.locate(where, keyOf);
  return {
    file: loc.origin ?? doc.file,
    line: loc.line,
    col: loc.col,
    path: formatPath([...where, ...(keyOf ? [keyOf] : [])]),
    severity: 'error',
    message,
  };
}
