// The (requested, allocatable) vectors the resource scoring strategies work on.
// k8s v1.28 pkg/scheduler/framework/plugins/noderesources/resource_allocation.go.
import type { PodObject } from '../../../model/types.js';
import { NON_ZERO_DEFAULTS, podRequests } from '../pod-resources.js';
import { CPU, EPHEMERAL_STORAGE, MEMORY, isScalarResourceName } from '../resource-names.js';
import { newStatus } from '../status.js';
import type { NodeInfo, Status } from '../types.js';
import type { ResourceSpec, Scorer } from './scoring-strategies.js';

// How calculateResourceAllocatableRequest treats each configured resource, decided once.
enum Kind {
  NodeSide,
  EphemeralStorage,
  Scalar,
  Unscored,
}

export class ResourceAllocationScorer {
  private readonly kinds: Kind[];
  // Scratch vectors reused across calls (the scorers only read them).
  private readonly requested: number[];
  private readonly allocatable: number[];

  /**
   * @param useRequested true (BalancedAllocation): real requests on both sides; false (Fit):
   *   100m / 200Mi for containers lacking cpu / memory requests, on the pod and on the node.
   */
  constructor(
    readonly pluginName: string,
    readonly resources: readonly ResourceSpec[],
    readonly useRequested: boolean,
    readonly scorer: Scorer,
  ) {
    this.kinds = resources.map(({ name }) =>
      name === CPU || name === MEMORY
        ? Kind.NodeSide
        : name === EPHEMERAL_STORAGE
          ? Kind.EphemeralStorage
          : isScalarResourceName(name)
            ? Kind.Scalar
            : Kind.Unscored,
    );
    this.requested = new Array<number>(resources.length).fill(0);
    this.allocatable = new Array<number>(resources.length).fill(0);
  }

  /** k8s calculatePodResourceRequestList: the pod's request per configured resource. */
  podRequestVector(pod: PodObject): number[] {
    const reqs = podRequests(pod.spec, this.useRequested ? {} : { nonMissing: NON_ZERO_DEFAULTS });
    return this.resources.map((r) => reqs[r.name] ?? 0);
  }

  /**
   * k8s resourceAllocationScorer.score with calculateResourceAllocatableRequest: cpu and memory
   * count the node's (non-zero or real) requested plus the pod; ephemeral-storage the real
   * requested; a scalar resource only when the pod asks for it and the node has it. Resources
   * whose allocatable is 0 are left at (0, 0) and skipped by the scorers.
   */
  score(info: NodeInfo, podRequestVector: readonly number[]): number | Status {
    const n = this.resources.length;
    if (n === 0) return newStatus('Error', this.pluginName, 'resources not found');
    const nodeSide = this.useRequested ? info.requested : info.nonZeroRequested;
    const allocatable = info.node.allocatable;
    for (let i = 0; i < n; i++) {
      const name = this.resources[i].name;
      const podRequest = podRequestVector[i];
      let alloc = 0;
      let req = 0;
      switch (this.kinds[i]) {
        case Kind.NodeSide:
          alloc = allocatable[name] ?? 0;
          req = (nodeSide[name] ?? 0) + podRequest;
          break;
        case Kind.EphemeralStorage:
          alloc = allocatable[name] ?? 0;
          req = (info.requested[name] ?? 0) + podRequest;
          break;
        case Kind.Scalar:
          // A scalar resource the pod does not request is not scored at all.
          if (podRequest !== 0 && allocatable[name] !== undefined) {
            alloc = allocatable[name];
            req = (info.requested[name] ?? 0) + podRequest;
          }
          break;
        case Kind.Unscored:
          break;
      }
      // Only resources the node actually has take part.
      if (alloc === 0) req = 0;
      this.allocatable[i] = alloc;
      this.requested[i] = req;
    }
    return this.scorer(this.requested, this.allocatable);
  }
}
