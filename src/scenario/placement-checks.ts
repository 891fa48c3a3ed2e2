// Placement at load time: warnings for pod fields that would change placement in Kubernetes but
// that kubetwin does not simulate. (Priority admission runs in the simulation: features/priority-classes.)
import type { Diagnostic } from './diagnostics.js';
import type { LoadedObject } from './load.js';
import { at, type PathSeg } from './source.js';

interface PodSpecLike {
  priority?: number;
  priorityClassName?: string;
  preemptionPolicy?: 'PreemptLowerPriority' | 'Never';
  hostNetwork?: unknown;
  volumes?: unknown;
  schedulingGates?: unknown;
  resourceClaims?: unknown;
  runtimeClassName?: unknown;
  containers: Array<{ ports: Array<{ hostPort?: unknown }>; resources: { claims?: unknown } }>;
  initContainers: Array<{ ports: Array<{ hostPort?: unknown }>; resources: { claims?: unknown } }>;
}

/** The pod spec an object carries (a Pod's spec, or a workload's spec.template.spec) and its path. */
export function podSpecOf(o: LoadedObject): { spec: PodSpecLike; path: PathSeg[] } | undefined {
  const m = o.manifest as { spec?: { template?: { spec?: unknown } } };
  if (o.kind === 'Pod') return { spec: m.spec as unknown as PodSpecLike, path: [...o.prefix, 'spec'] };
  if (m.spec?.template?.spec && typeof m.spec.template.spec === 'object') {
    return { spec: m.spec.template.spec as PodSpecLike, path: [...o.prefix, 'spec', 'template', 'spec'] };
  }
  return undefined;
}

// Volumes that only carry data into the pod; any other source can constrain placement
// (VolumeBinding, VolumeZone, VolumeRestrictions, NodeVolumeLimits).
const NEUTRAL_VOLUMES = new Set(['name', 'emptyDir', 'configMap', 'secret', 'downwardAPI', 'projected']);

const nonEmpty = (v: unknown): boolean => v !== undefined && v !== null && v !== false && !(Array.isArray(v) && v.length === 0);

function placementWarnings(o: LoadedObject, spec: PodSpecLike, path: PathSeg[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const warn = (p: PathSeg[], msg: string) => out.push(at(o.source, [...path, ...p], msg, 'warning'));
  for (const list of ['containers', 'initContainers'] as const) {
    spec[list].forEach((c, i) => {
      c.ports.forEach((port, j) => {
        if (nonEmpty(port.hostPort))
          warn(
            [list, i, 'ports', j, 'hostPort'],
            'hostPort is not simulated: Kubernetes would keep pods with the same host port apart (NodePorts)',
          );
      });
      if (nonEmpty(c.resources.claims))
        warn(
          [list, i, 'resources', 'claims'],
          'resource claims are not simulated: Kubernetes would place the pod where its claims can be allocated',
        );
    });
  }
  if (nonEmpty(spec.hostNetwork))
    warn(['hostNetwork'], 'hostNetwork is not simulated: Kubernetes would keep pods using the same host ports apart (NodePorts)');
  if (Array.isArray(spec.volumes)) {
    spec.volumes.forEach((v, i) => {
      const kinds = Object.keys((v ?? {}) as object).filter((k) => !NEUTRAL_VOLUMES.has(k));
      if (kinds.length > 0)
        warn(
          ['volumes', i, kinds[0]],
          `${kinds[0]} volumes are not simulated: Kubernetes would place the pod where the volume can be attached (volume binding, zone and limits)`,
        );
    });
  }
  if (nonEmpty(spec.schedulingGates))
    warn(['schedulingGates'], 'schedulingGates are not simulated: Kubernetes would not schedule the pod until they are removed');
  if (nonEmpty(spec.resourceClaims))
    warn(['resourceClaims'], 'resourceClaims are not simulated: Kubernetes would place the pod where its claims can be allocated');
  if (nonEmpty(spec.runtimeClassName))
    warn(['runtimeClassName'], "runtimeClassName is not simulated: the RuntimeClass's overhead and node selection would change placement");
  return out;
}

export function placementChecks(all: readonly LoadedObject[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const o of all) {
    const ps = podSpecOf(o);
    if (ps) out.push(...placementWarnings(o, ps.spec, ps.path));
  }
  return out;
}
