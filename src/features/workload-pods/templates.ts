// Where each workload kind keeps its pod template in a manifest (for checks that look at every pod
// a scenario can create).
import type { LoadedObject } from '../../scenario/load.js';
import type { PathSeg } from '../../scenario/source.js';

export const TEMPLATE_PATHS: Readonly<Record<string, PathSeg[]>> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/** The pod spec (as validated) of an object that creates pods, and its path; undefined for other kinds. */
export function podSpecOf(o: LoadedObject): { spec: Record<string, unknown>; path: PathSeg[] } | undefined {
  const path = TEMPLATE_PATHS[o.kind];
  if (!path) return undefined;
  let v: unknown = o.manifest;
  for (const seg of path) v = (v as Record<string | number, unknown> | undefined)?.[seg];
  return v && typeof v === 'object' ? { spec: v as Record<string, unknown>, path } : undefined;
}
