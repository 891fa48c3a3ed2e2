// Checks a study parameter's `--set` path against the base scenario before anything runs: the path
// must parse, its object must exist, and the field must exist there (or be a field the scenario
// format knows, under a parent that exists), so a typo is caught with a "did you mean".
import { FEATURES } from '../../features/index.js';
import { parseSetPath, scenarioSchemas } from '../../scenario/load.js';
import { suggest } from '../../scenario/zod-issues.js';
import type { PathSeg, SourceDoc } from '../../scenario/source.js';
import { parseQuantity } from '../../model/quantity.js';

function knownFields(): Set<string> {
  return scenarioSchemas(FEATURES).vocabulary;
}

export interface PathCheck {
  /** The value at the path in the base scenario (undefined when the field is absent there). */
  base?: unknown;
  error?: string;
}

function docLabel(d: SourceDoc): string {
  const v = d.value as { kind?: unknown; metadata?: { name?: unknown } } | null;
  return v?.kind === 'Scenario' ? 'the Scenario' : `${String(v?.kind ?? '?').toLowerCase()}/${String(v?.metadata?.name ?? '?')}`;
}

function findDoc(docs: readonly SourceDoc[], kind: string, name?: string): SourceDoc | undefined {
  return docs.find((d) => {
    const v = d.value as { kind?: unknown; metadata?: { name?: unknown } } | null;
    return !!v && v.kind === kind && (name === undefined || v.metadata?.name === name);
  });
}

export function checkParamPath(path: string, docs: readonly SourceDoc[]): PathCheck {
  const target = parseSetPath(path, Object.keys(scenarioSchemas(FEATURES).objectSchemas));
  if (!target)
    return { error: `"${path}" is not a --set path (e.g. spec.duration, deployment/web.spec.replicas, node/node-1.status.capacity.cpu)` };
  const doc = findDoc(docs, target.kind, target.name);
  if (!doc) {
    const names = docs.map(docLabel).filter((l) => l !== 'the Scenario');
    const wanted = `${target.kind.toLowerCase()}/${target.name}`;
    const s = target.kind === 'Scenario' ? undefined : suggest(wanted, names);
    return { error: `unknown parameter path "${path}": the base scenario has no ${wanted}${s ? ` (did you mean "${s}"?)` : ''}` };
  }
  let value: unknown = doc.value;
  const walked: PathSeg[] = [];
  for (const [i, seg] of target.path.entries()) {
    const last = i === target.path.length - 1;
    const container = value as Record<string | number, unknown> | null;
    const has =
      container !== null &&
      typeof container === 'object' &&
      (typeof seg === 'number' ? Array.isArray(container) && seg < container.length : !Array.isArray(container) && seg in container);
    if (has) {
      value = container![seg];
      walked.push(seg);
      continue;
    }
    const where = `${docLabel(doc)}${walked.length ? ` at ${walked.join('.')}` : ''}`;
    // An absent last field is fine when the scenario format knows it (e.g. spec.seed left at its default).
    if (
      last &&
      typeof seg === 'string' &&
      container &&
      typeof container === 'object' &&
      !Array.isArray(container) &&
      knownFields().has(seg)
    )
      return {};
    const keys = container && typeof container === 'object' && !Array.isArray(container) ? Object.keys(container) : [];
    const s = typeof seg === 'string' ? suggest(seg, keys) : undefined;
    return { error: `unknown parameter path "${path}": ${where} has no "${String(seg)}"${s ? ` (did you mean "${s}"?)` : ''}` };
  }
  return { base: value };
}

function isQuantity(text: string): boolean {
  try {
    parseQuantity(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * A value for a field that holds a number in the base scenario must be numeric too: a number, or
 * text that reads as one (a Kubernetes quantity such as "500m" counts).
 */
export function numericMismatch(base: unknown, value: unknown): string | undefined {
  if (typeof base !== 'number') return undefined;
  if (typeof value === 'number') return undefined;
  if (typeof value === 'string' && value.trim() !== '' && (Number.isFinite(Number(value)) || isQuantity(value))) return undefined;
  return `expected a number (the base scenario has ${base} here), got ${JSON.stringify(value)}`;
}
