// Cluster changes that may make an unschedulable pod schedulable, and which plugins care.
// k8s v1.28 pkg/scheduler/internal/queue/events.go and each plugin's EventsToRegister
// (queueing-hint functions are not modelled: a registered event always requeues).
import { NODE_AFFINITY } from './plugins/node-affinity.js';
import { NODE_NAME } from './plugins/node-name.js';
import { NODE_RESOURCES_FIT } from './plugins/node-resources-fit.js';
import { NODE_UNSCHEDULABLE } from './plugins/node-unschedulable.js';
import { TAINT_TOLERATION } from './plugins/taint-toleration.js';

/**
 * - NodeAdd: a node joined. NodeUpdate: a node's labels, taints, unschedulable flag or
 *   allocatable changed.
 * - AssignedPodDelete: a bound pod went away (deleted or unbound), freeing capacity.
 * - AssignedPodAdd: a pod was bound. It only matters to inter-pod affinity (not modelled), but it
 *   still counts as a move request (see SchedulingQueue.addUnschedulable).
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
