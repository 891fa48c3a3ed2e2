// Shapes of the scheduling framework: node state, plugin statuses, the extension points kubetwin
// uses and a configured profile. Modelled on k8s v1.28 pkg/scheduler/framework/{types,interface}.go,
// reduced to what the simulator needs.
import type { NodeSpec, PodObject } from '../../model/types.js';
import type { ListerHolder } from './lister.js';

// k8s framework/interface.go Code: Success, Error, Unschedulable, UnschedulableAndUnresolvable, Skip
// (Wait and Pending belong to Permit/queueing and are not modelled).
export type StatusCode = 'Success' | 'Unschedulable' | 'UnschedulableAndUnresolvable' | 'Error' | 'Skip';

export interface Status {
  code: StatusCode;
  /** Human-readable reasons, exactly as Kubernetes prints them (e.g. "Insufficient cpu"). */
  reasons: string[];
  /** The plugin that produced the status ('' for the framework itself). */
  plugin: string;
}

/** Per-node state of the scheduler cache (k8s framework/types.go NodeInfo). */
export interface NodeInfo {
  node: NodeSpec;
  /** Pods bound to the node, in no particular order (removal swaps with the last one). */
  pods: PodObject[];
  /** Σ PodRequests of the bound pods (cpu, memory, ephemeral-storage, scalar resources); `pods` = pod count. */
  requested: Record<string, number>;
  /** Like `requested` for cpu/memory, with 100m / 200Mi for each container lacking that request. */
  nonZeroRequested: Record<string, number>;
  /** Internal: cached per-pod contributions keyed by pod uid, so removal is O(containers). */
  entries: Map<string, NodeInfoEntry>;
}

export interface NodeInfoEntry {
  index: number;
  requests: Readonly<Record<string, number>>;
  nonZeroCpu: number;
  nonZeroMemory: number;
}

/** Scratch data of one scheduling cycle, written by PreFilter/PreScore and read by Filter/Score. */
export type CycleState = Map<string, unknown>;

export interface Plugin {
  readonly name: string;
}

/** `nodeNames` narrows the candidate nodes (k8s PreFilterResult); undefined means all nodes. */
export interface PreFilterResult {
  status: Status | null;
  nodeNames?: ReadonlySet<string>;
}

export interface PreFilterPlugin extends Plugin {
  /** `nodes` is the scheduler's snapshot of every node (k8s SnapshotSharedLister().NodeInfos()). */
  preFilter(state: CycleState, pod: PodObject, nodes: readonly NodeInfo[]): PreFilterResult;
  /**
   * k8s PreFilterExtensions.AddPod / RemovePod: update this plugin's PreFilter state as if `other`
   * were added to / removed from `node` (used by preemption and nominated pods).
   */
  addPod?(state: CycleState, pod: PodObject, other: PodObject, node: NodeInfo): Status | null;
  removePod?(state: CycleState, pod: PodObject, other: PodObject, node: NodeInfo): Status | null;
}

/** CycleState values that carry mutable data implement this so the state can be cloned (k8s StateData.Clone). */
export interface StateData {
  clone(): StateData;
}

export interface FilterPlugin extends Plugin {
  /** null means Success (k8s returns a nil *Status). */
  filter(state: CycleState, pod: PodObject, node: NodeInfo): Status | null;
}

export interface PreScorePlugin extends Plugin {
  /** `nodes` are the feasible nodes; `allNodes` the whole snapshot (defaults to `nodes`). */
  preScore(state: CycleState, pod: PodObject, nodes: readonly NodeInfo[], allNodes?: readonly NodeInfo[]): Status | null;
}

export interface NodeScore {
  node: string;
  score: number;
}

export interface ScorePlugin extends Plugin {
  /** A number is a successful score; a Status is a failure (k8s returns (0, status)). */
  score(state: CycleState, pod: PodObject, node: NodeInfo): number | Status;
  /** k8s ScoreExtensions.NormalizeScore: rewrites `scores` in place. */
  normalizeScore?(state: CycleState, pod: PodObject, scores: NodeScore[]): Status | null;
}

export interface WeightedScorePlugin {
  plugin: ScorePlugin;
  weight: number;
}

/** One configured scheduling framework (k8s KubeSchedulerProfile after plugin instantiation). */
export interface SchedulerProfile {
  schedulerName: string;
  /** 0..100; undefined falls back to the global setting (0 = adaptive). */
  percentageOfNodesToScore?: number;
  preFilter: PreFilterPlugin[];
  filter: FilterPlugin[];
  preScore: PreScorePlugin[];
  score: WeightedScorePlugin[];
  /** The cluster lister the plugins read (set `host.lister` to plug the simulation in). */
  host?: ListerHolder;
}

export interface ScheduleResult {
  /** The chosen node; undefined when the pod could not be scheduled. */
  nodeName?: string;
  /** Why the pod was not scheduled: the FitError text, or the error message. */
  reason?: string;
  /** True when `reason` is an internal error rather than a FitError. */
  error?: boolean;
  /** Filter outcome of every node that was evaluated, in evaluation order. */
  filter: Array<{ node: string; status: Status }>;
  /** Normalized per-plugin scores of every feasible node (empty when scoring was skipped). */
  scores: Array<{ node: string; plugin: string; score: number; weighted: number }>;
  /** Weighted totals, in feasible-node order. */
  total: NodeScore[];
  /** Plugins that rejected the pod on some node (k8s Diagnosis.UnschedulablePlugins), sorted. */
  unschedulablePlugins: string[];
  evaluatedNodes: number;
  feasibleNodes: number;
  /** Preemption chose this node: the pod is nominated to it once the victims are gone. */
  nominatedNodeName?: string;
  /** The pods to evict for the nominated node (most important first). */
  victims?: PodObject[];
  /** Preemption cannot help anywhere: Kubernetes clears the pod's nominated node. */
  clearNomination?: boolean;
}
