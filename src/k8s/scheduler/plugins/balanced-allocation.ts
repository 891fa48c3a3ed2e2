// The NodeResourcesBalancedAllocation plugin: prefer nodes whose resource fractions stay close
// to each other. k8s v1.28 pkg/scheduler/framework/plugins/noderesources/balanced_allocation.go
// (v1.28 still scores best-effort pods; later versions skip them in PreScore).
import type { PodObject } from '../../../model/types.js';
import type { CycleState, NodeInfo, PreScorePlugin, ScorePlugin, Status } from '../types.js';
import { DEFAULT_RESOURCES } from './node-resources-fit.js';
import { ResourceAllocationScorer } from './resource-allocation.js';
import { balancedAllocationScorer, type ResourceSpec } from './scoring-strategies.js';

export const BALANCED_ALLOCATION = 'NodeResourcesBalancedAllocation';
const PRE_SCORE_KEY = `PreScore${BALANCED_ALLOCATION}`;

export interface BalancedAllocationArgs {
  resources?: ResourceSpec[];
}

export class BalancedAllocation implements PreScorePlugin, ScorePlugin {
  readonly name = BALANCED_ALLOCATION;
  readonly scorer: ResourceAllocationScorer;

  constructor(args: BalancedAllocationArgs = {}) {
    // useRequested: real requests, no 100m / 200Mi defaults.
    this.scorer = new ResourceAllocationScorer(this.name, args.resources ?? [...DEFAULT_RESOURCES], true, balancedAllocationScorer);
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
