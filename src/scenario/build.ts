// Validated manifests → the plain model types the simulation runs on.
import { resolveCommand, type ImageDefaults } from '../model/command.js';
import type { ContainerSpec, NodeSpec, PodObject, PodSpec, PodTemplate } from '../model/types.js';
import type { NodeManifest } from './schema/node.js';
import type { ContainerInput, PodManifest, PodSpecInput } from './schema/pod.js';

/** Kubelet default maxPods (pkg/kubelet/apis/config/v1beta1/defaults.go). */
export const DEFAULT_MAX_PODS = 110;

/**
 * The labels every kubelet puts on its Node (v1.28 kubelet_node_status.go initialNode): hostname,
 * and the OS and architecture it runs on (stable and deprecated beta keys). kubetwin's nodes are
 * linux/amd64. A label the manifest sets wins.
 */
export function kubeletNodeLabels(name: string): Record<string, string> {
  return {
    'kubernetes.io/hostname': name,
    'kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'beta.kubernetes.io/arch': 'amd64',
  };
}

export function buildNode(m: NodeManifest): NodeSpec {
  const capacity = { pods: DEFAULT_MAX_PODS, ...m.status.capacity };
  return {
    name: m.metadata.name,
    labels: { ...kubeletNodeLabels(m.metadata.name), ...m.metadata.labels },
    taints: m.spec.taints.map((t) => ({ key: t.key, value: t.value, effect: t.effect })),
    unschedulable: m.spec.unschedulable,
    capacity,
    allocatable: { ...capacity, ...(m.status.allocatable ?? {}) },
  };
}

export function buildContainer(c: ContainerInput, images: Readonly<Record<string, ImageDefaults>>): ContainerSpec {
  return {
    name: c.name,
    image: c.image,
    command: c.command,
    args: c.args,
    resolvedCommand: resolveCommand(c.command, c.args, images[c.image]),
    env: Object.fromEntries(c.env.map((e) => [e.name, e.value ?? ''])),
    ports: c.ports.map((p) => ({ name: p.name, containerPort: p.containerPort, protocol: p.protocol })),
    requests: c.resources.requests,
    limits: c.resources.limits,
    livenessProbe: c.livenessProbe,
    readinessProbe: c.readinessProbe,
    startupProbe: c.startupProbe,
    restartPolicy: c.restartPolicy,
  };
}

export function buildPodSpec(s: PodSpecInput, images: Readonly<Record<string, ImageDefaults>>): PodSpec {
  return {
    containers: s.containers.map((c) => buildContainer(c, images)),
    initContainers: s.initContainers.map((c) => buildContainer(c, images)),
    restartPolicy: s.restartPolicy,
    nodeName: s.nodeName,
    nodeSelector: s.nodeSelector,
    affinity:
      s.affinity && (s.affinity.nodeAffinity || s.affinity.podAffinity || s.affinity.podAntiAffinity)
        ? {
            nodeAffinity: s.affinity.nodeAffinity,
            podAffinity: s.affinity.podAffinity,
            podAntiAffinity: s.affinity.podAntiAffinity,
          }
        : undefined,
    topologySpreadConstraints: s.topologySpreadConstraints,
    tolerations: s.tolerations,
    overhead: s.overhead,
    terminationGracePeriodSeconds: s.terminationGracePeriodSeconds,
    schedulerName: s.schedulerName,
    priority: s.priority ?? 0,
    ...priorityFields(s),
  };
}

// priorityClassName / preemptionPolicy are accepted by the pod schema without a shape; keep them when well-typed.
function priorityFields(s: PodSpecInput): Pick<PodSpec, 'priorityClassName' | 'preemptionPolicy'> {
  const raw = s as { priorityClassName?: unknown; preemptionPolicy?: unknown };
  const out: Pick<PodSpec, 'priorityClassName' | 'preemptionPolicy'> = {};
  if (typeof raw.priorityClassName === 'string' && raw.priorityClassName !== '') out.priorityClassName = raw.priorityClassName;
  // Only Never is recorded: the default stays out of the template (and so out of its hash).
  if (raw.preemptionPolicy === 'Never') out.preemptionPolicy = raw.preemptionPolicy;
  return out;
}

export function buildPodTemplate(
  t: { metadata: { labels: Record<string, string>; annotations: Record<string, string> }; spec: PodSpecInput },
  images: Readonly<Record<string, ImageDefaults>>,
): PodTemplate {
  return { labels: t.metadata.labels, annotations: t.metadata.annotations, spec: buildPodSpec(t.spec, images) };
}

export function buildPod(m: PodManifest, images: Readonly<Record<string, ImageDefaults>>, uid: string): PodObject {
  return {
    name: m.metadata.name,
    namespace: m.metadata.namespace,
    uid,
    labels: m.metadata.labels,
    annotations: m.metadata.annotations,
    spec: buildPodSpec(m.spec, images),
  };
}
