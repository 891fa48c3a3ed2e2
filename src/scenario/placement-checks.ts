// Placement at load time: priority admission (priorityClassName → spec.priority and
// preemptionPolicy, k8s v1.28 plugin/pkg/admission/priority/admission.go) and warnings for pod
// fields that would change placement in Kubernetes but that kubetwin does not simulate.
import type { Diagnostic } from './diagnostics.js';
import type { LoadedObject } from './load.js';
import type { PriorityClassManifest } from './schema/priority-class.js';
import { at, type PathSeg } from './source.js';

/** k8s scheduling.SystemPriorityClasses (v1.28). */
export const SYSTEM_PRIORITY_CLASSES: Readonly<Record<string, number>> = {
  'system-cluster-critical': 2_000_000_000,
  'system-node-critical': 2_000_001_000,
};

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
        if (nonEmpty(port.hostPort)) warn([list, i, 'ports', j, 'hostPort'], 'hostPort is not simulated: Kubernetes would keep pods with the same host port apart (NodePorts)');
      });
      if (nonEmpty(c.resources.claims)) warn([list, i, 'resources', 'claims'], 'resource claims are not simulated: Kubernetes would place the pod where its claims can be allocated');
    });
  }
  if (nonEmpty(spec.hostNetwork)) warn(['hostNetwork'], 'hostNetwork is not simulated: Kubernetes would keep pods using the same host ports apart (NodePorts)');
  if (Array.isArray(spec.volumes)) {
    spec.volumes.forEach((v, i) => {
      const kinds = Object.keys((v ?? {}) as object).filter((k) => !NEUTRAL_VOLUMES.has(k));
      if (kinds.length > 0) warn(['volumes', i, kinds[0]], `${kinds[0]} volumes are not simulated: Kubernetes would place the pod where the volume can be attached (volume binding, zone and limits)`);
    });
  }
  if (nonEmpty(spec.schedulingGates)) warn(['schedulingGates'], 'schedulingGates are not simulated: Kubernetes would not schedule the pod until they are removed');
  if (nonEmpty(spec.resourceClaims)) warn(['resourceClaims'], 'resourceClaims are not simulated: Kubernetes would place the pod where its claims can be allocated');
  if (nonEmpty(spec.runtimeClassName)) warn(['runtimeClassName'], "runtimeClassName is not simulated: the RuntimeClass's overhead and node selection would change placement");
  return out;
}

// k8s priority admission: resolve the class (or the global default), set priority and policy.
function admitPriority(o: LoadedObject, spec: PodSpecLike, path: PathSeg[], classes: Map<string, PriorityClassManifest>): Diagnostic[] {
  const err = (p: PathSeg, msg: string) => [at(o.source, [...path, p], msg)];
  let value = 0;
  let policy: 'PreemptLowerPriority' | 'Never' = 'PreemptLowerPriority';
  const name = spec.priorityClassName;
  if (name === undefined) {
    const def = [...classes.values()].find((c) => c.globalDefault);
    if (def) { value = def.value; policy = def.preemptionPolicy; }
  } else if (name in SYSTEM_PRIORITY_CLASSES) {
    value = SYSTEM_PRIORITY_CLASSES[name];
  } else {
    const pc = classes.get(name);
    if (!pc) return err('priorityClassName', `no PriorityClass with name ${name} was found`);
    value = pc.value;
    policy = pc.preemptionPolicy;
  }
  if (spec.priority !== undefined && spec.priority !== value) {
    return err('priority', `the integer value of priority (${spec.priority}) must not be provided in pod spec; priority admission controller computed ${value} from the given PriorityClass name`);
  }
  if (spec.preemptionPolicy !== undefined && spec.preemptionPolicy !== policy) {
    return err('preemptionPolicy', `the string value of PreemptionPolicy (${spec.preemptionPolicy}) must not be provided in pod spec; priority admission controller computed ${policy} from the given PriorityClass name`);
  }
  spec.priority = value;
  spec.preemptionPolicy = policy;
  return [];
}

export function placementChecks(all: readonly LoadedObject[]): Diagnostic[] {
  const classes = new Map<string, PriorityClassManifest>();
  const out: Diagnostic[] = [];
  for (const o of all) {
    if (o.kind !== 'PriorityClass') continue;
    const pc = o.manifest as unknown as PriorityClassManifest;
    if (pc.globalDefault && [...classes.values()].some((c) => c.globalDefault)) {
      out.push(at(o.source, [...o.prefix, 'globalDefault'], 'PriorityClass with globalDefault already exists'));
    }
    classes.set(o.name, pc);
  }
  for (const o of all) {
    const ps = podSpecOf(o);
    if (!ps) continue;
    out.push(...admitPriority(o, ps.spec, ps.path, classes), ...placementWarnings(o, ps.spec, ps.path));
  }
  return out;
}
