// The NodeResourcesFit plugin: filter on requests vs. allocatable, score with the configured
// strategy. k8s v1.28 pkg/scheduler/framework/plugins/noderesources/fit.go.
import type { PodObject } from '../../../model/types.js';
import { hasRestartableInitContainer } from '../pod-resources.js';
import { newStatus } from '../status.js';
import type {
  CycleState,
  FilterPlugin,
  NodeInfo,
  PreFilterPlugin,
  PreFilterResult,
  PreScorePlugin,
  ScorePlugin,
  Status,
} from '../types.js';
import { computePodResourceRequest, fitsRequest, type PodResourceRequest } from './fits-request.js';
import { ResourceAllocationScorer } from './resource-allocation.js';
import {
  leastAllocatedScorer,
  mostAllocatedScorer,
  requestedToCapacityRatioScorer,
  type ResourceSpec,
  type Scorer,
  type ShapePoint,
} from './scoring-strategies.js';

export const NODE_RESOURCES_FIT = 'NodeResourcesFit';
export const SIDECAR_DISABLED_REASON = 'Pod has a restartable init container and the SidecarContainers feature is disabled';
const PRE_FILTER_KEY = `PreFilter${NODE_RESOURCES_FIT}`;
const PRE_SCORE_KEY = `PreScore${NODE_RESOURCES_FIT}`;

export type ScoringStrategyType = 'LeastAllocated' | 'MostAllocated' | 'RequestedToCapacityRatio';

export interface ScoringStrategy {
  type: ScoringStrategyType;
  resources: ResourceSpec[];
  requestedToCapacityRatio?: { shape: ShapePoint[] };
}

export interface NodeResourcesFitArgs {
  ignoredResources?: string[];
  ignoredResourceGroups?: string[];
  scoringStrategy?: ScoringStrategy;
  /** The SidecarContainers feature gate (alpha and off in v1.28). */
  enableSidecarContainers?: boolean;
}

// k8s config/v1 defaults: LeastAllocated over cpu and memory with weight 1.
export const DEFAULT_RESOURCES: readonly ResourceSpec[] = [
  { name: 'cpu', weight: 1 },
  { name: 'memory', weight: 1 },
];

function scorerFor(s: ScoringStrategy): Scorer {
  switch (s.type) {
    case 'LeastAllocated':
      return leastAllocatedScorer(s.resources);
    case 'MostAllocated':
      return mostAllocatedScorer(s.resources);
    case 'RequestedToCapacityRatio':
      if (!s.requestedToCapacityRatio) throw new Error('scoringStrategy.requestedToCapacityRatio is required for RequestedToCapacityRatio');
      return requestedToCapacityRatioScorer(s.resources, s.requestedToCapacityRatio.shape);
  }
}

export class NodeResourcesFit implements PreFilterPlugin, FilterPlugin, PreScorePlugin, ScorePlugin {
  readonly name = NODE_RESOURCES_FIT;
  readonly ignoredResources: ReadonlySet<string>;
  readonly ignoredResourceGroups: ReadonlySet<string>;
  readonly scorer: ResourceAllocationScorer;
  private readonly sidecars: boolean;

  constructor(args: NodeResourcesFitArgs = {}) {
    this.ignoredResources = new Set(args.ignoredResources ?? []);
    this.ignoredResourceGroups = new Set(args.ignoredResourceGroups ?? []);
    const strategy = args.scoringStrategy ?? { type: 'LeastAllocated', resources: [...DEFAULT_RESOURCES] };
    // The Fit scorer counts 100m / 200Mi for containers without cpu / memory requests.
    this.scorer = new ResourceAllocationScorer(this.name, strategy.resources, false, scorerFor(strategy));
    this.sidecars = args.enableSidecarContainers ?? false;
  }

  preFilter(state: CycleState, pod: PodObject): PreFilterResult {
    // k8s v1.28: restartable init containers need the SidecarContainers gate.
    if (!this.sidecars && hasRestartableInitContainer(pod.spec)) {
      return { status: newStatus('UnschedulableAndUnresolvable', this.name, SIDECAR_DISABLED_REASON) };
    }
    state.set(PRE_FILTER_KEY, computePodResourceRequest(pod));
    return { status: null };
  }

  filter(state: CycleState, pod: PodObject, info: NodeInfo): Status | null {
    // k8s errors out when PreFilter did not run; computing it here gives the same answer.
    const req = (state.get(PRE_FILTER_KEY) as PodResourceRequest | undefined) ?? computePodResourceRequest(pod);
    const insufficient = fitsRequest(req, info, this.ignoredResources, this.ignoredResourceGroups);
    if (insufficient.length === 0) return null;
    // All failure reasons are kept.
    return newStatus('Unschedulable', this.name, ...insufficient.map((r) => r.reason));
  }

  preScore(state: CycleState, pod: PodObject): Status | null {
    state.set(PRE_SCORE_KEY, this.scorer.podRequestVector(pod));
    return null;
  }

  score(state: CycleState, pod: PodObject, info: NodeInfo): number | Status {
    const vector = (state.get(PRE_SCORE_KEY) as number[] | undefined) ?? this.scorer.podRequestVector(pod);
    return this.scorer.score(info, vector);
  }
}
