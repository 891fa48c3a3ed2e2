// Text output of `kubetwin recommend`.
import { formatBytes, formatCpu } from '../../model/quantity.js';
import type { Recommendation } from './recommend.js';
import type { RecommendResource } from './trace.js';

/** A value as a Kubernetes quantity: CPU in millicores/cores, memory in the binary form when exact. */
export function formatValue(resource: RecommendResource, v: number): string {
  return resource === 'cpu' ? formatCpu(v) : formatBytes(v);
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

export function formatRecommendation(file: string, resource: RecommendResource, r: Recommendation): string {
  const fmt = (v: number) => formatValue(resource, v);
  const lines = [`${file} (${resource})`];
  const span = r.from !== undefined && r.to !== undefined ? ` (minutes ${iso(r.from)} … ${iso(r.to)})` : '';
  lines.push(`per-minute samples in the last 7 days: ${r.samples}${span}`);
  if (r.p95 !== undefined) lines.push(`95th percentile: ${fmt(r.p95)}`);
  if (r.request !== undefined && r.limit !== undefined) {
    lines.push(`recommendation: request ${fmt(r.request)}, limit ${fmt(r.limit)}`);
    lines.push(`  resources: { requests: { ${resource}: ${fmt(r.request)} }, limits: { ${resource}: ${fmt(r.limit)} } }`);
    lines.push(`why: ${r.reason}`);
  } else lines.push(`no recommendation: ${r.reason}`);
  return `${lines.join('\n')}\n`;
}
