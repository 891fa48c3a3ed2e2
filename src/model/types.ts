// Plain data of the simulated cluster. Everything here is already validated and normalized:
// quantities are integers (CPU in millicores, memory and storage in bytes, other resources in
// whole units), durations are integer milliseconds of virtual time.

/** Resource name → amount. `cpu` in millicores, `memory`/`ephemeral-storage` in bytes, `pods` a count. */
export type ResourceList = Readonly<Record<string, number>>;

export type Labels = Readonly<Record<string, string>>;

export type TaintEffect = 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';

export interface Taint {
  key: string;
  value?: string;
  effect: TaintEffect;
  /** Virtual time (ms) the taint was added; set for NoExecute taints added by node lifecycle. */
  timeAdded?: number;
}

export interface Toleration {
  key?: string;
  /** An empty operator means Equal (k8s v1.28 core/v1 Toleration.ToleratesTaint). */
  operator?: 'Exists' | 'Equal' | '';
  value?: string;
  effect?: TaintEffect;
  /** Only meaningful with effect NoExecute: how long the pod stays bound after the taint appears. */
  tolerationSeconds?: number;
}

export type SelectorOperator = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist' | 'Gt' | 'Lt';

export interface SelectorRequirement {
  key: string;
  operator: SelectorOperator;
  values?: string[];
}

export interface NodeSelectorTerm {
  matchExpressions?: SelectorRequirement[];
  matchFields?: SelectorRequirement[];
}

export interface PreferredSchedulingTerm {
  weight: number;
  preference: NodeSelectorTerm;
}

export interface NodeAffinity {
  requiredDuringSchedulingIgnoredDuringExecution?: { nodeSelectorTerms: NodeSelectorTerm[] };
  preferredDuringSchedulingIgnoredDuringExecution?: PreferredSchedulingTerm[];
}

export interface LabelSelector {
  matchLabels?: Labels;
  matchExpressions?: SelectorRequirement[];
}

/** core/v1 PodAffinityTerm. */
export interface PodAffinityTerm {
  labelSelector?: LabelSelector;
  namespaces?: string[];
  /** undefined = only the pod's own namespace (unless `namespaces` is set); {} = all namespaces. */
  namespaceSelector?: LabelSelector;
  topologyKey: string;
}

export interface WeightedPodAffinityTerm {
  weight: number;
  podAffinityTerm: PodAffinityTerm;
}

/** core/v1 PodAffinity and PodAntiAffinity (same shape). */
export interface PodAffinity {
  requiredDuringSchedulingIgnoredDuringExecution?: PodAffinityTerm[];
  preferredDuringSchedulingIgnoredDuringExecution?: WeightedPodAffinityTerm[];
}

export type NodeInclusionPolicy = 'Honor' | 'Ignore';

/** core/v1 TopologySpreadConstraint. */
export interface TopologySpreadConstraint {
  maxSkew: number;
  topologyKey: string;
  whenUnsatisfiable: 'DoNotSchedule' | 'ScheduleAnyway';
  labelSelector?: LabelSelector;
  minDomains?: number;
  nodeAffinityPolicy?: NodeInclusionPolicy;
  nodeTaintsPolicy?: NodeInclusionPolicy;
  matchLabelKeys?: string[];
}

export interface Affinity {
  nodeAffinity?: NodeAffinity;
  podAffinity?: PodAffinity;
  podAntiAffinity?: PodAffinity;
}

export interface NodeSpec {
  name: string;
  labels: Labels;
  taints: Taint[];
  unschedulable: boolean;
  capacity: ResourceList;
  /** Defaults to capacity. `pods` defaults to 110 (kubelet maxPods). */
  allocatable: ResourceList;
}

export type ProbeHandler =
  | { kind: 'httpGet'; port: number | string; path: string; scheme: 'HTTP' | 'HTTPS' }
  | { kind: 'tcpSocket'; port: number | string }
  | { kind: 'exec'; command: string[] }
  | { kind: 'grpc'; port: number };

export interface ProbeSpec {
  handler: ProbeHandler;
  initialDelaySeconds: number;
  periodSeconds: number;
  timeoutSeconds: number;
  successThreshold: number;
  failureThreshold: number;
  /** Per-probe grace period for a liveness/startup kill (k8s ProbeTerminationGracePeriod); overrides the pod's. */
  terminationGracePeriodSeconds?: number;
}

export interface ContainerPort {
  name?: string;
  containerPort: number;
  protocol: 'TCP' | 'UDP' | 'SCTP';
}

export interface ContainerSpec {
  name: string;
  image: string;
  /** As written in the manifest (may be undefined). */
  command?: string[];
  args?: string[];
  /** What runs, after SPEC §1 command resolution against the image defaults. */
  resolvedCommand: string[];
  env: Readonly<Record<string, string>>;
  ports: ContainerPort[];
  requests: ResourceList;
  limits: ResourceList;
  livenessProbe?: ProbeSpec;
  readinessProbe?: ProbeSpec;
  startupProbe?: ProbeSpec;
  /** Only for init containers: `Always` makes it a restartable (sidecar) init container. */
  restartPolicy?: 'Always';
}

export type RestartPolicy = 'Always' | 'OnFailure' | 'Never';

export interface PodSpec {
  containers: ContainerSpec[];
  initContainers: ContainerSpec[];
  restartPolicy: RestartPolicy;
  nodeName?: string;
  nodeSelector: Labels;
  affinity?: Affinity;
  topologySpreadConstraints?: TopologySpreadConstraint[];
  tolerations: Toleration[];
  overhead: ResourceList;
  terminationGracePeriodSeconds: number;
  schedulerName: string;
  priority: number;
  /** Resolved to `priority` by the priority-classes feature (PriorityClass admission). */
  priorityClassName?: string;
  /** undefined means PreemptLowerPriority (the API default). */
  preemptionPolicy?: 'PreemptLowerPriority' | 'Never';
}

export interface PodTemplate {
  labels: Labels;
  annotations: Labels;
  spec: PodSpec;
}

export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';

/** A pod object as the API server would hold it (spec plus a few identity fields). */
export interface PodObject {
  name: string;
  namespace: string;
  uid: string;
  labels: Labels;
  annotations: Labels;
  /** `Deployment/<name>` when created by a controller. */
  ownerRef?: { kind: string; name: string };
  spec: PodSpec;
}
