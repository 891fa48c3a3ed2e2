// Cluster changes that may make an unschedulable pod schedulable, and which plugins care.
// k8s v1.28 pkg/scheduler/internal/queue/events.go and each plugin's EventsToRegister
// (queueing-hint functions are not modelled: a registered event always requeues).
import { NODE_AFFINITY } from './plugins/node-affinity.js';
import { NODE_NAME } from './plugins/node-name.js';
import { NODE_RESOURCES_FIT } from './plugins/node-resources-fit.js';
import { NODE_UNSCHEDULABLE } from './plugins/node-unschedulable.js';
import { TAINT_TOLERATION } from './plugins/taint-toleration.js';
import { INTER_POD_AFFINITY } from './plugins/inter-pod-affinity.js';
import { POD_TOPOLOGY_SPREAD } from './plugins/pod-topology-spread.js';

/**
 * - NodeAdd: a node joined. NodeUpdate: a node's labels, taints, unschedulable flag or
 *   allocatable changed.
 * - AssignedPodDelete: a bound pod went away (deleted or unbound), freeing capacity.
 * - AssignedPodAdd: a pod was bound. Only pods whose required pod affinity matches it are moved
 *   (k8s AssignedPodAdded), but it always counts as a move request (SchedulingQueue.addUnschedulable).
 * - UnschedulableTimeout: the 5-minute leftover flush (matches every pod).
 */
export type ClusterEvent = 'NodeAdd' | 'NodeUpdate' | 'AssignedPodDelete' | 'AssignedPodAdd' | 'UnschedulableTimeout';

export const PLUGIN_EVENTS: Readonly<Record<string, readonly ClusterEvent[]>> = {
  // Fit: Pod Delete; Node Add | Update.
  [NODE_RESOURCES_FIT]: ['AssignedPodDelete', 'NodeAdd', 'NodeUpdate'],
  // NodeAffinity, TaintToleration, NodeName: Node Add | Update.
  [NODE_AFFINITY]: ['NodeAdd', 'NodeUpdate'],
  [TAINT_TOLERATION]: ['NodeAdd', 'NodeUpdate'],
  [NODE_NAME]: ['NodeAdd', 'NodeUpdate'],
  // NodeUnschedulable: Node Add | UpdateNodeTaint (a spec.unschedulable change counts as one).
  [NODE_UNSCHEDULABLE]: ['NodeAdd', 'NodeUpdate'],
  // InterPodAffinity: Pod All; Node Add | UpdateNodeLabel. PodTopologySpread: Pod All; Node All.
  [INTER_POD_AFFINITY]: ['AssignedPodAdd', 'AssignedPodDelete', 'NodeAdd', 'NodeUpdate'],
  [POD_TOPOLOGY_SPREAD]: ['AssignedPodAdd', 'AssignedPodDelete', 'NodeAdd', 'NodeUpdate'],
};

/**
 * k8s podMatchesEvent: the timeout matches every pod; otherwise some plugin that rejected the pod
 * registered for the event. Plugins unknown here are assumed to care about every event.
 */
export function pluginsMatchEvent(plugins: ReadonlySet<string>, event: ClusterEvent): boolean {
  if (event === 'UnschedulableTimeout') return true;
  for (const p of plugins) {
    const events = PLUGIN_EVENTS[p];
    if (!events || events.includes(event)) return true;
  }
  return false;
}
