// Object references in scenario files: `kind/name`, e.g. `deployment/web`, `pod/extra`, `node/node-1`.
import { z } from 'zod';

export const KINDS = [
  'Node',
  'Pod',
  'Deployment',
  'Service',
  'HorizontalPodAutoscaler',
  'ReplicaSet',
  'DaemonSet',
  'StatefulSet',
  'Job',
  'CronJob',
  'PodDisruptionBudget',
  'PriorityClass',
] as const;
export type Kind = (typeof KINDS)[number];

export interface ObjectRef {
  kind: Kind;
  name: string;
}

const byLower = new Map<string, Kind>(KINDS.map((k) => [k.toLowerCase(), k]));
byLower.set('hpa', 'HorizontalPodAutoscaler');

export function parseRef(text: string): ObjectRef | undefined {
  const m = /^([A-Za-z]+)\/([a-z0-9][-a-z0-9.]*)$/.exec(text);
  const kind = m ? byLower.get(m[1].toLowerCase()) : undefined;
  return kind && m ? { kind, name: m[2] } : undefined;
}

export const objectRef = z.string().transform((s, ctx) => {
  const r = parseRef(s);
  if (!r) {
    ctx.addIssue({ code: 'custom', message: `"${s}" is not an object reference (expected kind/name, kind one of ${KINDS.join(', ')})` });
    return z.NEVER;
  }
  return r;
});
