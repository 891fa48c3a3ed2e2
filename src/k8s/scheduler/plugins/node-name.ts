// The NodeName plugin: a pod with spec.nodeName only fits that node.
// k8s v1.28 pkg/scheduler/framework/plugins/nodename/node_name.go.
import type { PodObject } from '../../../model/types.js';
import { newStatus } from '../status.js';
import type { CycleState, FilterPlugin, NodeInfo, Status } from '../types.js';

export const NODE_NAME = 'NodeName';
export const ERR_REASON_NODE_NAME = "node(s) didn't match the requested node name";

/** k8s nodename.Fits. */
export function fitsNodeName(pod: PodObject, info: NodeInfo): boolean {
  return !pod.spec.nodeName || pod.spec.nodeName === info.node.name;
}

export class NodeName implements FilterPlugin {
  readonly name = NODE_NAME;

  filter(_state: CycleState, pod: PodObject, info: NodeInfo): Status | null {
    return fitsNodeName(pod, info) ? null : newStatus('UnschedulableAndUnresolvable', this.name, ERR_REASON_NODE_NAME);
  }
}
