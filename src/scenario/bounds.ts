// The cost of a run, estimated before it starts: how many objects the cluster will hold and how many
// timeseries rows the report will get (objects × samples). Over the limits (defaults below, raised
// with --max-objects / --max-rows) the scenario is refused as bad input with a position, so that a
// typo such as `sampleInterval: 1ms` or `replicas: 1000000` never eats the machine's memory.
import type { Diagnostic } from './diagnostics.js';
import type { LoadedObject } from './load.js';
import type { ScenarioManifest } from './schema/scenario.js';
import { at, type PathSeg, type SourceDoc } from './source.js';

export interface Limits {
  /** Objects (nodes, pods at their most, workloads) a run may hold. */
  maxObjects: number;
  /** Timeseries rows (objects × samples) a run may record. */
  maxRows: number;
}

/** Defaults: 50,000 objects and 5,000,000 rows (every shipped scenario and study is far below). */
export const DEFAULT_LIMITS: Limits = { maxObjects: 50_000, maxRows: 5_000_000 };

export interface CostEstimate {
  objects: number;
  samples: number;
  rows: number;
  /** The single largest contributor to `objects`, for the message's position. */
  largest: { count: number; doc: SourceDoc; path: PathSeg[] };
}

type Spec = ScenarioManifest['spec'] & { nodePools?: Array<{ count: number }> };

export function estimateCost(
  manifest: ScenarioManifest,
  source: SourceDoc,
  objects: LoadedObject[],
  created: LoadedObject[],
): CostEstimate {
  const spec = manifest.spec as Spec;
  let total = 0;
  let largest: CostEstimate['largest'] = { count: 0, doc: source, path: ['spec'] };
  const add = (count: number, doc: SourceDoc, path: PathSeg[]) => {
    total += count;
    if (count > largest.count) largest = { count, doc, path };
  };
  (spec.nodePools ?? []).forEach((p, i) => add(p.count, source, ['spec', 'nodePools', i, 'count']));
  // A Deployment holds at most its largest replica count (file, scale actions, HPA maxReplicas),
  // plus its ReplicaSets (one per rollout: updates and redeploys).
  const peak = new Map<string, number>();
  spec.timeline.forEach((e) => {
    const s = (e as { scale?: { target: string; replicas: number } }).scale;
    if (s) {
      const n = s.target.split('/')[1];
      peak.set(n, Math.max(peak.get(n) ?? 0, s.replicas));
    }
  });
  const rollouts = spec.timeline.filter(
    (e) => (e as { update?: unknown; redeploy?: unknown }).update !== undefined || (e as { redeploy?: unknown }).redeploy !== undefined,
  ).length;
  for (const o of [...objects, ...created]) {
    const m = o.manifest as unknown as { spec?: { replicas?: number; maxReplicas?: number; scaleTargetRef?: { name?: string } } };
    if (o.kind === 'HorizontalPodAutoscaler' && m.spec?.scaleTargetRef?.name) {
      const n = m.spec.scaleTargetRef.name;
      peak.set(n, Math.max(peak.get(n) ?? 0, m.spec.maxReplicas ?? 0));
    }
  }
  for (const o of [...objects, ...created]) {
    const m = o.manifest as unknown as { spec?: { replicas?: number } };
    add(1, o.source, [...o.prefix]);
    if (o.kind === 'Deployment')
      add(Math.max(m.spec?.replicas ?? 1, peak.get(o.name) ?? 0) + 1, o.source, [...o.prefix, 'spec', 'replicas']);
  }
  total += rollouts;
  // One sample every sampleInterval from 0, plus the final one at the end; one cluster row each.
  const samples = Math.floor(spec.duration / spec.sampleInterval) + 2;
  return { objects: total, samples, rows: (total + 1) * samples, largest };
}

const fmt = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : String(n));

export function checkCost(
  manifest: ScenarioManifest,
  source: SourceDoc,
  objects: LoadedObject[],
  created: LoadedObject[],
  limits: Limits,
): Diagnostic[] {
  const c = estimateCost(manifest, source, objects, created);
  if (c.objects > limits.maxObjects) {
    return [
      at(
        c.largest.doc,
        c.largest.path,
        `the run would hold about ${fmt(c.objects)} objects (${fmt(c.largest.count)} here), over the limit of ${fmt(limits.maxObjects)}; raise it with --max-objects if the machine has the memory`,
      ),
    ];
  }
  if (c.rows > limits.maxRows) {
    return [
      at(
        source,
        ['spec', 'sampleInterval'],
        `the report would get about ${fmt(c.rows)} timeseries rows (${fmt(c.objects + 1)} objects × ${fmt(c.samples)} samples), over the limit of ${fmt(limits.maxRows)}; use a longer sampleInterval or a shorter duration, or raise the limit with --max-rows`,
      ),
    ];
  }
  return [];
}
