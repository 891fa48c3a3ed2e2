// Which nodes a DaemonSet wants a pod on. k8s v1.28 pkg/controller/daemon/daemon_controller.go
// NodeShouldRunDaemonPod and predicates (node name, required node affinity + nodeSelector, taints).
import type { NodeAffinity, NodeSpec, Taint, Toleration } from '../../../model/types.js';
import { anyTermMatches, parseRequiredTerms } from '../../scheduler/plugins/node-selector.js';
import { findUntoleratedTaint } from '../../../model/tolerations.js';
import { daemonPodTolerations } from './tolerations.js';

/** The parts of a DaemonSet's pod template the decision reads. */
export interface DaemonTemplate {
  nodeName?: string;
  nodeSelector: Readonly<Record<string, string>>;
  affinity?: { nodeAffinity?: NodeAffinity };
  tolerations: readonly Toleration[];
  hostNetwork: boolean;
}

export interface ShouldRun {
  /** A daemon pod should be created on the node if none is there. */
  shouldRun: boolean;
  /** A daemon pod already on the node may stay (it tolerates every NoExecute taint). */
  shouldContinueRunning: boolean;
}

// nodeaffinity.GetRequiredNodeAffinity(pod).Match(node): nodeSelector AND some required term.
function fitsNodeAffinity(t: DaemonTemplate, node: NodeSpec): boolean {
  for (const [k, v] of Object.entries(t.nodeSelector)) if (node.labels[k] !== v) return false;
  const req = t.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  return req === undefined || anyTermMatches(parseRequiredTerms(req.nodeSelectorTerms), node);
}

/**
 * NodeShouldRunDaemonPod: a template pinned to another node, or one whose selector/affinity does not
 * match, runs nowhere; a NoSchedule/NoExecute taint the (augmented) tolerations miss stops new pods,
 * and an untolerated NoExecute taint also removes the running one. `spec.unschedulable` is not
 * checked: daemon pods tolerate node.kubernetes.io/unschedulable.
 */
export function nodeShouldRunDaemonPod(node: NodeSpec, t: DaemonTemplate): ShouldRun {
  if (t.nodeName && t.nodeName !== node.name) return { shouldRun: false, shouldContinueRunning: false };
  if (!fitsNodeAffinity(t, node)) return { shouldRun: false, shouldContinueRunning: false };
  const tolerations = daemonPodTolerations(t.tolerations, t.hostNetwork);
  const taints: readonly Taint[] = node.taints;
  const blocking = findUntoleratedTaint(taints, tolerations, (x) => x.effect === 'NoSchedule' || x.effect === 'NoExecute');
  if (!blocking) return { shouldRun: true, shouldContinueRunning: true };
  const evicting = findUntoleratedTaint(taints, tolerations, (x) => x.effect === 'NoExecute');
  return { shouldRun: false, shouldContinueRunning: evicting === undefined };
}
