// Public surface of the scheduler: an explicit list of re-exports.
export type {
  CycleState,
  FilterPlugin,
  NodeInfo,
  NodeScore,
  Plugin,
  PreFilterPlugin,
  PreFilterResult,
  PreScorePlugin,
  ScheduleResult,
  SchedulerProfile,
  ScorePlugin,
  Status,
  StatusCode,
  WeightedScorePlugin,
} from './types.js';
export { MAX_NODE_SCORE, MIN_NODE_SCORE, isSuccess, isUnschedulable, newStatus, statusMessage } from './status.js';
export { addPod, newNodeInfo, removePod, setNode } from './node-info.js';
export { NON_ZERO_DEFAULTS, podNonZeroRequests, podRequests, type PodRequestOptions } from './pod-resources.js';
export { NO_NODE_AVAILABLE_MSG, fitErrorMessage, type Diagnosis } from './fit-error.js';
export { numFeasibleNodesToFind } from './num-feasible.js';
export { selectHost } from './select-host.js';
export { scheduleOne, type ScheduleOptions, type SchedulingState } from './schedule-one.js';
export { SCORE_PLUGIN_NAMES, newPlugin, registry, type PluginArgs, type PluginFactory } from './registry.js';
export {
  DEFAULT_PLUGINS,
  DEFAULT_SCHEDULER_NAME,
  buildProfile,
  defaultProfile,
  mergePluginSet,
  parseSchedulerConfig,
  profileFromConfig,
  schedulerConfigSchema,
  type PluginRef,
  type ProfileOptions,
  type SchedulerConfig,
  type SchedulerConfigInput,
} from './profile.js';
export {
  BACKOFF_FLUSH_PERIOD_MS,
  POD_INITIAL_BACKOFF_MS,
  POD_MAX_BACKOFF_MS,
  POD_MAX_IN_UNSCHEDULABLE_MS,
  SchedulingQueue,
  UNSCHEDULABLE_FLUSH_PERIOD_MS,
  type QueueOptions,
  type QueuedPodInfo,
} from './queue.js';
export { PLUGIN_EVENTS, type ClusterEvent } from './cluster-events.js';
export type { NodeResourcesFitArgs, ScoringStrategy, ScoringStrategyType } from './plugins/node-resources-fit.js';
export type { BalancedAllocationArgs } from './plugins/balanced-allocation.js';
export type { ResourceSpec, ShapePoint } from './plugins/scoring-strategies.js';
