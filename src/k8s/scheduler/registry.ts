// Plugin name → factory (k8s v1.28 pkg/scheduler/framework/plugins/registry.go, the in-tree
// plugins kubetwin implements).
import { BALANCED_ALLOCATION, BalancedAllocation, type BalancedAllocationArgs } from './plugins/balanced-allocation.js';
import { NODE_AFFINITY, NodeAffinity } from './plugins/node-affinity.js';
import { NODE_NAME, NodeName } from './plugins/node-name.js';
import { NODE_RESOURCES_FIT, NodeResourcesFit, type NodeResourcesFitArgs } from './plugins/node-resources-fit.js';
import { NODE_UNSCHEDULABLE, NodeUnschedulable } from './plugins/node-unschedulable.js';
import { TAINT_TOLERATION, TaintToleration } from './plugins/taint-toleration.js';
import { INTER_POD_AFFINITY, InterPodAffinity, type InterPodAffinityArgs } from './plugins/inter-pod-affinity.js';
import { POD_TOPOLOGY_SPREAD, PodTopologySpread, type PodTopologySpreadArgs } from './plugins/pod-topology-spread.js';
import { EMPTY_LISTER, type ListerHolder } from './lister.js';
import type { Plugin } from './types.js';

/** Plugin arguments by plugin name (k8s pluginConfig args); plugins without args take none. */
export interface PluginArgs {
  [NODE_RESOURCES_FIT]?: NodeResourcesFitArgs;
  [BALANCED_ALLOCATION]?: BalancedAllocationArgs;
  [INTER_POD_AFFINITY]?: InterPodAffinityArgs;
  [POD_TOPOLOGY_SPREAD]?: PodTopologySpreadArgs;
}

/** `host` carries the cluster lister the simulation plugs in (shared by a profile's plugins). */
export type PluginFactory = (args: PluginArgs, host: ListerHolder) => Plugin;

export const registry: Readonly<Record<string, PluginFactory>> = {
  [NODE_UNSCHEDULABLE]: () => new NodeUnschedulable(),
  [NODE_NAME]: () => new NodeName(),
  [TAINT_TOLERATION]: () => new TaintToleration(),
  [NODE_AFFINITY]: () => new NodeAffinity(),
  [NODE_RESOURCES_FIT]: (args) => new NodeResourcesFit(args[NODE_RESOURCES_FIT]),
  [BALANCED_ALLOCATION]: (args) => new BalancedAllocation(args[BALANCED_ALLOCATION]),
  [INTER_POD_AFFINITY]: (args, host) => new InterPodAffinity(args[INTER_POD_AFFINITY], host),
  [POD_TOPOLOGY_SPREAD]: (args, host) => new PodTopologySpread(args[POD_TOPOLOGY_SPREAD], host),
};

/** Names of the registered plugins that implement Score. */
export const SCORE_PLUGIN_NAMES = [
  TAINT_TOLERATION,
  NODE_AFFINITY,
  NODE_RESOURCES_FIT,
  POD_TOPOLOGY_SPREAD,
  INTER_POD_AFFINITY,
  BALANCED_ALLOCATION,
] as const;
export type ScorePluginName = (typeof SCORE_PLUGIN_NAMES)[number];

export function newPlugin(name: string, args: PluginArgs = {}, host: ListerHolder = { lister: EMPTY_LISTER }): Plugin {
  const factory = registry[name];
  if (!factory) throw new Error(`plugin "${name}" is not registered`);
  return factory(args, host);
}
