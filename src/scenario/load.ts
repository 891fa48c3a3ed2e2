// Scenario loading: parse (positions kept) → apply `--set` overrides → validate every document →
// collect every problem. Either a whole valid Scenario comes back, or an InputError listing all
// problems as file:line:col path: message. Nothing is run or written on error.
import { readFileSync, statSync } from 'node:fs';
import type { z } from 'zod';
import { parse as parseYamlScalar } from 'yaml';
import { InputError, sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { at, parseSource, type PathSeg, type SourceDoc } from './source.js';
import { objectSchemasFor } from './schema/objects.js';
import type { ScenarioFeature, SeriesDeclaration } from './feature.js';
import type { ScenarioManifest } from './schema/scenario.js';
import { fieldVocabulary, issuesToDiagnostics, suggest } from './zod-issues.js';
import { crossChecks } from './cross-checks.js';
import { checkCost, DEFAULT_LIMITS, type Limits } from './bounds.js';
import { timelineNames } from './timeline-names.js';

export interface LoadedObject {
  kind: string;
  name: string;
  /** The validated manifest (zod output: defaults applied, quantities as integers). */
  manifest: Record<string, unknown> & { metadata: { name: string; namespace?: string; labels?: Record<string, string> } };
  /** Where it came from, for later warnings. */
  source: SourceDoc;
  /** Path prefix inside the source document (non-empty for timeline `create` objects). */
  prefix: PathSeg[];
  /** Set on an object of a kind no feature simulates (accepted as-is, manifest unvalidated). */
  notSimulated?: true;
}

export interface Scenario {
  file: string;
  manifest: ScenarioManifest;
  /** Objects present at time 0, in file order. */
  objects: LoadedObject[];
  /** Objects created by the timeline, by timeline index. */
  created: Map<number, LoadedObject>;
  /**
   * Objects of kinds no feature simulates (ConfigMap, Role, Ingress, CRDs…), at time 0 and from the
   * timeline: accepted and ignored by the run; a feature reports them.
   */
  unsimulated: LoadedObject[];
  warnings: Diagnostic[];
  /** The Scenario document's source, for positioning later (post-build) diagnostics. */
  source: SourceDoc;
  /** Folders trace files may come from besides the scenario's own (--allow-path). */
  allowPaths: string[];
}

export interface LoadOptions {
  /** `path=value` overrides, as given to `--set`. */
  set?: string[];
  seed?: string | number;
  /** Cost limits (defaults: DEFAULT_LIMITS), raised by --max-objects / --max-rows. */
  limits?: Partial<Limits>;
  /** Folders trace files may come from besides the scenario's own (--allow-path). */
  allowPaths?: string[];
  /** Diagnostics with code `not-simulated` become errors (`--strict`). */
  strict?: boolean;
}

/** The schemas of a feature set: kind → manifest schema, and the field names for suggestions. */
export interface ScenarioSchemas {
  features: readonly ScenarioFeature[];
  objectSchemas: Record<string, z.ZodType>;
  vocabulary: Set<string>;
}

const schemaCache = new WeakMap<readonly ScenarioFeature[], ScenarioSchemas>();

export function scenarioSchemas(features: readonly ScenarioFeature[]): ScenarioSchemas {
  let s = schemaCache.get(features);
  if (!s) {
    const objectSchemas = objectSchemasFor(features);
    s = { features, objectSchemas, vocabulary: fieldVocabulary(Object.values(objectSchemas)) };
    schemaCache.set(features, s);
  }
  return s;
}

/** Largest scenario file accepted (bytes). */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;
const TOO_LARGE = `is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB; kubetwin refuses larger scenario files`;

export function loadScenarioFile(file: string, features: readonly ScenarioFeature[], opts: LoadOptions = {}): Scenario {
  return loadScenarioText(file, readInputFile(file), features, opts);
}

/** Reads a scenario or study file: a regular file of at most MAX_FILE_BYTES, or InputError. */
export function readInputFile(file: string): string {
  const fail = (message: string): never => {
    throw new InputError([{ file, line: 0, col: 0, path: '', severity: 'error', message }]);
  };
  let text = '';
  try {
    const st = statSync(file);
    if (!st.isFile()) fail('is not a regular file');
    if (st.size > MAX_FILE_BYTES) fail(TOO_LARGE);
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? 'file not found' : `cannot read file (${code})`);
  }
  return text;
}

export function loadScenarioText(file: string, text: string, features: readonly ScenarioFeature[], opts: LoadOptions = {}): Scenario {
  if (text.length > MAX_FILE_BYTES) throw new InputError([{ file, line: 0, col: 0, path: '', severity: 'error', message: TOO_LARGE }]);
  const schemas = scenarioSchemas(features);
  const parsed = parseSource(file, text);
  const diags: Diagnostic[] = [...parsed.diagnostics];
  if (!diags.some((d) => d.severity === 'error')) applyOverrides(parsed.docs, opts.set ?? [], diags, schemas);

  const objects: LoadedObject[] = [];
  const unsimulated: LoadedObject[] = [];
  let scenarioDoc: { manifest: ScenarioManifest; source: SourceDoc } | undefined;
  for (const doc of parsed.docs) {
    const obj = validateObject(doc, doc.value, [], diags, schemas);
    if (!obj) continue;
    if (obj.notSimulated) unsimulated.push(obj);
    else if (obj.kind === 'Scenario') {
      if (scenarioDoc) diags.push(at(doc, ['kind'], 'a file holds exactly one Scenario document; this is the second'));
      else scenarioDoc = { manifest: obj.manifest as unknown as ScenarioManifest, source: doc };
    } else objects.push(obj);
  }
  if (!scenarioDoc && !diags.some((d) => d.severity === 'error')) {
    diags.push({
      file,
      line: 1,
      col: 1,
      path: '',
      severity: 'error',
      message: 'no Scenario document found (add one with apiVersion: kubetwin.io/v1alpha1, kind: Scenario)',
    });
  }
  const created = new Map<number, LoadedObject>();
  if (scenarioDoc) {
    scenarioDoc.manifest.spec.timeline.forEach((entry, i) => {
      const raw = (entry as { create?: unknown }).create;
      if (raw === undefined) return;
      const obj = validateObject(scenarioDoc!.source, raw, ['spec', 'timeline', i, 'create'], diags, schemas);
      if (obj?.kind === 'Scenario')
        diags.push(at(scenarioDoc!.source, ['spec', 'timeline', i, 'create', 'kind'], 'a timeline cannot create a Scenario'));
      else if (obj?.notSimulated) unsimulated.push(obj);
      else if (obj) created.set(i, obj);
    });
    if (opts.seed !== undefined) scenarioDoc.manifest.spec.seed = opts.seed;
    diags.push(...crossChecks(scenarioDoc.manifest, objects, created));
    if (!diags.some((d) => d.severity === 'error')) {
      diags.push(
        ...checkCost(scenarioDoc.manifest, scenarioDoc.source, objects, [...created.values()], { ...DEFAULT_LIMITS, ...opts.limits }),
      );
    }
  }
  if (diags.some((d) => d.severity === 'error') || !scenarioDoc) throw new InputError(sortDiagnostics(diags));
  const scenario: Scenario = {
    file,
    manifest: scenarioDoc.manifest,
    objects,
    created,
    unsimulated,
    warnings: [],
    source: scenarioDoc.source,
    allowPaths: opts.allowPaths ?? [],
  };
  // Every feature's own checks, on the whole valid document (cross references, bounds).
  const ctx = {
    series: () => features.flatMap((f): SeriesDeclaration[] => f.series?.(scenario) ?? []),
    names: timelineNames(
      scenario,
      features.flatMap((f) => f.initialObjects?.(scenario) ?? []),
    ),
  };
  for (const f of features) diags.push(...(f.validate?.(scenario, ctx) ?? []));
  if (opts.strict) for (const d of diags) if (d.code === 'not-simulated') d.severity = 'error';
  if (diags.some((d) => d.severity === 'error')) throw new InputError(sortDiagnostics(diags));
  scenario.warnings = sortDiagnostics(diags);
  return scenario;
}

function validateObject(
  doc: SourceDoc,
  value: unknown,
  prefix: PathSeg[],
  diags: Diagnostic[],
  { objectSchemas }: ScenarioSchemas,
): LoadedObject | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    diags.push(at(doc, prefix, 'expected an object with apiVersion and kind'));
    return undefined;
  }
  const kind = (value as { kind?: unknown }).kind;
  const schema = typeof kind === 'string' && Object.hasOwn(objectSchemas, kind) ? objectSchemas[kind] : undefined; // never Object.prototype's keys
  if (!schema) return acceptUnsimulated(doc, value as Record<string, unknown>, prefix, diags, Object.keys(objectSchemas));
  const r = schema.safeParse(value, { reportInput: true });
  if (!r.success) {
    diags.push(...issuesToDiagnostics(doc, r.error.issues, prefix, schema));
    return undefined;
  }
  const manifest = r.data as LoadedObject['manifest'];
  return { kind: kind as string, name: manifest.metadata.name, manifest, source: doc, prefix };
}

/**
 * An object of a kind no feature simulates. Like `kubectl apply`, any object with apiVersion, kind
 * and metadata.name is accepted (ConfigMap, Role, Ingress, a CRD or a custom resource); it is kept
 * aside for the report of what is not simulated. A kind one typo away from a simulated kind, or an
 * unknown kind of kubetwin's own API group, is an error instead.
 */
function acceptUnsimulated(
  doc: SourceDoc,
  value: Record<string, unknown>,
  prefix: PathSeg[],
  diags: Diagnostic[],
  known: string[],
): LoadedObject | undefined {
  const { kind, apiVersion } = value;
  const name = (value.metadata as { name?: unknown } | undefined)?.name;
  const fail = (path: PathSeg[], message: string, code = 'unknown-kind') => {
    diags.push({ ...at(doc, [...prefix, ...path], message), code });
    return undefined;
  };
  if (typeof kind !== 'string' || kind === '')
    return fail(['kind'], `kind is required (one of ${known.join(', ')}, or any other Kubernetes kind)`, 'required');
  const s = suggest(kind, known);
  if (s && s !== kind) return fail(['kind'], `unknown kind "${kind}" (did you mean "${s}"?)`);
  if (typeof apiVersion !== 'string' || apiVersion === '') return fail(['apiVersion'], 'apiVersion is required', 'required');
  if (apiVersion.startsWith('kubetwin.io/'))
    return fail(['kind'], `unknown kind "${kind}" in ${apiVersion}; kubetwin.io defines only Scenario`);
  if (typeof name !== 'string' || name === '') return fail(['metadata', 'name'], 'metadata.name is required', 'required');
  const manifest = { ...value, metadata: { ...(value.metadata as object), name } } as LoadedObject['manifest'];
  return { kind, name, manifest, source: doc, prefix, notSimulated: true };
}

/** `--set target.path=value`: target is `spec.…`/`metadata.…` (the Scenario) or `kind/name.path`. */
function applyOverrides(docs: SourceDoc[], sets: string[], diags: Diagnostic[], schemas: ScenarioSchemas): void {
  for (const expr of sets) {
    const origin = `--set ${expr}`;
    const fail = (message: string) => diags.push({ file: origin, line: 0, col: 0, path: '', severity: 'error', message });
    const eq = expr.indexOf('=');
    if (eq <= 0) {
      fail('expected path=value');
      continue;
    }
    const target = parseSetPath(expr.slice(0, eq), Object.keys(schemas.objectSchemas));
    if (!target) {
      fail('expected a path such as spec.seed, deployment/web.spec.replicas or node/node-1.status.capacity.cpu');
      continue;
    }
    const doc = docs.find((d) => matches(d.value, target.kind, target.name));
    if (!doc) {
      fail(target.kind === 'Scenario' ? 'no Scenario document to override' : `no ${target.kind} named "${target.name}" in the scenario`);
      continue;
    }
    let value: unknown;
    try {
      value = parseYamlScalar(expr.slice(eq + 1));
    } catch {
      value = expr.slice(eq + 1);
    }
    doc.set(target.path, value, origin);
  }
}

export interface SetPath {
  kind: string;
  name?: string;
  path: PathSeg[];
}

export function parseSetPath(text: string, kinds: readonly string[]): SetPath | undefined {
  const m = /^(?:([A-Za-z]+)\/([a-z0-9][-a-z0-9.]*?)\.)?((?:spec|metadata|status)(?:\.[^.\s]+|\[\d+\])*)$/.exec(text);
  if (!m) return undefined;
  const path = m[3]
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  if (!m[1]) return { kind: 'Scenario', path };
  const kind =
    kinds.find((k) => k.toLowerCase() === m[1].toLowerCase()) ?? (m[1].toLowerCase() === 'hpa' ? 'HorizontalPodAutoscaler' : m[1]);
  return { kind, name: m[2], path };
}

function matches(v: unknown, kind: string, name?: string): boolean {
  const o = v as { kind?: unknown; metadata?: { name?: unknown } } | null;
  return !!o && o.kind === kind && (name === undefined || o.metadata?.name === name);
}
