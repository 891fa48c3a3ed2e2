// The NodeUnschedulable plugin: keep pods off cordoned nodes unless they tolerate the
// unschedulable taint. k8s v1.28 pkg/scheduler/framework/plugins/nodeunschedulable/node_unschedulable.go.
import type { PodObject, Taint } from '../../../model/types.js';
import { newStatus } from '../status.js';
import type { CycleState, FilterPlugin, NodeInfo, Status } from '../types.js';
import { tolerationsTolerateTaint } from '../../../model/tolerations.js';

export const NODE_UNSCHEDULABLE = 'NodeUnschedulable';
export const ERR_REASON_UNSCHEDULABLE = 'node(s) were unschedulable';

// k8s v1.TaintNodeUnschedulable with effect NoSchedule.
const UNSCHEDULABLE_TAINT: Taint = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' };

export class NodeUnschedulable implements FilterPlugin {
  readonly name = NODE_UNSCHEDULABLE;

  filter(_state: CycleState, pod: PodObject, info: NodeInfo): Status | null {
    if (!info.node.unschedulable) return null;
    // A pod that tolerates the unschedulable taint also tolerates spec.unschedulable.
    if (tolerationsTolerateTaint(pod.spec.tolerations, UNSCHEDULABLE_TAINT)) return null;
    return newStatus('UnschedulableAndUnresolvable', this.name, ERR_REASON_UNSCHEDULABLE);
  }
}
