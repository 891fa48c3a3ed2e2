// Hand-made pods and nodes for the scheduler tests (the counterpart of k8s pkg/scheduler/testing
// MakePod / MakeNode).
import type {
  ContainerSpec,
  NodeAffinity,
  NodeSpec,
  PodAffinity,
  PodObject,
  ResourceList,
  Taint,
  Toleration,
  TopologySpreadConstraint,
} from '../../../src/model/types.js';
import { toInteger, toMilli } from '../../../src/model/quantity.js';
import { newNodeInfo } from '../../../src/k8s/scheduler/node-info.js';
import type { NodeInfo } from '../../../src/k8s/scheduler/types.js';

/** Quantities as Kubernetes writes them: cpu in cores ("250m", "4000"), the rest in units. */
export function q(list: Record<string, string | number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(list)) out[k] = k === 'cpu' ? toMilli(v) : toInteger(v);
  return out;
}

let uid = 0;

export function container(requests: ResourceList = {}, restartPolicy?: 'Always'): ContainerSpec {
  return {
    name: `c${uid++}`,
    image: 'busybox',
    resolvedCommand: ['sh'],
    env: {},
    ports: [],
    requests,
    limits: {},
    ...(restartPolicy ? { restartPolicy } : {}),
  };
}

export interface PodOptions {
  name?: string;
  /** One container per entry, with these requests. */
  containers?: ResourceList[];
  initContainers?: ResourceList[];
  sidecars?: boolean;
  overhead?: ResourceList;
  nodeName?: string;
  nodeSelector?: Record<string, string>;
  nodeAffinity?: NodeAffinity;
  tolerations?: Toleration[];
  priority?: number;
  labels?: Record<string, string>;
  namespace?: string;
  podAffinity?: PodAffinity;
  podAntiAffinity?: PodAffinity;
  spread?: TopologySpreadConstraint[];
  preemptionPolicy?: 'PreemptLowerPriority' | 'Never';
}

export function pod(o: PodOptions = {}): PodObject {
  const n = uid++;
  return {
    name: o.name ?? `pod-${n}`,
    namespace: o.namespace ?? 'default',
    uid: `uid-${n}`,
    labels: o.labels ?? {},
    annotations: {},
    spec: {
      containers: (o.containers ?? []).map((r) => container(r)),
      initContainers: (o.initContainers ?? []).map((r) => container(r, o.sidecars ? 'Always' : undefined)),
      restartPolicy: 'Always',
      nodeName: o.nodeName,
      nodeSelector: o.nodeSelector ?? {},
      affinity:
        o.nodeAffinity || o.podAffinity || o.podAntiAffinity
          ? { nodeAffinity: o.nodeAffinity, podAffinity: o.podAffinity, podAntiAffinity: o.podAntiAffinity }
          : undefined,
      topologySpreadConstraints: o.spread,
      preemptionPolicy: o.preemptionPolicy,
      tolerations: o.tolerations ?? [],
      overhead: o.overhead ?? {},
      terminationGracePeriodSeconds: 30,
      schedulerName: 'default-scheduler',
      priority: o.priority ?? 0,
    },
  };
}

export interface NodeOptions {
  labels?: Record<string, string>;
  taints?: Taint[];
  unschedulable?: boolean;
}

/** A node whose capacity and allocatable are both `allocatable` (like MakeNode().Capacity()). */
export function node(name: string, allocatable: ResourceList = {}, o: NodeOptions = {}): NodeSpec {
  return {
    name,
    labels: o.labels ?? {},
    taints: o.taints ?? [],
    unschedulable: o.unschedulable ?? false,
    capacity: allocatable,
    allocatable,
  };
}

/** NodeInfos for `nodes` with `pods` bound by their spec.nodeName (like cache.NewSnapshot). */
export function snapshot(nodes: NodeSpec[], pods: PodObject[] = []): NodeInfo[] {
  return nodes.map((n) =>
    newNodeInfo(
      n,
      pods.filter((p) => p.spec.nodeName === n.name),
    ),
  );
}
