// The DefaultPreemption PostFilter: when no node fits, find nodes where evicting lower-priority
// pods would make room, pick one, and name the victims.
// k8s v1.28 pkg/scheduler/framework/preemption/preemption.go Evaluator.Preempt / findCandidates /
// DryRunPreemption / SelectCandidate, and plugins/defaultpreemption/default_preemption.go
// (PodEligibleToPreemptOthers, minCandidateNodesPercentage 10, minCandidateNodesAbsolute 100).
import type { PodObject } from '../../../model/types.js';
import { fitErrorMessage } from '../fit-error.js';
import type { ClusterLister } from '../lister.js';
import { newStatus } from '../status.js';
import type { CycleState, NodeInfo, SchedulerProfile, Status } from '../types.js';
import type { NominatedPods } from './nominated.js';
import { pickOneNode, type Candidate } from './pick-node.js';
import { selectVictimsOnNode } from './select-victims.js';

export const NOT_HELPFUL_MSG = 'Preemption is not helpful for scheduling';

export interface PreemptionInput {
  profile: SchedulerProfile;
  state: CycleState;
  pod: PodObject;
  nodes: readonly NodeInfo[];
  /** Filter status of every rejected node. */
  nodeToStatus: ReadonlyMap<string, Status>;
  skipFilter: ReadonlySet<string>;
  lister: ClusterLister;
  nominated: NominatedPods;
  /** The preemptor's status.nominatedNodeName. */
  nominatedNodeName?: string;
  rand: () => number;
}

export interface PreemptionOutcome {
  /** The PostFilter message ("preemption: …"), '' on success. */
  message: string;
  nominatedNodeName?: string;
  victims: PodObject[];
  /** Kubernetes clears the preemptor's nominated node when preemption cannot help anywhere. */
  clearNomination?: boolean;
}

// k8s PodEligibleToPreemptOthers.
function ineligible(i: PreemptionInput): string | undefined {
  if (i.pod.spec.preemptionPolicy === 'Never') return 'not eligible due to preemptionPolicy=Never.';
  const nom = i.nominatedNodeName;
  if (nom) {
    if (i.nodeToStatus.get(nom)?.code === 'UnschedulableAndUnresolvable') return undefined;
    const info = i.nodes.find((n) => n.node.name === nom);
    for (const p of info?.pods ?? []) {
      if (i.lister.terminating(p) && p.spec.priority < i.pod.spec.priority)
        return 'not eligible due to a terminating pod on the nominated node.';
    }
  }
  return undefined;
}

// k8s calculateNumCandidates.
function numCandidates(n: number): number {
  return Math.min(n, Math.max(Math.floor((n * 10) / 100), 100));
}

export function preempt(i: PreemptionInput): PreemptionOutcome {
  const why = ineligible(i);
  if (why) return { message: `preemption: ${why}`, victims: [] };
  const statuses = new Map<string, Status>();
  const potential: NodeInfo[] = [];
  for (const n of i.nodes) {
    if (i.nodeToStatus.get(n.node.name)?.code === 'UnschedulableAndUnresolvable') {
      statuses.set(n.node.name, newStatus('UnschedulableAndUnresolvable', '', NOT_HELPFUL_MSG));
    } else potential.push(n);
  }
  const candidates: Candidate[] = [];
  if (potential.length > 0) {
    const want = numCandidates(potential.length);
    // Kubernetes starts at a random offset; it only matters when not every node is dry-run.
    const offset = want < potential.length ? Math.floor(i.rand() * potential.length) : 0;
    const pdbs = i.lister.pdbs();
    let nonViolating = 0;
    for (let k = 0; k < potential.length; k++) {
      const n = potential[(offset + k) % potential.length];
      const r = selectVictimsOnNode(i.profile, i.state, i.pod, n, i.skipFilter, pdbs, i.lister, i.nominated);
      if (r.status === null && r.victims.length > 0) {
        candidates.push({ node: n.node.name, victims: r.victims, pdbViolations: r.pdbViolations });
        if (r.pdbViolations === 0) nonViolating++;
        if (nonViolating > 0 && candidates.length >= want) break;
        continue;
      }
      statuses.set(n.node.name, r.status ?? newStatus('Error', '', `expected at least one victim pod on node "${n.node.name}"`));
    }
  }
  if (candidates.length === 0) {
    const fit = fitErrorMessage(statuses.size, { nodeToStatus: statuses });
    return { message: `preemption: ${fit}`, victims: [], clearNomination: potential.length === 0 };
  }
  // k8s: candidates without PDB violations first, then the others.
  const ordered = [...candidates.filter((c) => c.pdbViolations === 0), ...candidates.filter((c) => c.pdbViolations > 0)];
  const best = pickOneNode(ordered, i.lister);
  return { message: '', nominatedNodeName: best.node, victims: best.victims };
}
